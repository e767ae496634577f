#include "app/gui/HighlightLayer.hpp"

#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <cmath>

#include "app/gui/FactoryPoints.hpp"

namespace ecotown::gui {

HighlightLayer::HighlightLayer(QQuickItem* parent) : MapOverlay(parent) {}

void HighlightLayer::setArea(int area) {
    if (area == m_area)
        return;
    m_area = area;
    m_dirty = true;
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
    m_dirty = true;
    emit lineWidthChanged();
    update();
}

void HighlightLayer::setAtlas(std::shared_ptr<const layers::Atlas> atlas) {
    m_atlas = std::move(atlas);
    m_dirty = true;
    update();
}

int HighlightLayer::vertexCount() const {
    if (!m_atlas || m_area < 0 || static_cast<std::size_t>(m_area) >= m_atlas->areas().size())
        return 0;
    // What rebuild() makes: six per segment of positive length (counted here, on the GUI
    // thread, not read from the render thread's vertices).
    const geo::Geometry& shape = m_atlas->areas()[static_cast<std::size_t>(m_area)].shape;
    int n = 0;
    std::size_t begin = 0;
    for (std::uint32_t end : shape.ringEnds) {
        for (std::size_t i = begin; i + 1 < end && i + 1 < shape.coords.size(); ++i) {
            if (shape.coords[i].x != shape.coords[i + 1].x ||
                shape.coords[i].y != shape.coords[i + 1].y)
                n += 6;
        }
        begin = end;
    }
    return n;
}

// Two triangles per segment of every ring: the segment widened by half the line width on each
// side (in world units at the bucket's zoom). Corners are not joined: at two or three pixels the
// gaps do not show.
void HighlightLayer::rebuild(int bucket) {
    m_triangles.clear();
    m_builtBucket = bucket;
    m_dirty = false;
    if (!m_atlas || m_area < 0 || static_cast<std::size_t>(m_area) >= m_atlas->areas().size())
        return;
    const geo::Geometry& shape = m_atlas->areas()[static_cast<std::size_t>(m_area)].shape;
    const double half = m_lineWidth / 2 / (256.0 * std::pow(2.0, bucket / 2.0));
    const double ox = FactoryPoints::originX(), oy = FactoryPoints::originY();
    std::size_t begin = 0;
    for (std::uint32_t end : shape.ringEnds) {
        for (std::size_t i = begin; i + 1 < end && i + 1 < shape.coords.size(); ++i) {
            const double x0 = FactoryPoints::mercatorX(shape.coords[i].x) - ox;
            const double y0 = FactoryPoints::mercatorY(shape.coords[i].y) - oy;
            const double x1 = FactoryPoints::mercatorX(shape.coords[i + 1].x) - ox;
            const double y1 = FactoryPoints::mercatorY(shape.coords[i + 1].y) - oy;
            const double len = std::hypot(x1 - x0, y1 - y0);
            if (!(len > 0))
                continue;
            const double nx = -(y1 - y0) / len * half, ny = (x1 - x0) / len * half;
            const float quad[6][2] = {
                {static_cast<float>(x0 + nx), static_cast<float>(y0 + ny)},
                {static_cast<float>(x0 - nx), static_cast<float>(y0 - ny)},
                {static_cast<float>(x1 + nx), static_cast<float>(y1 + ny)},
                {static_cast<float>(x1 + nx), static_cast<float>(y1 + ny)},
                {static_cast<float>(x0 - nx), static_cast<float>(y0 - ny)},
                {static_cast<float>(x1 - nx), static_cast<float>(y1 - ny)}};
            for (const auto& v : quad) {
                m_triangles.push_back(v[0]);
                m_triangles.push_back(v[1]);
            }
        }
        begin = end;
    }
}

QSGNode* HighlightLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    auto* transform = static_cast<QSGTransformNode*>(old);
    if (!transform) {
        transform = new QSGTransformNode;
        transform->appendChildNode(flatColourNode(QSGGeometry::DrawTriangles));
        m_colorDirty = true;
        m_dirty = true;
    }
    transform->setMatrix(worldToItem());
    auto* node = static_cast<QSGGeometryNode*>(transform->firstChild());
    if (m_colorDirty) {
        setColour(node, m_color);
        m_colorDirty = false;
    }
    const int bucket = std::max(0, static_cast<int>(std::floor(zoomLevel() * 2)));
    if (m_dirty || bucket != m_builtBucket) {
        rebuild(bucket);
        setVertices(node, m_triangles);
    }
    return transform;
}

}  // namespace ecotown::gui
