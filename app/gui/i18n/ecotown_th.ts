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
        <location filename="../AtlasController.cpp" line="110" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="395" />
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="397" />
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="399" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="400" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="427" />
        <location filename="../AtlasController.cpp" line="559" />
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="445" />
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="452" />
        <location filename="../AtlasController.cpp" line="529" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="457" />
        <location filename="../AtlasController.cpp" line="530" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="528" />
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="531" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="573" />
        <source>confirmed</source>
        <translation type="unfinished">ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="574" />
        <source>partly confirmed</source>
        <translation type="unfinished">ยืนยันบางส่วน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="576" />
        <source>illustrative (invented for the sample)</source>
        <translation type="unfinished">ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ChangesController</name>
    <message>
        <location filename="../ChangesController.cpp" line="142" />
        <source>Choose a first year before the second.</source>
        <translation>เลือกปีเริ่มต้นที่อยู่ก่อนปีสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../ChangesController.cpp" line="157" />
        <source>Busy exporting: the changes follow when the export is done.</source>
        <translation>กำลังส่งออกข้อมูล: จะแสดงการเปลี่ยนแปลงเมื่อส่งออกเสร็จ</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="25" />
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="26" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="30" />
        <source>From FY</source>
        <translation>จากปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="39" />
        <source>to FY</source>
        <translation>ถึงปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="50" />
        <source>From the end of the first fiscal year to the end of the second, for the current filter.</source>
        <translation>ตั้งแต่สิ้นปีงบประมาณแรกถึงสิ้นปีงบประมาณที่สอง ตามตัวกรองปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="68" />
        <source>Areas that moved stage (%1)</source>
        <translation>พื้นที่ที่เปลี่ยนระดับการพัฒนา (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="73" />
        <source>The dataset records no stage history.</source>
        <translation>ชุดข้อมูลนี้ไม่ได้บันทึกประวัติระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="88" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="91" />
        <location filename="../qml/ChangesPanel.qml" line="111" />
        <location filename="../qml/ChangesPanel.qml" line="114" />
        <source>FY%1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="103" />
        <source>Areas by stage</source>
        <translation>จำนวนพื้นที่ตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="109" />
        <source>S%1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="110" />
        <source>none</source>
        <translation>ยังไม่ประเมิน</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="121" />
        <source>Estates whose IEAT eco level changed (%1)</source>
        <translation>นิคมที่ระดับเชิงนิเวศของ กนอ. เปลี่ยน (%1)</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="128" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="136" />
        <source>Certificates granted in FY%1–%2</source>
        <translation>ใบรับรองที่ออกในปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="147" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="147" />
        <source>Eco</source>
        <translation>เชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="147" />
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="147" />
        <source>Granted</source>
        <translation>ออกให้</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="147" />
        <source>Revoked</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <location filename="../qml/ChangesPanel.qml" line="162" />
        <source>Total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ConnectionWatch</name>
    <message>
        <location filename="../ConnectionWatch.cpp" line="122" />
        <source>Connection lost — showing the last data, retrying… (%1)</source>
        <translation>การเชื่อมต่อขาดหาย — แสดงข้อมูลล่าสุดที่มี กำลังลองเชื่อมต่อใหม่… (%1)</translation>
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
        <location filename="../qml/Main.qml" line="43" />
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
        <location filename="../qml/Main.qml" line="67" />
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="74" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="153" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="59" />
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
        <location filename="../qml/MapPane.qml" line="276" />
        <source>Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.</source>
        <translation>ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: ข้อมูลตัวอย่างสังเคราะห์</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="250" />
        <source>Zoom to selection (Ctrl+0)</source>
        <translation>ซูมไปยังสิ่งที่เลือก (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="251" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="258" />
        <source>All of Thailand (Home)</source>
        <translation>ทั้งประเทศไทย (Home)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="259" />
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
    <name>YearSlider</name>
    <message>
        <location filename="../qml/YearSlider.qml" line="21" />
        <source>Stop the replay</source>
        <translation>หยุดเล่นย้อนหลัง</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="21" />
        <source>Replay the years</source>
        <translation>เล่นย้อนหลังทีละปี</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="27" />
        <source>Stages as of</source>
        <translation>ระดับการพัฒนา ณ</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="32" />
        <source>FY%1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="32" />
        <source>latest</source>
        <translation>ล่าสุด</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="50" />
        <source>Fiscal years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="54" />
        <source>Latest</source>
        <translation>ล่าสุด</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="60" />
        <source>(no stage history in this dataset)</source>
        <translation>(ชุดข้อมูลนี้ไม่มีประวัติระดับการพัฒนา)</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="vanished">ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation type="vanished">ยืนยันบางส่วน</translation>
    </message>
    <message>
        <source>illustrative (invented for the sample)</source>
        <translation type="vanished">ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
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