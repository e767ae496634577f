<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ecotown::gui::AtlasController</name>
    <message>
        <location filename="../AtlasController.cpp" line="55" />
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="95" />
        <source>Could not load the data: %1</source>
        <translation>โหลดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="108" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="364" />
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="366" />
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="368" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="369" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="396" />
        <location filename="../AtlasController.cpp" line="530" />
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="414" />
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="421" />
        <location filename="../AtlasController.cpp" line="498" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="426" />
        <location filename="../AtlasController.cpp" line="499" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="497" />
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="501" />
        <source>%1, revoked</source>
        <translation>%1, ถูกเพิกถอน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="502" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="544" />
        <source>confirmed</source>
        <translation type="unfinished">ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="545" />
        <source>partly confirmed</source>
        <translation type="unfinished">ยืนยันบางส่วน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="547" />
        <source>illustrative (invented for the sample)</source>
        <translation type="unfinished">ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::EditController</name>
    <message>
        <location filename="../EditController.cpp" line="21" />
        <source>Green Industry level %1</source>
        <translation>อุตสาหกรรมสีเขียว ระดับ %1</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="23" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="25" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="86" />
        <source>Recorded %1 stage %2 for FY%3 by %4</source>
        <translation>บันทึกแล้ว: %1 ระดับ %2 ปีงบประมาณ %3 โดย %4</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="101" />
        <source>%1, FY%2</source>
        <translation>%1, ปีงบประมาณ %2</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="103" />
        <source>%1 (revoked from FY%2)</source>
        <translation>%1 (เพิกถอนตั้งแต่ปีงบประมาณ %2)</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="120" />
        <source>Unknown certification type '%1'</source>
        <translation>ไม่รู้จักประเภทการรับรอง '%1'</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="132" />
        <source>Added %1 for FY%2 to %3 by %4</source>
        <translation>เพิ่ม %1 ปีงบประมาณ %2 ให้ %3 แล้ว โดย %4</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="145" />
        <source>Revoked %1 from FY%2 by %3</source>
        <translation>เพิกถอน %1 ตั้งแต่ปีงบประมาณ %2 แล้ว โดย %3</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="155" />
        <source>This dataset cannot be edited here</source>
        <translation>ชุดข้อมูลนี้แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="173" />
        <source>Not recorded: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>EditDialogs</name>
    <message>
        <location filename="../qml/EditDialogs.qml" line="24" />
        <source>FY%1 (B.E. %2)</source>
        <translation>ปีงบประมาณ %1 (พ.ศ. %2)</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="41" />
        <source>Edit mode: right-click an area to record an assessment, a factory to add or revoke a certificate</source>
        <translation>โหมดแก้ไข: คลิกขวาที่พื้นที่เพื่อบันทึกผลการประเมิน หรือที่โรงงานเพื่อเพิ่มหรือเพิกถอนใบรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="57" />
        <source>B.E. %1</source>
        <translation>พ.ศ. %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="65" />
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="69" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="88" />
        <source>Record an assessment: %1</source>
        <translation>บันทึกผลการประเมิน: %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="93" />
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="94" />
        <source>now stage %1</source>
        <translation>ขณะนี้ระดับ %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="95" />
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="97" />
        <source>Stage reached</source>
        <translation>ระดับที่บรรลุ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="112" />
        <location filename="../qml/EditDialogs.qml" line="166" />
        <location filename="../qml/EditDialogs.qml" line="213" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="116" />
        <source>Why; where the evidence is</source>
        <translation>เหตุผล; หลักฐานอยู่ที่ใด</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="127" />
        <source>Add a certificate to %1…</source>
        <translation>เพิ่มใบรับรองให้ %1…</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="131" />
        <source>Revoke a certificate of %1…</source>
        <translation>เพิกถอนใบรับรองของ %1…</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="149" />
        <source>Add a certificate: %1</source>
        <translation>เพิ่มใบรับรอง: %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="157" />
        <location filename="../qml/EditDialogs.qml" line="203" />
        <source>Certificate</source>
        <translation>ใบรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="161" />
        <source>Green Industry level %1</source>
        <translation>อุตสาหกรรมสีเขียว ระดับ %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="162" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="162" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="164" />
        <source>Fiscal year granted</source>
        <translation>ปีงบประมาณที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="190" />
        <source>Revoke a certificate: %1</source>
        <translation>เพิกถอนใบรับรอง: %1</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="192" />
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="201" />
        <source>This factory holds no certificate in force.</source>
        <translation>โรงงานนี้ไม่มีใบรับรองที่มีผลอยู่</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="211" />
        <source>Revoked from fiscal year</source>
        <translation>เพิกถอนตั้งแต่ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/EditDialogs.qml" line="218" />
        <source>Why; the decision's reference</source>
        <translation>เหตุผล; เลขที่คำสั่ง</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="8" />
        <source>Export the selection</source>
        <translation>ส่งออกข้อมูลที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="36" />
        <source>Layer</source>
        <translation>ชั้นข้อมูล</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="38" />
        <source>Format</source>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="39" />
        <source>From the file name</source>
        <translation>ตามนามสกุลของไฟล์</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="40" />
        <source>CRS</source>
        <translation>ระบบพิกัด</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="42" />
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="43" />
        <source>/path/to/selection.gpkg</source>
        <translation>/path/to/selection.gpkg</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="45" />
        <source>Replace an existing file</source>
        <translation>เขียนทับไฟล์ที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="46" />
        <source>%1 factories, %2 areas, %3 estates, %4 provinces in the selection</source>
        <translation>ที่เลือก: %1 โรงงาน, %2 พื้นที่, %3 นิคม, %4 จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="57" />
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../ExportJob.cpp" line="33" />
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>IdentifyCard</name>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="17" />
        <source>Factory</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="18" />
        <source>Industrial estate</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="19" />
        <source>Eco-town area</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="20" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="28" />
        <source>Stage %1: %2 · phase %3</source>
        <translation>ระดับ %1: %2 · ระยะที่ %3</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="55" />
        <source>IEAT level: %1</source>
        <translation>ระดับของ กนอ.: %1</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="58" />
        <source>%1 · Green Industry level %2</source>
        <translation>%1 · อุตสาหกรรมสีเขียวระดับ %2</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="64" />
        <source>Certificates: %1</source>
        <translation>ใบรับรอง: %1</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="70" />
        <source>%1 · %2 certified factories</source>
        <translation>%1 · โรงงานที่ได้รับการรับรอง %2 แห่ง</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="35" />
        <source>Stage illustrative (hatched on the map), not confirmed.</source>
        <translation>ระดับเป็นตัวอย่าง (แรเงาบนแผนที่) ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="36" />
        <source>Stage from a published source.</source>
        <translation>ระดับจากแหล่งที่เผยแพร่</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="37" />
        <source>Outline approximate: a circle around a reference point (dashed).</source>
        <translation>ขอบเขตโดยประมาณ: วงกลมรอบจุดอ้างอิง (เส้นประ)</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="38" />
        <source>Outline: the administrative boundary.</source>
        <translation>ขอบเขต: เขตการปกครอง</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="39" />
        <source>Record: %1.</source>
        <translation>สถานะข้อมูล: %1</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="47" />
        <source>Source: %1</source>
        <translation>แหล่งที่มา: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13" />
        <location filename="../qml/Main.qml" line="54" />
        <source>Eco-Town Atlas</source>
        <translation>แผนที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="20" />
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21" />
        <source>&amp;Open your own files (mapping file)…</source>
        <translation>&amp;เปิดไฟล์ของคุณเอง (ไฟล์จับคู่ฟิลด์)…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22" />
        <source>&amp;Export selection…</source>
        <translation>ส่ง&amp;ออกข้อมูลที่เลือก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>&amp;Quit</source>
        <translation>ออ&amp;กจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="36" />
        <source>E&amp;dit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="39" />
        <source>&amp;Edit mode (right-click to record)</source>
        <translation>&amp;โหมดแก้ไข (คลิกขวาเพื่อบันทึก)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="77" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="140" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="70" />
        <source>Filter to this</source>
        <translation>กรองเฉพาะที่นี่</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../qml/MapLegend.qml" line="15" />
        <location filename="../qml/MapLegend.qml" line="23" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="30" />
        <source>Hide the legend</source>
        <translation>ซ่อนคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="30" />
        <source>Show the legend</source>
        <translation>แสดงคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="39" />
        <source>Eco-town areas: development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ: ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="85" />
        <source>Industrial estates: IEAT eco level</source>
        <translation>นิคมอุตสาหกรรม: ระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="96" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="65" />
        <source>Hatched: stage illustrative, not confirmed</source>
        <translation>แรเงา: ระดับเป็นตัวอย่าง ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="82" />
        <source>Dashed: outline approximate (a circle)</source>
        <translation>เส้นประ: ขอบเขตโดยประมาณ (วงกลม)</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../qml/MapPane.qml" line="285" />
        <source>Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.</source>
        <translation>ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: ข้อมูลตัวอย่างสังเคราะห์</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="258" />
        <source>Zoom to selection (Ctrl+0)</source>
        <translation>ซูมไปยังสิ่งที่เลือก (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="259" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="266" />
        <source>All of Thailand (Home)</source>
        <translation>ทั้งประเทศไทย (Home)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="267" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../qml/SearchBox.qml" line="9" />
        <source>Search: province, region, area (ไทย / English / TH-20)</source>
        <translation>ค้นหา: จังหวัด ภาค พื้นที่ (ไทย / English / TH-20)</translation>
    </message>
    <message>
        <location filename="../qml/SearchBox.qml" line="10" />
        <source>Search (Ctrl+F)</source>
        <translation>ค้นหา (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../qml/SidePanel.qml" line="57" />
        <location filename="../qml/SidePanel.qml" line="200" />
        <location filename="../qml/SidePanel.qml" line="211" />
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="116" />
        <source>Region</source>
        <translation>ภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="121" />
        <source>All regions</source>
        <translation>ทุกภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="124" />
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="128" />
        <source>All phases</source>
        <translation>ทุกระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="128" />
        <source>Phase 1</source>
        <translation>ระยะที่ 1</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="128" />
        <source>Phase 2</source>
        <translation>ระยะที่ 2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="128" />
        <source>Phase 3</source>
        <translation>ระยะที่ 3</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="131" />
        <source>Stage %1–%2</source>
        <translation>ระดับการพัฒนา %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="141" />
        <source>Certification</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="145" />
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="145" />
        <location filename="../qml/SidePanel.qml" line="234" />
        <source>Green Industry</source>
        <translation>อุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="145" />
        <location filename="../qml/SidePanel.qml" line="205" />
        <location filename="../qml/SidePanel.qml" line="235" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="145" />
        <location filename="../qml/SidePanel.qml" line="206" />
        <location filename="../qml/SidePanel.qml" line="236" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>GI level %1–%2</source>
        <translation>ระดับ GI %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="159" />
        <source>Years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="172" />
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="172" />
        <source>Replay years</source>
        <translation>เล่นย้อนทีละปี</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="181" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="195" />
        <source>Counts (as of %1)</source>
        <translation>จำนวน (ณ ปี %1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="201" />
        <source>Eco-town areas</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="202" />
        <source>Industrial estates</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="203" />
        <source>Factories</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="204" />
        <source>with Green Industry</source>
        <translation>ได้รับอุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="210" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="212" />
        <source>Shade provinces by certified factories</source>
        <translation>แรเงาจังหวัดตามจำนวนโรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="213" />
        <source>Eco-town areas by development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="219" />
        <source>Stage %1 · %2</source>
        <translation>ระดับ %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="223" />
        <source>Industrial estates by IEAT eco level</source>
        <translation>นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="233" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="251" />
        <source>Matching eco-town areas (%1)</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง (%1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="72" />
        <source>Remove %1 from the filter</source>
        <translation>นำ %1 ออกจากตัวกรอง</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::AtlasController</name>
    <message>
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>โหลดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation>%1, ถูกเพิกถอน</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="obsolete">ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation type="obsolete">ยืนยันบางส่วน</translation>
    </message>
    <message>
        <source>illustrative (invented for the sample)</source>
        <translation type="obsolete">ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
    </message>
    <message>
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::EditController</name>
    <message>
        <source>Green Industry level %1</source>
        <translation>อุตสาหกรรมสีเขียว ระดับ %1</translation>
    </message>
    <message>
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <source>Recorded %1 stage %2 for FY%3 by %4</source>
        <translation>บันทึกแล้ว: %1 ระดับ %2 ปีงบประมาณ %3 โดย %4</translation>
    </message>
    <message>
        <source>%1, FY%2</source>
        <translation>%1, ปีงบประมาณ %2</translation>
    </message>
    <message>
        <source>%1 (revoked from FY%2)</source>
        <translation>%1 (เพิกถอนตั้งแต่ปีงบประมาณ %2)</translation>
    </message>
    <message>
        <source>Unknown certification type '%1'</source>
        <translation>ไม่รู้จักประเภทการรับรอง '%1'</translation>
    </message>
    <message>
        <source>Added %1 for FY%2 to %3 by %4</source>
        <translation>เพิ่ม %1 ปีงบประมาณ %2 ให้ %3 แล้ว โดย %4</translation>
    </message>
    <message>
        <source>Revoked %1 from FY%2 by %3</source>
        <translation>เพิกถอน %1 ตั้งแต่ปีงบประมาณ %2 แล้ว โดย %3</translation>
    </message>
    <message>
        <source>This dataset cannot be edited here</source>
        <translation>ชุดข้อมูลนี้แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ExportJob</name>
    <message>
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
</context>
</TS>