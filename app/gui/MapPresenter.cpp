#include "app/gui/MapPresenter.hpp"

#include <QGeoPolygon>
#include <QRectF>
#include <algorithm>
#include <cmath>

#include "app/gui/FactoryPoints.hpp"
#include "app/gui/QtText.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {
namespace {

// One QGeoPolygon per polygon part (Qt 5 has no multipolygon); closing vertices dropped.
QList<QGeoPolygon> toGeoPolygons(const geo::Geometry& g) {
    QList<QGeoPolygon> out;
    auto ring = [&](std::uint32_t r) {
        const std::uint32_t begin = r == 0 ? 0 : g.ringEnds[r - 1];
        std::uint32_t end = g.ringEnds[r];
        if (end > begin + 1 && g.coords[begin] == g.coords[end - 1])
            --end;
        QList<QGeoCoordinate> path;
        path.reserve(static_cast<int>(end - begin));
        for (std::uint32_t i = begin; i < end; ++i)
            path.append(QGeoCoordinate(g.coords[i].y, g.coords[i].x));
        return path;
    };
    if (g.type == geo::GeometryType::Polygon || g.type == geo::GeometryType::MultiPolygon) {
        std::vector<std::uint32_t> parts = g.partEnds;
        if (parts.empty() && !g.ringEnds.empty())
            parts.push_back(static_cast<std::uint32_t>(g.ringEnds.size()));
        std::uint32_t ringBegin = 0;
        for (std::uint32_t partEnd : parts) {
            if (ringBegin < partEnd) {
                QGeoPolygon poly(ring(ringBegin));
                for (std::uint32_t h = ringBegin + 1; h < partEnd; ++h)
                    poly.addHole(ring(h));
                out.append(poly);
            }
            ringBegin = partEnd;
        }
    }
    return out;
}

void appendParts(QVariantList& list, const geo::Geometry& g, const QVariantMap& base) {
    for (const QGeoPolygon& p : toGeoPolygons(g)) {
        QVariantMap m = base;
        m.insert(QStringLiteral("shape"), QVariant::fromValue(p));
        list.append(m);
    }
}

// Roughly how wide a label is, in pixels: Thai vowel and tone marks take no width.
double labelWidth(const QString& text, double pixelSize) {
    int advancing = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        const bool combining =
            u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E);
        if (!combining)
            ++advancing;
    }
    return advancing * pixelSize * 0.55 + 6;
}

}  // namespace

QVariantMap MapPresenter::style() {
    // Built once: QML reads it in every delegate's bindings.
    static const QVariantMap style = [] {
        const layers::MapStyle& st = layers::mapStyle();
        auto colour = [](layers::Rgba c) { return QVariant::fromValue(toQColor(c)); };
        return QVariantMap{
            {QStringLiteral("sea"), colour(st.sea)},
            {QStringLiteral("land"), colour(st.land)},
            {QStringLiteral("landOutline"), colour(st.landOutline)},
            {QStringLiteral("province"), colour(st.province)},
            {QStringLiteral("provinceOutline"), colour(st.provinceOutline)},
            {QStringLiteral("provinceOutlineSelected"), colour(st.provinceOutlineSelected)},
            {QStringLiteral("areaOutline"), colour(st.areaOutline)},
            {QStringLiteral("estateOutline"), colour(st.estateOutline)},
            {QStringLiteral("highlight"), colour(st.highlight)},
            {QStringLiteral("label"), colour(st.label)},
            {QStringLiteral("areaLabel"), colour(st.areaLabel)},
            {QStringLiteral("labelHalo"), colour(st.labelHalo)},
            {QStringLiteral("areaOutlineWidth"), st.areaOutlineWidth},
            {QStringLiteral("areaOutlineWidthSelected"), st.areaOutlineWidthSelected},
            {QStringLiteral("areaOpacity"), st.areaFillOpacity},
            {QStringLiteral("estateOpacity"), st.estateFillOpacity},
            {QStringLiteral("estateOutlineWidth"), st.estateOutlineWidth},
            {QStringLiteral("uncertain"), colour(st.uncertain)},
        };
    }();
    return style;
}

void MapPresenter::setAtlas(std::shared_ptr<const layers::Atlas> atlas,
                            const layers::Selection* selection) {
    m_atlas = std::move(atlas);
    m_selection = selection;
    rebuildGeometry();
}

void MapPresenter::selectionChanged(std::vector<std::int64_t> factoriesPerProvince,
                                    bool outlineSelected) {
    m_factoriesPerProvince = std::move(factoriesPerProvince);
    m_outlineSelected = outlineSelected;
    rebuildStyling();
}

void MapPresenter::setShadeProvinces(bool on) {
    m_shadeProvinces = on;
    rebuildStyling();
}

void MapPresenter::rebuildGeometry() {
    m_provinceParts.clear();
    m_areaParts.clear();
    m_estateParts.clear();
    if (!m_atlas)
        return;
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        appendParts(m_provinceParts, m_atlas->provinces()[i].shape,
                    {{QStringLiteral("index"), static_cast<int>(i)}});
    }
    for (std::size_t i = 0; i < m_atlas->areas().size(); ++i) {
        const layers::EcoTownArea& a = m_atlas->areas()[i];
        appendParts(m_areaParts, a.shape,
                    {{QStringLiteral("index"), static_cast<int>(i)},
                     {QStringLiteral("stage"), stageNumber(a.stage)},
                     {QStringLiteral("fill"), stageFill(a.stage)}});
    }
    for (std::size_t i = 0; i < m_atlas->estates().size(); ++i) {
        const layers::IndustrialEstate& e = m_atlas->estates()[i];
        const layers::IeatEcoLevel* level = e.ieatLevel ? &*e.ieatLevel : nullptr;
        appendParts(m_estateParts, e.shape,
                    {{QStringLiteral("index"), static_cast<int>(i)},
                     {QStringLiteral("fill"), toQColor(layers::ieatLevelColor(level))}});
    }
    emit geometryChanged();
}

