<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ecotown::gui::AtlasController</name>
    <message>
        <location filename="../AtlasController.cpp" line="151" />
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="190" />
        <source>Could not load the data: %1</source>
        <translation>โหลดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="200" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="411" />
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="412" />
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="413" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="414" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="438" />
        <location filename="../AtlasController.cpp" line="554" />
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="453" />
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="459" />
        <location filename="../AtlasController.cpp" line="527" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="464" />
        <location filename="../AtlasController.cpp" line="528" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="526" />
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="529" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="785" />
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>ยืนยันบางส่วน</translation>
    </message>
    <message>
        <source>illustrative (invented for the sample)</source>
        <translation>ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
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
        <location filename="../qml/IdentifyCard.qml" line="32" />
        <source>IEAT level: %1</source>
        <translation>ระดับของ กนอ.: %1</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="35" />
        <source>%1 · Green Industry level %2</source>
        <translation>%1 · อุตสาหกรรมสีเขียวระดับ %2</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="41" />
        <source>Certificates: %1</source>
        <translation>ใบรับรอง: %1</translation>
    </message>
    <message>
        <location filename="../qml/IdentifyCard.qml" line="47" />
        <source>%1 · %2 certified factories</source>
        <translation>%1 · โรงงานที่ได้รับการรับรอง %2 แห่ง</translation>
    </message>
    <message>
        <source>Stage illustrative (hatched on the map), not confirmed.</source>
        <translation>ระดับเป็นตัวอย่าง (แรเงาบนแผนที่) ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <source>Stage from a published source.</source>
        <translation>ระดับจากแหล่งที่เผยแพร่</translation>
    </message>
    <message>
        <source>Outline approximate: a circle around a reference point (dashed).</source>
        <translation>ขอบเขตโดยประมาณ: วงกลมรอบจุดอ้างอิง (เส้นประ)</translation>
    </message>
    <message>
        <source>Outline: the administrative boundary.</source>
        <translation>ขอบเขต: เขตการปกครอง</translation>
    </message>
    <message>
        <source>Record: %1.</source>
        <translation>สถานะข้อมูล: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>แหล่งที่มา: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13" />
        <location filename="../qml/Main.qml" line="42" />
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
        <location filename="../qml/Main.qml" line="29" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="53" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="111" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <source>Filter to this</source>
        <translation>กรองเฉพาะที่นี่</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../qml/MapPane.qml" line="195" />
        <source>Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.</source>
        <translation>ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: ข้อมูลตัวอย่างสังเคราะห์</translation>
    </message>
    <message>
        <source>Zoom to selection (Ctrl+0)</source>
        <translation>ซูมไปยังสิ่งที่เลือก (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <source>All of Thailand (Home)</source>
        <translation>ทั้งประเทศไทย (Home)</translation>
    </message>
    <message>
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
        <source>Search (Ctrl+F)</source>
        <translation>ค้นหา (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../qml/SidePanel.qml" line="44" />
        <location filename="../qml/SidePanel.qml" line="159" />
        <location filename="../qml/SidePanel.qml" line="170" />
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="77" />
        <source>Region</source>
        <translation>ภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="81" />
        <source>All regions</source>
        <translation>ทุกภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="84" />
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="88" />
        <source>All phases</source>
        <translation>ทุกระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="88" />
        <source>Phase 1</source>
        <translation>ระยะที่ 1</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="88" />
        <source>Phase 2</source>
        <translation>ระยะที่ 2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="88" />
        <source>Phase 3</source>
        <translation>ระยะที่ 3</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="91" />
        <source>Stage %1–%2</source>
        <translation>ระดับการพัฒนา %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="100" />
        <source>Certification</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="104" />
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="104" />
        <location filename="../qml/SidePanel.qml" line="191" />
        <source>Green Industry</source>
        <translation>อุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="104" />
        <location filename="../qml/SidePanel.qml" line="164" />
        <location filename="../qml/SidePanel.qml" line="192" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="104" />
        <location filename="../qml/SidePanel.qml" line="165" />
        <location filename="../qml/SidePanel.qml" line="193" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="108" />
        <source>GI level %1–%2</source>
        <translation>ระดับ GI %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="118" />
        <source>Years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="131" />
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="131" />
        <source>Replay years</source>
        <translation>เล่นย้อนทีละปี</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="140" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="154" />
        <source>Counts (as of %1)</source>
        <translation>จำนวน (ณ ปี %1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="160" />
        <source>Eco-town areas</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="161" />
        <source>Industrial estates</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="162" />
        <source>Factories</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="163" />
        <source>with Green Industry</source>
        <translation>ได้รับอุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="169" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="171" />
        <source>Shade provinces by certified factories</source>
        <translation>แรเงาจังหวัดตามจำนวนโรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="172" />
        <source>Eco-town areas by development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="177" />
        <source>Stage %1 · %2</source>
        <translation>ระดับ %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="181" />
        <source>Industrial estates by IEAT eco level</source>
        <translation>นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="190" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="207" />
        <source>Matching eco-town areas (%1)</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง (%1)</translation>
    </message>
    <message>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::ExportJob</name>
    <message>
        <source>Wrote %1 features to %2</source>
        <translation>บันทึก %1 รายการลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>ซ่อนคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>แสดงคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <source>Eco-town areas: development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ: ระดับการพัฒนา</translation>
    </message>
    <message>
        <source>Industrial estates: IEAT eco level</source>
        <translation>นิคมอุตสาหกรรม: ระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <source>Hatched: stage illustrative, not confirmed</source>
        <translation>แรเงา: ระดับเป็นตัวอย่าง ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <source>Dashed: outline approximate (a circle)</source>
        <translation>เส้นประ: ขอบเขตโดยประมาณ (วงกลม)</translation>
    </message>
</context>
</TS>