#include "app/gui/HighlightLayer.hpp"

#include <cmath>
#include <utility>

#include "app/gui/FactoryPoints.hpp"

namespace ecotown::gui {

HighlightLayer::HighlightLayer(QQuickItem* parent) : MapOverlay(parent) {}

void HighlightLayer::setArea(int area) {
    if (area == m_area)
        return;
    m_area = area;
    m_drawnBucket = -1;
    emit areaChanged();
    update();
}

void HighlightLayer::setColor(const QColor& c) {
    if (c == m_color)
        return;
    m_color = c;
    m_colorDirty = true;
    emit colorChanged();
    update();
}

void HighlightLayer::setLineWidth(double w) {
    if (w == m_lineWidth)
        return;
    m_lineWidth = w;
    m_drawnBucket = -1;
    emit lineWidthChanged();
    update();
}

void HighlightLayer::setAtlas(std::shared_ptr<const layers::Atlas> atlas) {
    m_atlas = std::move(atlas);
    m_drawnBucket = -1;
    update();
}

const geo::Geometry* HighlightLayer::shape() const {
    if (!m_atlas || m_area < 0 || static_cast<std::size_t>(m_area) >= m_atlas->areas().size())
        return nullptr;
    return &m_atlas->areas()[static_cast<std::size_t>(m_area)].shape;
}

// Each segment of positive length of every ring of `shape`, in world units from FactoryPoints'
// origin: visit(x0, y0, x1, y1).
template <typename Visit>
static void forEachSegment(const geo::Geometry& shape, Visit&& visit) {
    const double ox = FactoryPoints::originX(), oy = FactoryPoints::originY();
    std::size_t begin = 0;
    for (std::uint32_t end : shape.ringEnds) {
        for (std::size_t i = begin; i + 1 < end && i + 1 < shape.coords.size(); ++i) {
            const geo::XY a = shape.coords[i], b = shape.coords[i + 1];
            if (a.x == b.x && a.y == b.y)
                continue;
            visit(FactoryPoints::mercatorX(a.x) - ox, FactoryPoints::mercatorY(a.y) - oy,
                  FactoryPoints::mercatorX(b.x) - ox, FactoryPoints::mercatorY(b.y) - oy);
        }
        begin = end;
    }
}

int HighlightLayer::vertexCount() const {
    int n = 0;
    if (const geo::Geometry* g = shape())
        forEachSegment(*g, [&](double, double, double, double) { n += 6; });
    return n;
}

// Two triangles per segment of every ring: the segment widened by half the line width on each
// side (in world units at the bucket's zoom). Corners are not joined: at two or three pixels the
// gaps do not show.
const std::vector<float>& HighlightLayer::trianglesForBucket(int bucket) {
    m_triangles.clear();
    const geo::Geometry* g = shape();
    if (!g)
        return m_triangles;
    const double half = m_lineWidth / 2 / (256.0 * std::pow(2.0, bucket / 2.0));
    forEachSegment(*g, [&](double x0, double y0, double x1, double y1) {
        const double len = std::hypot(x1 - x0, y1 - y0);
        const double nx = -(y1 - y0) / len * half, ny = (x1 - x0) / len * half;
        for (const auto& [x, y] : {std::pair{x0 + nx, y0 + ny},
                                   {x0 - nx, y0 - ny},
                                   {x1 + nx, y1 + ny},
                                   {x1 + nx, y1 + ny},
                                   {x0 - nx, y0 - ny},
                                   {x1 - nx, y1 - ny}}) {
            m_triangles.push_back(static_cast<float>(x));
            m_triangles.push_back(static_cast<float>(y));
        }
    });
    return m_triangles;
}

QSGNode* HighlightLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    return updateBucketedNode(
        old, QSGGeometry::DrawTriangles, m_color, m_colorDirty, m_drawnBucket,
        [this](int bucket) -> const std::vector<float>& { return trianglesForBucket(bucket); });
}

}  // namespace ecotown::gui
