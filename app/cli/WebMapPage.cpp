// The page of the shareable web map (index.html, webmap.css, webmap.js) that `ecotown-cli webmap`
// writes beside the data (data.js) and Leaflet. It opens from disk (file://) without a server:
// the data is a script that sets window.ECOTOWN_DATA, not a file fetched with XHR.
//
// The page answers to its URL hash: #lang=th picks Thai, #open=area:ETA-10 (or province:TH-21,
// estate:EST-01, factory:F0000001) opens that feature's card, as a search would. #status reports
// what was drawn (data-areas, data-provinces, data-estates, data-factories, data-ready,
// data-draw-ms) for tests and benchmarks.

#include "app/cli/WebMapPage.hpp"

namespace ecotown::cli {

const char* webMapIndexHtml() {
    return R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eco-Town Atlas</title>
<link rel="stylesheet" href="leaflet/leaflet.css">
<link rel="stylesheet" href="webmap.css">
</head>
<body>
<div id="map"></div>
<div id="status" hidden></div>
<script src="leaflet/leaflet.js"></script>
<script src="data.js"></script>
<script src="webmap.js"></script>
</body>
</html>
)HTML";
}

const char* webMapCss() {
    return R"CSS(html, body { margin: 0; height: 100%; font-family: "Noto Sans Thai", "Noto Sans", "Loma", sans-serif; }
#map { position: absolute; inset: 0; }
.panel { background: rgba(255, 255, 255, 0.94); padding: 8px 10px; border-radius: 6px;
         box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); font-size: 13px; line-height: 1.35; }
