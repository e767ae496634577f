#!/usr/bin/env python3
"""Fills Thai translations into ecotown_th.ts (Qt Linguist): run after `ecotown_lupdate`.
The Thai wording is the project's own; names of programme levels follow data/README.md."""
import sys
import xml.etree.ElementTree as ET

TH = {
    'Loading %1…': 'กำลังโหลด %1…',
    'Could not load the data: %1': 'โหลดข้อมูลไม่ได้: %1',
    '%1: %2 provinces, %3 eco-town areas, %4 estates, %5 factories': '%1: %2 จังหวัด, %3 พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ, %4 นิคมอุตสาหกรรม, %5 โรงงาน',
    'phase %1': 'ระยะที่ %1',
    'stage %1–%2': 'ระดับ %1–%2',
    '%1–%2': '%1–%2',
    'All of Thailand': 'ทั้งประเทศไทย',
    'No eco level': 'ยังไม่มีระดับเชิงนิเวศ',
    'GI %1 · %2': 'GI %1 · %2',
    'Eco Factory': 'โรงงานเชิงนิเวศ',
    'CSR-DIW': 'CSR-DIW',
    'GI %1': 'GI %1',
    '%1 (%2)': '%1 (%2)',
    'Wrote %1 features to %2': 'บันทึก %1 รายการลงใน %2 แล้ว',
    'Export the selection': 'ส่งออกข้อมูลที่เลือก',
    'Layer': 'ชั้นข้อมูล',
    'Format': 'รูปแบบไฟล์',
    'CRS': 'ระบบพิกัด',
    'File': 'ไฟล์',
    '/path/to/selection.gpkg': '/path/to/selection.gpkg',
    'Replace an existing file': 'เขียนทับไฟล์ที่มีอยู่',
    '%1 factories, %2 areas, %3 estates, %4 provinces in the selection': 'ที่เลือก: %1 โรงงาน, %2 พื้นที่, %3 นิคม, %4 จังหวัด',
    'Export': 'ส่งออก',
    'From the file name': 'ตามนามสกุลของไฟล์',
    'Factory': 'โรงงาน',
    'Industrial estate': 'นิคมอุตสาหกรรม',
    'Eco-town area': 'พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ',
    'Province': 'จังหวัด',
    'Stage %1: %2 · phase %3': 'ระดับ %1: %2 · ระยะที่ %3',
    'IEAT level: %1': 'ระดับของ กนอ.: %1',
    '%1 · Green Industry level %2': '%1 · อุตสาหกรรมสีเขียวระดับ %2',
    'Certificates: %1': 'ใบรับรอง: %1',
    '%1 · %2 certified factories': '%1 · โรงงานที่ได้รับการรับรอง %2 แห่ง',
    'Eco-Town Atlas': 'แผนที่เมืองอุตสาหกรรมเชิงนิเวศ',
    '&File': 'แ&ฟ้ม',
    '&Open your own files (mapping file)…': '&เปิดไฟล์ของคุณเอง (ไฟล์จับคู่ฟิลด์)…',
    '&Export selection…': 'ส่ง&ออกข้อมูลที่เลือก…',
    '&Quit': 'ออ&กจากโปรแกรม',
    '&View': '&มุมมอง',
    'Whole country': 'ทั้งประเทศ',
    'Clear filter': 'ล้างตัวกรอง',
    'Export…': 'ส่งออก…',
    'Open a mapping file': 'เปิดไฟล์จับคู่ฟิลด์',
    'Mapping files (*.json)': 'ไฟล์จับคู่ฟิลด์ (*.json)',
    'Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.':
        'ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: ข้อมูลตัวอย่างสังเคราะห์',
    'Search: province, region, area (ไทย / English / TH-20)': 'ค้นหา: จังหวัด ภาค พื้นที่ (ไทย / English / TH-20)',
    'Provinces': 'จังหวัด',
    'Region': 'ภาค',
    'All regions': 'ทุกภาค',
    'Phase': 'ระยะ',
    'All phases': 'ทุกระยะ',
    'Phase 1': 'ระยะที่ 1',
    'Phase 2': 'ระยะที่ 2',
    'Phase 3': 'ระยะที่ 3',
    'Stage %1–%2': 'ระดับการพัฒนา %1–%2',
    'Certification': 'การรับรอง',
    'Any': 'ทั้งหมด',
    'Green Industry': 'อุตสาหกรรมสีเขียว',
    'GI level %1–%2': 'ระดับ GI %1–%2',
    'Years %1–%2': 'ปีงบประมาณ %1–%2',
    'Stop': 'หยุด',
    'Replay years': 'เล่นย้อนทีละปี',
    'Counts (as of %1)': 'จำนวน (ณ ปี %1)',
    'Eco-town areas': 'พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ',
    'Industrial estates': 'นิคมอุตสาหกรรม',
    'Factories': 'โรงงาน',
    'with Green Industry': 'ได้รับอุตสาหกรรมสีเขียว',
    'Legend': 'คำอธิบายสัญลักษณ์',
    'Shade provinces by certified factories': 'แรเงาจังหวัดตามจำนวนโรงงานที่ได้รับการรับรอง',
    'Eco-town areas by development stage': 'พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา',
    'Stage %1 · %2': 'ระดับ %1 · %2',
    'Industrial estates by IEAT eco level': 'นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.',
    'Certified factories': 'โรงงานที่ได้รับการรับรอง',
    'Matching eco-town areas (%1)': 'พื้นที่ที่ตรงตามตัวกรอง (%1)',
    # --- KPI panel and File → Province report… (issue 9) ---
    'KPIs against the ministry\'s targets': 'ตัวชี้วัด (KPI) เทียบกับเป้าหมายของกระทรวง',
    'For: %1': 'ขอบเขต: %1',
    'Fiscal years': 'ปีงบประมาณ',
    'The targets are national: the filtered part of the country is shown against them without a verdict; indicators recorded nationally have no figure for it.': 'เป้าหมายเป็นระดับประเทศ: ส่วนของประเทศที่กรองไว้จึงแสดงเทียบกับเป้าหมายโดยไม่ตัดสินว่าผ่านหรือไม่ ส่วนตัวชี้วัดที่บันทึกเป็นระดับประเทศไม่มีตัวเลขสำหรับส่วนนี้',
    'Actual: target met': 'ผลจริง: บรรลุเป้าหมาย',
    'Actual: target not met': 'ผลจริง: ไม่บรรลุเป้าหมาย',
    'Actual: no verdict (national target)': 'ผลจริง: ไม่ตัดสิน (เป้าหมายระดับประเทศ)',
    'Target (line)': 'เป้าหมาย (เส้น)',
    '“no data”: no actual recorded (ecotown-cli kpi record).': '“ไม่มีข้อมูล”: ยังไม่ได้บันทึกผลจริง (ecotown-cli kpi record)',
    'No data': 'ไม่มีข้อมูล',
    'no data': 'ไม่มีข้อมูล',
    'No verdict: the target is national': 'ไม่ตัดสิน: เป้าหมายเป็นระดับประเทศ',
    'Met in %1 of %2 years': 'บรรลุเป้าหมาย %1 จาก %2 ปี',
    'Not met in %1 of %2 years': 'ไม่บรรลุเป้าหมาย %1 จาก %2 ปี',
    'national only': 'ระดับประเทศเท่านั้น',
    'The KPI targets are read from a GeoPackage dataset; this dataset is a database.': 'เป้าหมาย KPI อ่านจากชุดข้อมูล GeoPackage แต่ชุดข้อมูลนี้เป็นฐานข้อมูล',
    'No KPI targets: %1': 'ไม่มีเป้าหมาย KPI: %1',
    'The year and certificate filters do not apply to the KPIs.': 'ตัวกรองปีและใบรับรองไม่ใช้กับ KPI',
    'No stage history in this dataset': 'ชุดข้อมูลนี้ไม่มีประวัติระดับการพัฒนา',
    'National only: no figure for a part of the country': 'ระดับประเทศเท่านั้น: ไม่มีตัวเลขสำหรับส่วนหนึ่งของประเทศ',
    'No data recorded': 'ยังไม่ได้บันทึกข้อมูล',
    'The target is national: no verdict for a part of the country': 'เป้าหมายเป็นระดับประเทศ: ไม่ตัดสินสำหรับส่วนหนึ่งของประเทศ',
    'No target for this year': 'ไม่มีเป้าหมายสำหรับปีนี้',
    '&KPIs against targets…': 'ตัวชี้วัดเทียบเป้าหมาย (&KPI)…',
    'KPIs': 'KPI',
    '&Province report…': 'รายงานจังหวัด (&P)…',
    'Province report (PDF)': 'รายงานจังหวัด (PDF)',
    'A few A4 pages for a regional officer: the province\'s map, its counts, Green Industry certificates, areas, estates and the KPI lines that apply.': 'เอกสาร A4 ไม่กี่หน้าสำหรับเจ้าหน้าที่ในภูมิภาค: แผนที่จังหวัด จำนวนต่าง ๆ ใบรับรองอุตสาหกรรมสีเขียว พื้นที่ นิคมอุตสาหกรรม และตัวชี้วัดที่เกี่ยวข้อง',
    'Language: %1 (the window\'s)': 'ภาษา: %1 (ตามหน้าต่าง)',
    'Writing the factsheet…': 'กำลังเขียนรายงาน…',
    'Save as PDF…': 'บันทึกเป็น PDF…',
    'Save the province report': 'บันทึกรายงานจังหวัด',
    'PDF files (*.pdf)': 'ไฟล์ PDF (*.pdf)',
    'Replace the file?': 'เขียนทับไฟล์หรือไม่?',
    '%1 exists. Replace it?': 'มีไฟล์ %1 อยู่แล้ว ต้องการเขียนทับหรือไม่?',
    '%1: no such province': '%1: ไม่มีจังหวัดนี้',
    '%1 exists': 'มีไฟล์ %1 อยู่แล้ว',
    'Wrote %1 (%2 pages)': 'บันทึก %1 แล้ว (%2 หน้า)',
}

path = sys.argv[1] if len(sys.argv) > 1 else 'i18n/ecotown_th.ts'
tree = ET.parse(path)
# lupdate 5.15 does not understand C++17 nested namespaces ("namespace ecotown::gui {"): give
# C++ contexts the class name Qt's tr() really uses.
for ctx in tree.getroot().iter('context'):
    name = ctx.find('name')
    if name.text in ('AtlasController', 'KpiModel', 'ProvinceReportJob'):
        name.text = 'ecotown::gui::' + name.text
missing = []
for m in tree.getroot().iter('message'):
    src = m.find('source').text
    tr = m.find('translation')
    if src in TH:
        tr.text = TH[src]
        tr.attrib.pop('type', None)
    else:
        missing.append(src)
tree.getroot().set('language', 'th_TH')
tree.write(path, encoding='utf-8', xml_declaration=True)
if missing:
    print('untranslated:', *missing, sep='\n  ')
    sys.exit(1)
