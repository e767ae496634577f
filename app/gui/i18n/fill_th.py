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
    # --- editor mode (EditController, EditDialogs.qml, the Edit menu) ---
    '%1, revoked': '%1, ถูกเพิกถอน',
    'Green Industry level %1': 'อุตสาหกรรมสีเขียว ระดับ %1',
    'Recorded %1 stage %2 for FY%3 by %4': 'บันทึกแล้ว: %1 ระดับ %2 ปีงบประมาณ %3 โดย %4',
    '%1, FY%2': '%1, ปีงบประมาณ %2',
    '%1 (revoked from FY%2)': '%1 (เพิกถอนตั้งแต่ปีงบประมาณ %2)',
    "Unknown certification type '%1'": "ไม่รู้จักประเภทการรับรอง '%1'",
    'Added %1 for FY%2 to %3 by %4': 'เพิ่ม %1 ปีงบประมาณ %2 ให้ %3 แล้ว โดย %4',
    'Revoked %1 from FY%2 by %3': 'เพิกถอน %1 ตั้งแต่ปีงบประมาณ %2 แล้ว โดย %3',
    'This dataset cannot be edited here': 'ชุดข้อมูลนี้แก้ไขที่นี่ไม่ได้',
    'Not recorded: %1': 'ไม่ได้บันทึก: %1',
    'FY%1 (B.E. %2)': 'ปีงบประมาณ %1 (พ.ศ. %2)',
    'Edit mode: right-click an area to record an assessment, a factory to add or revoke a certificate':
        'โหมดแก้ไข: คลิกขวาที่พื้นที่เพื่อบันทึกผลการประเมิน หรือที่โรงงานเพื่อเพิ่มหรือเพิกถอนใบรับรอง',
    'B.E. %1': 'พ.ศ. %1',
    'Record an assessment: %1': 'บันทึกผลการประเมิน: %1',
    'Area': 'พื้นที่',
    'now stage %1': 'ขณะนี้ระดับ %1',
    'Fiscal year': 'ปีงบประมาณ',
    'Stage reached': 'ระดับที่บรรลุ',
    'Note': 'หมายเหตุ',
    'Why; where the evidence is': 'เหตุผล; หลักฐานอยู่ที่ใด',
    'Add a certificate to %1…': 'เพิ่มใบรับรองให้ %1…',
    'Revoke a certificate of %1…': 'เพิกถอนใบรับรองของ %1…',
    'Add a certificate: %1': 'เพิ่มใบรับรอง: %1',
    'Certificate': 'ใบรับรอง',
    'Fiscal year granted': 'ปีงบประมาณที่ได้รับ',
    'Revoke a certificate: %1': 'เพิกถอนใบรับรอง: %1',
    'This factory holds no certificate in force.': 'โรงงานนี้ไม่มีใบรับรองที่มีผลอยู่',
    'Revoked from fiscal year': 'เพิกถอนตั้งแต่ปีงบประมาณ',
    "Why; the decision's reference": 'เหตุผล; เลขที่คำสั่ง',
    'E&dit': 'แ&ก้ไข',
    '&Edit mode (right-click to record)': '&โหมดแก้ไข (คลิกขวาเพื่อบันทึก)',
    'Record': 'บันทึก',
    'Cancel': 'ยกเลิก',
    'Revoke': 'เพิกถอน',
}

path = sys.argv[1] if len(sys.argv) > 1 else 'i18n/ecotown_th.ts'
tree = ET.parse(path)
# lupdate 5.15 does not understand C++17 nested namespaces ("namespace ecotown::gui {"): give
# C++ contexts the class name Qt's tr() really uses.
for ctx in tree.getroot().iter('context'):
    name = ctx.find('name')
    if name.text in ('AtlasController', 'EditController'):
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