.panel h3 { margin: 0 0 4px 0; font-size: 13px; }
.legend .swatch { display: inline-block; width: 14px; height: 12px; margin-right: 6px;
                  vertical-align: middle; border: 1px solid #333; }
.legend .dot { display: inline-block; width: 10px; height: 10px; margin: 0 8px 0 2px; border-radius: 50%;
               vertical-align: middle; border: 1px solid #333; }
.legend .note { color: #555; font-size: 11px; max-width: 240px; margin-top: 6px; }
.search input { width: 260px; font-size: 14px; padding: 4px; }
.search .message { color: #a00; font-size: 12px; }
.lang button { font-size: 13px; }
.card h4 { margin: 0 0 2px 0; font-size: 12px; color: #555; font-weight: normal; }
.card .title { font-size: 15px; font-weight: bold; }
.card .id { color: #606060; }
.cell-label { color: #fff; font-weight: bold; font-size: 11px; text-align: center; line-height: 30px;
              text-shadow: 0 0 2px #000; }
)CSS";
}

const char* webMapScript() {
    return R"JS('use strict';
(function () {
const t0 = performance.now();
const D = window.ECOTOWN_DATA;
const TR = {
  en: {
    title: 'Eco-Town Atlas', factory: 'Factory', estate: 'Industrial estate', area: 'Eco-town area',
    province: 'Province', stageLine: 'Stage %1: %2 · phase %3', ieatLevel: 'IEAT level: %1',
    noLevel: 'No eco level', giLine: '%1 · Green Industry level %2', certificates: 'Certificates: %1',
    provinceLine: '%1 · %2 certified factories', gi: 'GI %1', eco: 'Eco Factory', csr: 'CSR-DIW',
    stages: 'Eco-town areas by development stage', levels: 'Industrial estates by IEAT eco level',
    factories: 'Certified factories (Green Industry level)', cell: '%1 factories: zoom in',
    search: 'Search: province, area, estate, factory (ไทย / English / TH-21)', notFound: 'Not found: %1',
    areaRai: 'Area: %1 rai', status: 'Data status: %1', unknown: 'unknown', none: 'none',
    note: 'Factories and their certificates are synthetic (they reproduce the published totals); stages and estate levels are partly illustrative. See data/README.md.',
    other: 'Language: ไทย'
  },
  th: {
    title: 'แผนที่เมืองอุตสาหกรรมเชิงนิเวศ', factory: 'โรงงาน', estate: 'นิคมอุตสาหกรรม',
    area: 'พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ', province: 'จังหวัด', stageLine: 'ระดับ %1: %2 · ระยะที่ %3',
    ieatLevel: 'ระดับของ กนอ.: %1', noLevel: 'ยังไม่มีระดับเชิงนิเวศ',
    giLine: '%1 · อุตสาหกรรมสีเขียวระดับ %2', certificates: 'ใบรับรอง: %1',
    provinceLine: '%1 · โรงงานที่ได้รับการรับรอง %2 แห่ง', gi: 'GI %1', eco: 'โรงงานเชิงนิเวศ', csr: 'CSR-DIW',
    stages: 'พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา', levels: 'นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ.',
    factories: 'โรงงานที่ได้รับการรับรอง (ระดับอุตสาหกรรมสีเขียว)', cell: 'โรงงาน %1 แห่ง: ซูมเข้าเพื่อดู',
    search: 'ค้นหา: จังหวัด พื้นที่ นิคม โรงงาน (ไทย / English / TH-21)', notFound: 'ไม่พบ: %1',
    areaRai: 'พื้นที่: %1 ไร่', status: 'สถานะข้อมูล: %1', unknown: 'ไม่ทราบ', none: 'ไม่มี',
    note: 'โรงงานและใบรับรองเป็นข้อมูลสังเคราะห์ (ตรงกับยอดรวมที่เผยแพร่) ระดับของพื้นที่และนิคมบางส่วนเป็นข้อมูลตัวอย่าง ดู data/README.md',
    other: 'Language: English'
  }
};
const hash = new URLSearchParams(location.hash.slice(1));
let lang = hash.get('lang') || D.lang || 'en';
if (!TR[lang]) lang = 'en';
const tr = (key, ...args) => args.reduce((s, a, i) => s.replace('%' + (i + 1), a), TR[lang][key]);
const pick = (name) => (name && (name[lang] || name.en)) || '';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const map = L.map('map', { preferCanvas: false, zoomSnap: 0.25, attributionControl: true });
map.getContainer().style.background = D.style.sea;
map.attributionControl.setPrefix('Leaflet');
map.attributionControl.addAttribution('Provinces: Natural Earth (public domain); programme data: data/README.md');
for (const [name, z] of [['provincesPane', 410], ['areasPane', 420], ['estatesPane', 430], ['factoriesPane', 440]]) {
  map.createPane(name).style.zIndex = z;
}

// --- cards: the same facts as the window's identify -----------------------------------------
function card(kind, lines) {
  return '<div class="card"><h4>' + esc(tr(kind)) + '</h4>' + lines.join('<br>') + '</div>';
}
function stageText(stage) {
  if (!stage) return tr('unknown');
  return pick(D.style.stages[stage - 1].name);
}
function areaCard(p) {
  return card('area', ['<span class="title">' + esc(pick(p.name)) + '</span>', '<span class="id">' + esc(p.id) + '</span>',
    '<span class="stage">' + esc(tr('stageLine', p.stage || '?', stageText(p.stage), p.phase || '?')) + '</span>',
    esc(tr('status', p.status))]);
}
function estateCard(p) {
  const level = p.level ? pick(D.style.ieatLevels[p.level - 1].name) : tr('noLevel');
  const lines = ['<span class="title">' + esc(pick(p.name)) + '</span>', '<span class="id">' + esc(p.id) + '</span>',
    esc(tr('ieatLevel', level))];
  if (p.areaRai !== null) lines.push(esc(tr('areaRai', Math.round(p.areaRai).toLocaleString('en-US'))));
  return card('estate', lines);
}
function provinceCard(p) {
  return card('province', ['<span class="title">' + esc(pick(p.name)) + '</span>', '<span class="id">' + esc(p.id) + '</span>',
    esc(tr('provinceLine', pick(p.region), p.factories.toLocaleString('en-US')))]);
}
function certText(code) {
  return code.split(' ').filter(Boolean).map((c) => {
    const [kind, year] = c.split(':');
    const label = kind[0] === 'g' ? tr('gi', kind.slice(1)) : kind === 'e' ? tr('eco') : tr('csr');
    return label + ' (' + year + ')';
  }).join(', ');
}
function factoryCard(i) {
  const f = D.factories, row = f.rows[i];
  const province = row[4] >= 0 ? pick(D.provinceNames[row[4]]) : '';
  return card('factory', ['<span class="title">' + esc(f.names[i] || f.ids[i]) + '</span>', '<span class="id">' + esc(f.ids[i]) + '</span>',
    esc(tr('giLine', province, row[2])), esc(tr('certificates', certText(f.certificates[i])))]);
}

// --- polygons -------------------------------------------------------------------------------
const provinces = L.geoJSON(D.provinces, {
  pane: 'provincesPane',
  style: { color: D.style.provinceOutline, weight: 0.8, fillColor: D.style.province, fillOpacity: 1, className: 'eco-province' },
  onEachFeature: (f, l) => l.bindPopup(() => provinceCard(f.properties))
}).addTo(map);
const areas = L.geoJSON(D.areas, {
  pane: 'areasPane',
  style: (f) => ({ color: D.style.areaOutline, weight: 1, fillOpacity: D.style.areaFillOpacity, className: 'eco-area',
    fillColor: f.properties.stage ? D.style.stages[f.properties.stage - 1].color : '#bbbbbb' }),
  onEachFeature: (f, l) => l.bindPopup(() => areaCard(f.properties))
}).addTo(map);
const estates = L.geoJSON(D.estates, {
  pane: 'estatesPane',
  style: (f) => ({ color: D.style.estateOutline, weight: 2, fillOpacity: D.style.estateFillOpacity, className: 'eco-estate',
    fillColor: f.properties.level ? D.style.ieatLevels[f.properties.level - 1].color : D.style.noIeatLevel }),
  onEachFeature: (f, l) => l.bindPopup(() => estateCard(f.properties))
}).addTo(map);

// --- factories: aggregated into cells of ~48 px while many are in view, single points otherwise
const renderer = L.canvas({ pane: 'factoriesPane', padding: 0.2 });
const factoryLayer = L.layerGroup().addTo(map);
const POINT_LIMIT = 4000, CELL = 48;
function factoryColor(row) {
  if (row[2] > 0) return D.style.giLevels[row[2] - 1].color;
  return row[3] & 1 ? D.style.ecoFactory : D.style.csrDiw;
}
function openFactory(i) {
  const row = D.factories.rows[i];
  L.popup().setLatLng([row[1], row[0]]).setContent(factoryCard(i)).openOn(map);
}
function drawFactories() {
  factoryLayer.clearLayers();
  const rows = D.factories.rows, b = map.getBounds().pad(0.1);
  const w = b.getWest(), e = b.getEast(), s = b.getSouth(), n = b.getNorth();
  const inView = [];
  for (let i = 0; i < rows.length; ++i) {
    const r = rows[i];
    if (r[0] >= w && r[0] <= e && r[1] >= s && r[1] <= n) inView.push(i);
  }
  let shown = 0;
  if (inView.length <= POINT_LIMIT) {
    for (const i of inView) {
      const r = rows[i];
      L.circleMarker([r[1], r[0]], { renderer, radius: 2 + r[2] * 0.6, weight: 0.5, color: '#333', fillColor: factoryColor(r), fillOpacity: 0.9 })
        .on('click', () => openFactory(i)).addTo(factoryLayer);
    }
    shown = inView.length;
  } else {
    const cells = new Map();
    for (const i of inView) {
      const r = rows[i], p = map.latLngToLayerPoint([r[1], r[0]]);
      const key = Math.floor(p.x / CELL) + ',' + Math.floor(p.y / CELL);
      let c = cells.get(key);
      if (!c) cells.set(key, c = { n: 0, lon: 0, lat: 0 });
      c.n += 1; c.lon += r[0]; c.lat += r[1];
    }
    for (const c of cells.values()) {
      const ll = [c.lat / c.n, c.lon / c.n];
      const radius = Math.min(22, 5 + Math.sqrt(c.n) * 0.6);
      L.circleMarker(ll, { renderer, radius, weight: 1, color: '#1b3a1b', fillColor: '#41ab5d', fillOpacity: 0.75 })
        .bindTooltip(tr('cell', c.n.toLocaleString('en-US')))
        .on('click', () => map.setView(ll, map.getZoom() + 2)).addTo(factoryLayer);
    }
    shown = cells.size;
  }
  status.dataset.factoryMarks = shown;
}
map.on('moveend', drawFactories);

// --- legend, search, language ---------------------------------------------------------------
const legend = L.control({ position: 'bottomright' });
legend.onAdd = () => L.DomUtil.create('div', 'panel legend');
legend.addTo(map);
function drawLegend() {
  let h = '<h3>' + esc(tr('stages')) + '</h3>';
  for (const s of D.style.stages) {
    h += '<div><span class="swatch" style="background:' + s.color + '"></span>' + s.stage + ' ' + esc(pick(s.name)) + ' (' + s.areas + ')</div>';
  }
  h += '<h3 style="margin-top:6px">' + esc(tr('levels')) + '</h3>';
  for (const l of D.style.ieatLevels) {
    h += '<div><span class="swatch" style="background:' + l.color + '"></span>' + esc(pick(l.name)) + '</div>';
  }
  h += '<div><span class="swatch" style="background:' + D.style.noIeatLevel + '"></span>' + esc(tr('noLevel')) + '</div>';
  h += '<h3 style="margin-top:6px">' + esc(tr('factories')) + '</h3>';
  for (const g of D.style.giLevels) {
    h += '<div><span class="dot" style="background:' + g.color + '"></span>GI ' + g.level + ' ' + esc(pick(g.name)) + '</div>';
  }
  h += '<div class="note">' + esc(tr('note')) + '</div>';
  legend.getContainer().innerHTML = h;
}

const searchBox = L.control({ position: 'topright' });
searchBox.onAdd = () => {
  const div = L.DomUtil.create('div', 'panel search');
  div.innerHTML = '<input id="search" type="search"><div class="message" id="search-message"></div>';
  L.DomEvent.disableClickPropagation(div);
  return div;
};
searchBox.addTo(map);
const searchInput = document.getElementById('search');
const norm = (s) => String(s || '').toLowerCase().replace(/[\s\-_.]/g, '');
function findFeature(text) {
  const q = norm(text);
  if (!q) return null;
  const match = (p) => [p.id, p.name && p.name.en, p.name && p.name.th].some((v) => norm(v) === q);
  const partial = (p) => [p.name && p.name.en, p.name && p.name.th].some((v) => norm(v).includes(q));
  for (const test of [match, partial]) {
    for (const [group, kind] of [[provinces, 'province'], [areas, 'area'], [estates, 'estate']]) {
      for (const l of group.getLayers()) {
        if (test(l.feature.properties)) return { kind, layer: l };
      }
    }
  }
  const i = D.factories.ids.findIndex((id) => norm(id) === q);
  return i >= 0 ? { kind: 'factory', index: i } : null;
}
function show(text) {
  const found = findFeature(text);
  document.getElementById('search-message').textContent = found ? '' : tr('notFound', text);
  if (!found) return false;
  if (found.kind === 'factory') {
    const r = D.factories.rows[found.index];
    map.setView([r[1], r[0]], 13);
    openFactory(found.index);
  } else {
    map.fitBounds(found.layer.getBounds(), { maxZoom: 11 });
    found.layer.openPopup(found.layer.getBounds().getCenter());
  }
  status.dataset.opened = found.kind;
  return true;
}
searchInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') show(searchInput.value); });

const langControl = L.control({ position: 'topleft' });
langControl.onAdd = () => {
  const div = L.DomUtil.create('div', 'panel lang');
  div.innerHTML = '<button id="lang" type="button"></button>';
  L.DomEvent.disableClickPropagation(div);
  return div;
};
langControl.addTo(map);
function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = tr('title');
  document.getElementById('lang').textContent = tr('other');
  searchInput.placeholder = tr('search');
  drawLegend();
  map.closePopup();
}
document.getElementById('lang').addEventListener('click', () => { lang = lang === 'en' ? 'th' : 'en'; applyLanguage(); });

// --- first view -----------------------------------------------------------------------------
const status = document.getElementById('status');
applyLanguage();
const all = provinces.getBounds();
map.fitBounds(all.isValid() ? all : L.latLngBounds([5.6, 97.3], [20.5, 105.7]));
drawFactories();
status.dataset.provinces = provinces.getLayers().length;
status.dataset.areas = document.querySelectorAll('path.eco-area').length;
status.dataset.estates = document.querySelectorAll('path.eco-estate').length;
status.dataset.factories = D.factories.rows.length;
if (hash.get('open')) {
  const [, id] = hash.get('open').split(':');
  show(id || hash.get('open'));
}
status.dataset.drawMs = Math.round(performance.now() - t0);
status.dataset.ready = '1';
})();
)JS";
}

}  // namespace ecotown::cli
