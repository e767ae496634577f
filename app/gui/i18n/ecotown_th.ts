<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ecotown::gui::AtlasController</name>
    <message>
        <location filename="../AtlasController.cpp" line="54" />
        <source>Loading %1…</source>
        <translation>กำลังโหลด %1…</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="94" />
        <source>Could not load the data: %1</source>
        <translation>โหลดข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="107" />
        <source>%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories</source>
        <translation>%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="363" />
        <source>phase %1</source>
        <translation>ระยะที่ %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="365" />
        <source>stage %1–%2</source>
        <translation>ระดับ %1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="367" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="368" />
        <source>All of Thailand</source>
        <translation>ทั้งประเทศไทย</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="395" />
        <location filename="../AtlasController.cpp" line="527" />
        <source>No eco level</source>
        <translation>ยังไม่มีระดับเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="413" />
        <source>GI %1 · %2</source>
        <translation>GI %1 · %2</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="420" />
        <location filename="../AtlasController.cpp" line="497" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="425" />
        <location filename="../AtlasController.cpp" line="498" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="496" />
        <source>GI %1</source>
        <translation>GI %1</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="499" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="541" />
        <source>confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="542" />
        <source>partly confirmed</source>
        <translation>ยืนยันบางส่วน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="544" />
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
        <location filename="../qml/Main.qml" line="45" />
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
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>&amp;Save map as PDF, PNG or SVG…</source>
        <translation>&amp;บันทึกแผนที่เป็น PDF, PNG หรือ SVG…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26" />
        <source>&amp;Quit</source>
        <translation>ออ&amp;กจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="68" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="69" />
        <source>Export the selection (Ctrl+E)</source>
        <translation>ส่งออกข้อมูลที่เลือก (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="76" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="134" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="135" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Zoom to selection</source>
        <translation>ซูมไปยังสิ่งที่เลือก</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61" />
        <source>Filter to this</source>
        <translation>กรองเฉพาะที่นี่</translation>
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
        <translation>แรเงา: ระดับเป็นตัวอย่าง ยังไม่ยืนยัน</translation>
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
        <location filename="../qml/MapPane.qml" line="86" />
        <source>Map (+/− zoom, arrows pan, Home: all of Thailand)</source>
        <translation>แผนที่ (+/− ซูม ลูกศรเลื่อน Home: ทั้งประเทศไทย)</translation>
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
    <message>
        <location filename="../qml/MapPane.qml" line="270" />
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location filename="../qml/MapPane.qml" line="271" />
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
</context>
<context>
    <name>ecotown::gui::MapPrintJob</name>
    <message>
        <location filename="../MapPrintJob.cpp" line="105" />
        <source>Choose a file to save the map to.</source>
        <translation>เลือกไฟล์ที่จะบันทึกแผนที่</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="107" />
        <source>%1 exists already; confirm to replace it.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว ยืนยันเพื่อเขียนทับ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="110" />
        <location filename="../MapPrintJob.cpp" line="132" />
        <source>The data is not loaded yet.</source>
        <translation>ยังโหลดข้อมูลไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="116" />
        <source>Map saved to %1 (%2 kB).</source>
        <translation>บันทึกแผนที่ลงใน %1 แล้ว (%2 kB)</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="120" />
        <source>The map was not saved: %1</source>
        <translation>บันทึกแผนที่ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="129" />
        <source>No printer is set up: save the map as PDF and print that.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์: บันทึกแผนที่เป็น PDF แล้วพิมพ์ไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="144" />
        <source>Printing on %1 failed to start.</source>
        <translation>เริ่มพิมพ์ที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="150" />
        <source>Printing on %1 failed.</source>
        <translation>พิมพ์ที่ %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../MapPrintJob.cpp" line="151" />
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
        <location filename="../qml/SidePanel.qml" line="101" />
        <location filename="../qml/SidePanel.qml" line="229" />
        <location filename="../qml/SidePanel.qml" line="240" />
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="129" />
        <location filename="../qml/SidePanel.qml" line="135" />
        <source>Region</source>
        <translation>ภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="136" />
        <source>All regions</source>
        <translation>ทุกภาค</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="139" />
        <location filename="../qml/SidePanel.qml" line="145" />
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="146" />
        <source>All phases</source>
        <translation>ทุกระยะ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="146" />
        <source>Phase 1</source>
        <translation>ระยะที่ 1</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="146" />
        <source>Phase 2</source>
        <translation>ระยะที่ 2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="146" />
        <source>Phase 3</source>
        <translation>ระยะที่ 3</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="149" />
        <source>Stage %1–%2</source>
        <translation>ระดับการพัฒนา %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="155" />
        <source>Development stages from %1 to %2</source>
        <translation>ระดับการพัฒนาตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="161" />
        <location filename="../qml/SidePanel.qml" line="167" />
        <source>Certification</source>
        <translation>การรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="168" />
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="168" />
        <location filename="../qml/SidePanel.qml" line="263" />
        <source>Green Industry</source>
        <translation>อุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="168" />
        <location filename="../qml/SidePanel.qml" line="234" />
        <location filename="../qml/SidePanel.qml" line="264" />
        <source>Eco Factory</source>
        <translation>โรงงานเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="168" />
        <location filename="../qml/SidePanel.qml" line="235" />
        <location filename="../qml/SidePanel.qml" line="265" />
        <source>CSR-DIW</source>
        <translation>CSR-DIW</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="172" />
        <source>GI level %1–%2</source>
        <translation>ระดับ GI %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="177" />
        <source>Green Industry levels from %1 to %2</source>
        <translation>ระดับอุตสาหกรรมสีเขียวตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="184" />
        <source>Years %1–%2</source>
        <translation>ปีงบประมาณ %1–%2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="190" />
        <source>Years from %1 to %2</source>
        <translation>ปีตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="199" />
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="199" />
        <source>Replay years</source>
        <translation>เล่นย้อนทีละปี</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="209" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="223" />
        <source>Counts (as of %1)</source>
        <translation>จำนวน (ณ ปี %1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="230" />
        <source>Eco-town areas</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="231" />
        <source>Industrial estates</source>
        <translation>นิคมอุตสาหกรรม</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="232" />
        <source>Factories</source>
        <translation>โรงงาน</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="233" />
        <source>with Green Industry</source>
        <translation>ได้รับอุตสาหกรรมสีเขียว</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="239" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="241" />
        <source>Shade provinces by certified factories</source>
        <translation>แรเงาจังหวัดตามจำนวนโรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="242" />
        <source>Eco-town areas by development stage</source>
        <translation>พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="248" />
        <source>Stage %1 · %2</source>
        <translation>ระดับ %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="252" />
        <source>Industrial estates by IEAT eco level</source>
        <translation>นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="262" />
        <source>Certified factories</source>
        <translation>โรงงานที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="280" />
        <source>Matching eco-town areas (%1)</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง (%1)</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="295" />
        <source>Matching eco-town areas</source>
        <translation>พื้นที่ที่ตรงตามตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/SidePanel.qml" line="74" />
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