int MapPresenter::mapPartCount() const {
    return static_cast<int>(m_provinceParts.size() + m_areaParts.size() + m_estateParts.size());
}

void MapPresenter::rebuildStyling() {
    if (!m_atlas || !m_selection)
        return;
    // Province shading by the number of selected certified factories (quantile classes).
    std::vector<std::int64_t> sorted = m_factoriesPerProvince;
    std::sort(sorted.begin(), sorted.end());
    auto shadeClass = [&](std::int64_t n) {
        if (sorted.empty())
            return 0;
        int k = 0;
        for (int q = 1; q < 5; ++q) {
            if (n > sorted[sorted.size() * static_cast<std::size_t>(q) / 5])
                k = q;
        }
        return k;
    };
    const auto& style = layers::mapStyle();
    m_provinceFills.clear();
    m_provinceSelected.clear();
    m_provinceOutlined.clear();
    for (std::size_t i = 0; i < m_atlas->provinces().size(); ++i) {
        const bool selected =
            std::binary_search(m_selection->provinces.begin(), m_selection->provinces.end(),
                               static_cast<std::uint32_t>(i));
        const std::int64_t n = i < m_factoriesPerProvince.size() ? m_factoriesPerProvince[i] : 0;
        QColor fill =
            toQColor(m_shadeProvinces ? layers::provinceShade(shadeClass(n)) : style.province);
        if (!selected)
            fill = fill.darker(115);
        m_provinceFills.append(fill);
        m_provinceSelected.append(selected);
        m_provinceOutlined.append(selected && m_outlineSelected);
    }
    auto flags = [](std::size_t n, const std::vector<std::uint32_t>& chosen) {
        QVariantList out;
        std::vector<bool> on(n, false);
        for (std::uint32_t i : chosen)
            on[i] = true;
        for (bool b : on)
            out.append(b);
        return out;
    };
    m_areaVisible = flags(m_atlas->areas().size(), m_selection->areas);
    m_estateVisible = flags(m_atlas->estates().size(), m_selection->estates);
    m_areaFills.clear();
    for (const layers::EcoTownArea& a : m_atlas->areas())
        m_areaFills.append(stageFill(a.stage));
    m_estateFills.clear();
    for (const layers::IndustrialEstate& e : m_atlas->estates())
        m_estateFills.append(
            toQColor(layers::ieatLevelColor(e.ieatLevel ? &*e.ieatLevel : nullptr)));
    emit stylingChanged();
}

// --- labels ------------------------------------------------------------------------------------

void MapPresenter::updateLabels(double zoom, double centerLon, double centerLat, double width,
                                double height) {
    if (!m_atlas || !m_selection)
        return;
    struct Candidate {
        double lon, lat;
        QString text;
        QString kind;
        double size;
    };
    std::vector<Candidate> candidates;  // in priority order
    for (std::uint32_t i : m_selection->areas) {
        if (zoom < 7.5)
            break;  // area names are long: only once there is room
        const auto& a = m_atlas->areas()[i];
        candidates.push_back({a.labelPoint.x, a.labelPoint.y, nameIn(m_thai, a.nameEn, a.nameTh),
                              QStringLiteral("area"), 12});
    }
    std::vector<std::size_t> order(m_atlas->provinces().size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // larger provinces first: their labels matter most when zoomed out
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& ea = m_atlas->provinces()[a].extent;
        const auto& eb = m_atlas->provinces()[b].extent;
        return (ea.maxX - ea.minX) * (ea.maxY - ea.minY) >
               (eb.maxX - eb.minX) * (eb.maxY - eb.minY);
    });
    for (std::size_t i : order) {
        const auto& p = m_atlas->provinces()[i];
        candidates.push_back({p.labelPoint.x, p.labelPoint.y, nameIn(m_thai, p.nameEn, p.nameTh),
                              QStringLiteral("province"), 11});
    }
    if (zoom >= 10) {
        for (std::uint32_t i : m_selection->estates) {
            const auto& e = m_atlas->estates()[i];
            candidates.push_back({e.labelPoint.x, e.labelPoint.y,
                                  nameIn(m_thai, e.nameEn, e.nameTh), QStringLiteral("estate"),
                                  10});
        }
    }
    const double worldPx = 256.0 * std::pow(2.0, zoom);
    const double cx = FactoryPoints::mercatorX(centerLon) * worldPx,
                 cy = FactoryPoints::mercatorY(centerLat) * worldPx;
    std::vector<QRectF> placed;
    QVariantList out;
    for (const Candidate& c : candidates) {
        const double x = FactoryPoints::mercatorX(c.lon) * worldPx - cx + width / 2;
        const double y = FactoryPoints::mercatorY(c.lat) * worldPx - cy + height / 2;
        const double w = labelWidth(c.text, c.size), h = c.size * 1.6;
        const QRectF r(x - w / 2, y - h / 2, w, h);
        if (r.right() < 0 || r.left() > width || r.bottom() < 0 || r.top() > height)
            continue;
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& o) { return o.intersects(r); }))
            continue;
        placed.push_back(r.adjusted(-2, -2, 2, 2));
        out.append(QVariantMap{{QStringLiteral("lon"), c.lon},
                               {QStringLiteral("lat"), c.lat},
                               {QStringLiteral("text"), c.text},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("size"), c.size}});
    }
    m_labels = out;
    emit labelsChanged();
}

}  // namespace ecotown::gui
