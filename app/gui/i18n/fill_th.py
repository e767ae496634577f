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
    # --- issue 12 items 4-6: print / save the map, screens, keyboard (branch map) ---
    '&Print…': '&พิมพ์…',
    '&Save map as PDF, PNG or SVG…': '&บันทึกแผนที่เป็น PDF, PNG หรือ SVG…',
    'Print or save the map': 'พิมพ์หรือบันทึกแผนที่',
    'Page': 'หน้ากระดาษ',
    'Page size': 'ขนาดหน้ากระดาษ',
    'Orientation': 'แนวกระดาษ',
    'Landscape': 'แนวนอน',
    'Portrait': 'แนวตั้ง',
    'Resolution (DPI)': 'ความละเอียด (DPI)',
    '/path/to/map.pdf': '/path/to/map.pdf',
    'Browse…': 'เลือก…',
    'The map as shown: this view, the filter and the layers switched on, with title, legend, scale bar, north arrow and source.': 'แผนที่ตามที่แสดง: มุมมองนี้ ตัวกรอง และชั้นข้อมูลที่เปิดอยู่ พร้อมชื่อ คำอธิบายสัญลักษณ์ มาตราส่วน ทิศเหนือ และแหล่งที่มา',
    '%1 exists. Press “Replace” to overwrite it.': 'มีไฟล์ %1 อยู่แล้ว กด “เขียนทับ” เพื่อแทนที่',
    'Replace': 'เขียนทับ',
    'Save': 'บันทึก',
    'Printer': 'เครื่องพิมพ์',
    'Print': 'พิมพ์',
    'No printer is set up: save the map as PDF and print that.': 'ยังไม่ได้ตั้งค่าเครื่องพิมพ์: บันทึกแผนที่เป็น PDF แล้วพิมพ์ไฟล์นั้น',
    'Save the map as': 'บันทึกแผนที่เป็น',
    'Maps (*.pdf *.png *.svg)': 'แผนที่ (*.pdf *.png *.svg)',
    'Choose a file to save the map to.': 'เลือกไฟล์ที่จะบันทึกแผนที่',
    '%1 exists already; confirm to replace it.': 'มีไฟล์ %1 อยู่แล้ว ยืนยันเพื่อเขียนทับ',
    'The data is not loaded yet.': 'ยังโหลดข้อมูลไม่เสร็จ',
    'Map saved to %1 (%2 kB).': 'บันทึกแผนที่ลงใน %1 แล้ว (%2 kB)',
    'The map was not saved: %1': 'บันทึกแผนที่ไม่ได้: %1',
    'Printing on %1 failed to start.': 'เริ่มพิมพ์ที่ %1 ไม่ได้',
    'Printing on %1 failed.': 'พิมพ์ที่ %1 ไม่สำเร็จ',
    'The map was sent to %1.': 'ส่งแผนที่ไปที่ %1 แล้ว',
    'Language': 'ภาษา',
    'Development stages from %1 to %2': 'ระดับการพัฒนาตั้งแต่ %1 ถึง %2',
    'Green Industry levels from %1 to %2': 'ระดับอุตสาหกรรมสีเขียวตั้งแต่ %1 ถึง %2',
    'Years from %1 to %2': 'ปีตั้งแต่ %1 ถึง %2',
    'Matching eco-town areas': 'พื้นที่ที่ตรงตามตัวกรอง',
    'Map (+/− zoom, arrows pan, Home: all of Thailand)': 'แผนที่ (+/− ซูม ลูกศรเลื่อน Home: ทั้งประเทศไทย)',
    'Zoom in': 'ขยาย',
    'Export the selection (Ctrl+E)': 'ส่งออกข้อมูลที่เลือก (Ctrl+E)',
    'Zoom out': 'ย่อ',
    'Fewer entries ▴': 'แสดงน้อยลง ▴',
    'Estates and factories ▾': 'นิคมและโรงงาน ▾',
}

path = sys.argv[1] if len(sys.argv) > 1 else 'i18n/ecotown_th.ts'
tree = ET.parse(path)
# lupdate 5.15 does not understand C++17 nested namespaces ("namespace ecotown::gui {"): give
# C++ contexts the class name Qt's tr() really uses.
for ctx in tree.getroot().iter('context'):
    name = ctx.find('name')
    if name.text in ('AtlasController', 'MapPrintJob'):
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
