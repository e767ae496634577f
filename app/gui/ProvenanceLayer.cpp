#include "app/gui/ProvenanceLayer.hpp"

#include <cmath>

#include "app/gui/FactoryPoints.hpp"
#include "layers/Provenance.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {

ProvenanceLayer::ProvenanceLayer(QQuickItem* parent) : MapOverlay(parent) {
    const layers::Rgba c = layers::mapStyle().uncertain;
    m_color = QColor(c.r, c.g, c.b, c.a);
}

void ProvenanceLayer::setColor(const QColor& c) {
    if (c == m_color)
        return;
    m_color = c;
    m_colorDirty = true;
    emit colorChanged();
    update();
}

void ProvenanceLayer::setAreas(std::shared_ptr<const layers::Atlas> atlas,
                               const std::vector<std::uint32_t>& areas) {
    m_atlas = std::move(atlas);
    m_hatched.clear();
    m_dashed.clear();
    if (m_atlas) {
        for (std::uint32_t i : areas) {
            const layers::EcoTownArea& a = m_atlas->areas()[i];
            if (layers::stageIsIllustrative(a))
                m_hatched.push_back(i);
            if (a.approximate)
                m_dashed.push_back(i);
        }
    }
    m_lines.clear();
    m_drawnBucket = -1;
    emit areasChanged();
    update();
}

// Hatching and dashes for the zoom bucket (half zoom levels), computed in longitude/latitude
// (degrees per pixel at the bucket's zoom) and then projected: fine at Thailand's latitudes.
const std::vector<float>& ProvenanceLayer::linesForBucket(int bucket) {
    auto found = m_lines.find(bucket);
    if (found != m_lines.end())
        return found->second;
    std::vector<float>& out = m_lines[bucket];
    if (!m_atlas)
        return out;
    const double degreesPerPixel = 360.0 / (256.0 * std::pow(2.0, bucket / 2.0));
    const double ox = FactoryPoints::originX(), oy = FactoryPoints::originY();
    auto push = [&](const std::vector<geo::XY>& pairs) {
        for (const geo::XY& p : pairs) {
            out.push_back(static_cast<float>(FactoryPoints::mercatorX(p.x) - ox));
            out.push_back(static_cast<float>(FactoryPoints::mercatorY(p.y) - oy));
        }
    };
    const layers::MapStyle& st = layers::mapStyle();
    for (std::uint32_t i : m_hatched)
        push(layers::hatchSegments(m_atlas->areas()[i].shape, st.hatchSpacing * degreesPerPixel));
    for (std::uint32_t i : m_dashed)
        push(layers::dashSegments(m_atlas->areas()[i].shape, st.dashLength * degreesPerPixel,
                                  st.dashGap * degreesPerPixel));
    return out;
}

QSGNode* ProvenanceLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    return updateBucketedNode(
        old, QSGGeometry::DrawLines, m_color, m_colorDirty, m_drawnBucket,
        [this](int bucket) -> const std::vector<float>& { return linesForBucket(bucket); });
}

}  // namespace ecotown::gui
