<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ecotown::gui::AtlasController</name>
    <message>
        <location filename="../AtlasController.cpp" line="65" />
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="117" />
        <source>Could not load the data: %1</source>
        <translation>โหลดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="144" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates; the factories are counted and drawn by the server</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม; โรงงานนับและวาดโดยเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="152" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="255" />
        <source>The server did not answer: %1</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบ: %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="402" />
        <source>About %L1 factories in this view: zoom in to see each one</source>
        <translation>ประมาณ %L1 โรงงานในมุมมองนี้: ซูมเข้าเพื่อดูทีละโรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="664" />
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="666" />
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="668" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="669" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="696" />
        <location filename="../AtlasController.cpp" line="837" />
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="714" />
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="721" />
        <location filename="../AtlasController.cpp" line="805" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="726" />
        <location filename="../AtlasController.cpp" line="806" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="804" />
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="808" />
        <source>%1, revoked</source>
        <translation>%1, ถูกเพิกถอน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="809" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="851" />
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="852" />
        <source>partly confirmed</source>
        <translation>ยืนยันบางส่วน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="854" />
        <source>illustrative (invented for the sample)</source>
        <translation>ข้อมูลตัวอย่าง (สร้างขึ้นสำหรับตัวอย่าง)</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ChangesController</name>
    <message>
        <location filename="../ChangesController.cpp" line="144" />
        <source>Choose a first year before the second.</source>
        <translation>เลือกปีเริ่มต้นที่อยู่ก่อนปีสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../ChangesController.cpp" line="162" />
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
        <location filename="../ConnectionWatch.cpp" line="153" />
        <source>The server does not answer — retrying… (%1)</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบ — กำลังลองเชื่อมต่อใหม่… (%1)</translation>
    </message>
    <message>
        <location filename="../ConnectionWatch.cpp" line="154" />
        <source>Connection lost — showing the last data, retrying… (%1)</source>
        <translation>การเชื่อมต่อขาดหาย — แสดงข้อมูลล่าสุดที่มี กำลังลองเชื่อมต่อใหม่… (%1)</translation>
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
        <location filename="../EditController.cpp" line="134" />
        <source>Added %1 for FY%2 to %3 by %4</source>
        <translation>เพิ่ม %1 ปีงบประมาณ %2 ให้ %3 แล้ว โดย %4</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="147" />
        <source>Revoked %1 from FY%2 by %3</source>
        <translation>เพิกถอน %1 ตั้งแต่ปีงบประมาณ %2 แล้ว โดย %3</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="157" />
        <source>This dataset cannot be edited here</source>
        <translation>ชุดข้อมูลนี้แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../EditController.cpp" line="175" />
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
        <translation>ระดับเป็นข้อมูลตัวอย่าง (ลายเส้นทแยงบนแผนที่) ยังไม่ยืนยัน</translation>
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
        <translation>แหล่งข้อมูล: %1</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../qml/KpiChart.qml" line="31" />
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../qml/KpiChart.qml" line="33" />
        <source>No verdict: the target is national</source>
        <translation>ไม่ตัดสิน: เป้าหมายเป็นระดับประเทศ</translation>
    </message>
    <message>
        <location filename="../qml/KpiChart.qml" line="35" />
        <source>Met in %1 of %2 years</source>
        <translation>บรรลุเป้าหมาย %1 จาก %2 ปี</translation>
    </message>
    <message>
        <location filename="../qml/KpiChart.qml" line="36" />
        <source>Not met in %1 of %2 years</source>
        <translation>ไม่บรรลุเป้าหมาย %1 จาก %2 ปี</translation>
    </message>
    <message>
        <location filename="../qml/KpiChart.qml" line="96" />
        <source>national only</source>
        <translation>ระดับประเทศเท่านั้น</translation>
    </message>
    <message>
        <location filename="../qml/KpiChart.qml" line="159" />
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::KpiModel</name>
    <message>
        <location filename="../KpiModel.cpp" line="64" />
        <source>The KPI targets are read from a GeoPackage dataset; this dataset is a database.</source>
        <translation>เป้าหมาย KPI อ่านจากชุดข้อมูล GeoPackage แต่ชุดข้อมูลนี้เป็นฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="70" />
        <source>No KPI targets: %1</source>
        <translation>ไม่มีเป้าหมาย KPI: %1</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="77" />
        <source>The year and certificate filters do not apply to the KPIs.</source>
        <translation>ตัวกรองปีและใบรับรองไม่ใช้กับ KPI</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="81" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="94" />
        <source>No stage history in this dataset</source>
        <translation>ชุดข้อมูลนี้ไม่มีประวัติระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="96" />
        <source>National only: no figure for a part of the country</source>
        <translation>ระดับประเทศเท่านั้น: ไม่มีตัวเลขสำหรับส่วนหนึ่งของประเทศ</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="98" />
        <source>No data recorded</source>
        <translation>ยังไม่ได้บันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="100" />
        <source>The target is national: no verdict for a part of the country</source>
        <translation>เป้าหมายเป็นระดับประเทศ: ไม่ตัดสินสำหรับส่วนหนึ่งของประเทศ</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="102" />
        <source>No target for this year</source>
        <translation>ไม่มีเป้าหมายสำหรับปีนี้</translation>
    </message>
    <message>
        <location filename="../KpiModel.cpp" line="151" />
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <location filename="../qml/KpiPanel.qml" line="12" />
        <source>KPIs against the ministry's targets</source>
        <translation>ตัวชี้วัด (KPI) เทียบกับเป้าหมายของกระทรวง</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="30" />
        <source>For: %1</source>
        <translation>ขอบเขต: %1</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="35" />
        <source>Fiscal years</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="58" />
        <source>The targets are national: the filtered part of the country is shown against them without a verdict; indicators recorded nationally have no figure for it.</source>
        <translation>เป้าหมายเป็นระดับประเทศ: ส่วนของประเทศที่กรองไว้จึงแสดงเทียบกับเป้าหมายโดยไม่ตัดสินว่าผ่านหรือไม่ ส่วนตัวชี้วัดที่บันทึกเป็นระดับประเทศไม่มีตัวเลขสำหรับส่วนนี้</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="105" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="107" />
        <source>Actual: target met</source>
        <translation>ผลจริง: บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="108" />
        <source>Actual: target not met</source>
        <translation>ผลจริง: ไม่บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="109" />
        <source>Actual: no verdict (national target)</source>
        <translation>ผลจริง: ไม่ตัดสิน (เป้าหมายระดับประเทศ)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="110" />
        <location filename="../qml/KpiPanel.qml" line="112" />
        <source>Target (line)</source>
        <translation>เป้าหมาย (เส้น)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="117" />
        <source>“no data”: no actual recorded (ecotown-cli kpi record).</source>
        <translation>“ไม่มีข้อมูล”: ยังไม่ได้บันทึกผลจริง (ecotown-cli kpi record)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13" />
        <location filename="../qml/Main.qml" line="58" />
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
        <location filename="../qml/Main.qml" line="23" />
        <source>&amp;Province report…</source>
        <translation>รายงานจังหวัด (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25" />
        <source>&amp;Save map as PDF, PNG or SVG…</source>
        <translation>&amp;บันทึกแผนที่เป็น PDF, PNG หรือ SVG…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>&amp;Quit</source>
        <translation>ออ&amp;กจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34" />
        <source>&amp;KPIs against targets…</source>
        <translation>ตัวชี้วัดเทียบเป้าหมาย (&amp;KPI)…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="40" />
        <source>E&amp;dit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="43" />
        <source>&amp;Edit mode (right-click to record)</source>
        <translation>&amp;โหมดแก้ไข (คลิกขวาเพื่อบันทึก)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="82" />
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="83" />
        <source>KPIs against the ministry's targets (Ctrl+K)</source>
        <translation>ตัวชี้วัดเทียบเป้าหมายของกระทรวง (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="89" />
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="90" />
        <source>What changed between two fiscal years</source>
        <translation>การเปลี่ยนแปลงระหว่างสองปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="97" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98" />
        <source>Export the selection (Ctrl+E)</source>
        <translation>ส่งออกข้อมูลที่เลือก (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="174" />
        <location filename="../qml/Main.qml" line="179" />
        <source>Loading the atlas…</source>
        <translation>กำลังโหลดแผนที่…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="195" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="196" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังส่วนที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="74" />
        <source>Filter to this</source>
        <translation>กรองเฉพาะรายการนี้</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../qml/MapLegend.qml" line="20" />
        <location filename="../qml/MapLegend.qml" line="28" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="35" />
        <source>Hide the legend</source>
        <translation>ซ่อนคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="35" />
        <source>Show the legend</source>
        <translation>แสดงคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="44" />
        <source>Eco-town areas: development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ: ระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="90" />
        <source>Industrial estates: IEAT eco level</source>
        <translation>นิคมอุตสาหกรรม: ระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="101" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="118" />
        <source>Fewer entries ▴</source>
        <translation>แสดงน้อยลง ▴</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="118" />
        <source>Estates and factories ▾</source>
        <translation>นิคมและโรงงาน ▾</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="70" />
        <source>Hatched: stage illustrative, not confirmed</source>
        <translation>ลายเส้นทแยง: ระดับเป็นข้อมูลตัวอย่าง ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <location filename="../qml/MapLegend.qml" line="87" />
        <source>Dashed: outline approximate (a circle)</source>
        <translation>เส้นประ: ขอบเขตโดยประมาณ (วงกลม)</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../qml/MapPane.qml" line="343" />
        <source>Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.</source>
        <translation>ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: ข้อมูลตัวอย่างสังเคราะห์</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="314" />
        <source>Zoom to selection (Ctrl+0)</source>
        <translation>ซูมไปยังส่วนที่เลือก (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="118" />
        <source>Map (+/− zoom, arrows pan, Home: all of Thailand)</source>
        <translation>แผนที่ (+/− ซูม ลูกศรเลื่อน Home: ทั้งประเทศไทย)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="315" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังส่วนที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="322" />
        <source>All of Thailand (Home)</source>
        <translation>ทั้งประเทศไทย (Home)</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="323" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="326" />
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="327" />
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::MapPrintJob</name>
    <message>
        <location filename="../MapPrintJob.cpp" line="107" />
        <source>Choose a file to save the map to.</source>
        <translation>เลือกไฟล์ที่จะบันทึกแผนที่</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="109" />
        <source>%1 exists already; confirm to replace it.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว ยืนยันเพื่อเขียนทับ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="112" />
        <location filename="../MapPrintJob.cpp" line="134" />
        <source>The data is not loaded yet.</source>
        <translation>ยังโหลดข้อมูลไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="118" />
        <source>Map saved to %1 (%2 kB).</source>
        <translation>บันทึกแผนที่ลงใน %1 แล้ว (%2 kB)</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="122" />
        <source>The map was not saved: %1</source>
        <translation>บันทึกแผนที่ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="131" />
        <source>No printer is set up: save the map as PDF and print that.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์: บันทึกแผนที่เป็น PDF แล้วพิมพ์ไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="146" />
        <source>Printing on %1 failed to start.</source>
        <translation>เริ่มพิมพ์ที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="152" />
        <source>Printing on %1 failed.</source>
        <translation>พิมพ์ที่ %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="153" />
        <source>The map was sent to %1.</source>
        <translation>ส่งแผนที่ไปที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../qml/PrintDialog.qml" line="12" />
        <source>Print or save the map</source>
        <translation>พิมพ์หรือบันทึกแผนที่</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="42" />
        <source>%1 exists. Press “Replace” to overwrite it.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว กด “เขียนทับ” เพื่อแทนที่</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="72" />
        <source>Page</source>
        <translation>หน้ากระดาษ</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="75" />
        <source>Page size</source>
        <translation>ขนาดหน้ากระดาษ</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="77" />
        <location filename="../qml/PrintDialog.qml" line="81" />
        <source>Orientation</source>
        <translation>แนวกระดาษ</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="80" />
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="80" />
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="83" />
        <location filename="../qml/PrintDialog.qml" line="86" />
        <source>Resolution (DPI)</source>
        <translation>ความละเอียด (DPI)</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="88" />
        <location filename="../qml/PrintDialog.qml" line="93" />
        <source>Format</source>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="95" />
        <location filename="../qml/PrintDialog.qml" line="102" />
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="100" />
        <source>/path/to/map.pdf</source>
        <translation>/path/to/map.pdf</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="104" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="108" />
        <source>The map as shown: this view, the filter and the layers switched on, with title, legend, scale bar, north arrow and source.</source>
        <translation>แผนที่ตามที่แสดง: มุมมองนี้ ตัวกรอง และชั้นข้อมูลที่เปิดอยู่ พร้อมชื่อ คำอธิบายสัญลักษณ์ มาตราส่วน ทิศเหนือ และแหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="125" />
        <source>Replace</source>
        <translation>เขียนทับ</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="125" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="134" />
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="138" />
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="141" />
        <source>No printer is set up: save the map as PDF and print that.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์: บันทึกแผนที่เป็น PDF แล้วพิมพ์ไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="149" />
        <source>Save the map as</source>
        <translation>บันทึกแผนที่เป็น</translation>
    </message>
    <message>
        <location filename="../qml/PrintDialog.qml" line="151" />
        <source>Maps (*.pdf *.png *.svg)</source>
        <translation>แผนที่ (*.pdf *.png *.svg)</translation>
    </message>
</context>
<context>
    <name>ProvinceReportDialog</name>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="11" />
        <source>Province report (PDF)</source>
        <translation>รายงานจังหวัด (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="52" />
        <source>A few A4 pages for a regional officer: the province's map, its counts, Green Industry certificates, areas, estates and the KPI lines that apply.</source>
        <translation>เอกสาร A4 ไม่กี่หน้าสำหรับเจ้าหน้าที่ในภูมิภาค: แผนที่จังหวัด จำนวนต่าง ๆ ใบรับรองอุตสาหกรรมสีเขียว พื้นที่ นิคมอุตสาหกรรม และตัวชี้วัดที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="58" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="67" />
        <source>Language: %1 (the window's)</source>
        <translation>ภาษา: %1 (ตามหน้าต่าง)</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="78" />
        <source>Writing the factsheet…</source>
        <translation>กำลังเขียนรายงาน…</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="85" />
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="93" />
        <source>Save the province report</source>
        <translation>บันทึกรายงานจังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="95" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="100" />
        <source>Replace the file?</source>
        <translation>เขียนทับไฟล์หรือไม่?</translation>
    </message>
    <message>
        <location filename="../qml/ProvinceReportDialog.qml" line="101" />
        <source>%1 exists. Replace it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว ต้องการเขียนทับหรือไม่?</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ProvinceReportJob</name>
    <message>
        <location filename="../ProvinceReportJob.cpp" line="45" />
        <source>%1: no such province</source>
        <translation>%1: ไม่มีจังหวัดนี้</translation>
    </message>
    <message>
        <location filename="../ProvinceReportJob.cpp" line="49" />
        <source>%1 exists</source>
        <translation>มีไฟล์ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ProvinceReportJob.cpp" line="90" />
        <source>Wrote %1 (%2 pages)</source>
        <translation>บันทึก %1 แล้ว (%2 หน้า)</translation>
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
        <location filename="../qml/SidePanel.qml" line="59" />
        <location filename="../qml/SidePanel.qml" line="104" />
        <location filename="../qml/SidePanel.qml" line="232" />
        <location filename="../qml/SidePanel.qml" line="243" />
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="132" />
        <location filename="../qml/SidePanel.qml" line="138" />
        <source>Region</source>
        <translation>ภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="139" />
        <source>All regions</source>
        <translation>ทุกภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="142" />
        <location filename="../qml/SidePanel.qml" line="148" />
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>All phases</source>
        <translation>ทุกระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>Phase 1</source>
        <translation>ระยะที่ 1</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>Phase 2</source>
        <translation>ระยะที่ 2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>Phase 3</source>
        <translation>ระยะที่ 3</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="152" />
        <source>Stage %1–%2</source>
        <translation>ระดับการพัฒนา %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="158" />
        <source>Development stages from %1 to %2</source>
        <translation>ระดับการพัฒนาตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="164" />
        <location filename="../qml/SidePanel.qml" line="170" />
        <source>Certification</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="171" />
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="171" />
        <location filename="../qml/SidePanel.qml" line="266" />
        <source>Green Industry</source>
        <translation>อุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="171" />
        <location filename="../qml/SidePanel.qml" line="237" />
        <location filename="../qml/SidePanel.qml" line="267" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="171" />
        <location filename="../qml/SidePanel.qml" line="238" />
        <location filename="../qml/SidePanel.qml" line="268" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="175" />
        <source>GI level %1–%2</source>
        <translation>ระดับ GI %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="180" />
        <source>Green Industry levels from %1 to %2</source>
        <translation>ระดับอุตสาหกรรมสีเขียวตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="187" />
        <source>Years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="193" />
        <source>Years from %1 to %2</source>
        <translation>ปีตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="202" />
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="202" />
        <source>Replay years</source>
        <translation>เล่นย้อนทีละปี</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="212" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="226" />
        <source>Counts (as of %1)</source>
        <translation>จำนวน (ณ ปี %1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="226" />
        <source>Counts</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="233" />
        <source>Eco-town areas</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="234" />
        <source>Industrial estates</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="235" />
        <source>Factories</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="236" />
        <source>with Green Industry</source>
        <translation>ได้รับอุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="242" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="244" />
        <source>Shade provinces by certified factories</source>
        <translation>แรเงาจังหวัดตามจำนวนโรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="245" />
        <source>Eco-town areas by development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="251" />
        <source>Stage %1 · %2</source>
        <translation>ระดับ %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="255" />
        <source>Industrial estates by IEAT eco level</source>
        <translation>นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="265" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="283" />
        <source>Matching eco-town areas (%1)</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง (%1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="298" />
        <source>Matching eco-town areas</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="76" />
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
        <location filename="../qml/YearSlider.qml" line="49" />
        <source>Stages as of fiscal year %1</source>
        <translation>ระดับการพัฒนา ณ ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="51" />
        <source>Fiscal years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="55" />
        <source>Latest</source>
        <translation>ล่าสุด</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="56" />
        <source>Stages as of the latest fiscal year</source>
        <translation>ระดับการพัฒนา ณ ปีงบประมาณล่าสุด</translation>
    </message>
    <message>
        <location filename="../qml/YearSlider.qml" line="62" />
        <source>(no stage history in this dataset)</source>
        <translation>(ชุดข้อมูลนี้ไม่มีประวัติระดับการพัฒนา)</translation>
    </message>
</context>
</TS>