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
        <translation type="unfinished">ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="542" />
        <source>partly confirmed</source>
        <translation type="unfinished">ยืนยันบางส่วน</translation>
    </message>
    <message>
        <location filename="../AtlasController.cpp" line="544" />
        <source>illustrative (invented for the sample)</source>
        <translation type="unfinished">ตัวอย่างประกอบ (สร้างขึ้นสำหรับข้อมูลตัวอย่าง)</translation>
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
        <location filename="../qml/KpiChart.qml" line="157" />
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
        <location filename="../qml/KpiPanel.qml" line="100" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="102" />
        <source>Actual: target met</source>
        <translation>ผลจริง: บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="103" />
        <source>Actual: target not met</source>
        <translation>ผลจริง: ไม่บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="104" />
        <source>Actual: no verdict (national target)</source>
        <translation>ผลจริง: ไม่ตัดสิน (เป้าหมายระดับประเทศ)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="105" />
        <location filename="../qml/KpiPanel.qml" line="107" />
        <source>Target (line)</source>
        <translation>เป้าหมาย (เส้น)</translation>
    </message>
    <message>
        <location filename="../qml/KpiPanel.qml" line="112" />
        <source>“no data”: no actual recorded (ecotown-cli kpi record).</source>
        <translation>“ไม่มีข้อมูล”: ยังไม่ได้บันทึกผลจริง (ecotown-cli kpi record)</translation>
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
        <source>&amp;Province report…</source>
        <translation>รายงานจังหวัด (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25" />
        <source>&amp;Quit</source>
        <translation>ออ&amp;กจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Clear filter</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>&amp;KPIs against targets…</source>
        <translation>ตัวชี้วัดเทียบเป้าหมาย (&amp;KPI)…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="67" />
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="69" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="132" />
        <source>Open a mapping file</source>
        <translation>เปิดไฟล์จับคู่ฟิลด์</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="133" />
        <source>Mapping files (*.json)</source>
        <translation>ไฟล์จับคู่ฟิลด์ (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
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
        <location filename="../ProvinceReportJob.cpp" line="43" />
        <source>%1: no such province</source>
        <translation>%1: ไม่มีจังหวัดนี้</translation>
    </message>
    <message>
        <location filename="../ProvinceReportJob.cpp" line="47" />
        <source>%1 exists</source>
        <translation>มีไฟล์ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../ProvinceReportJob.cpp" line="77" />
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