#include "app/gui/MapOverlay.hpp"

#include <QGeoCoordinate>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <algorithm>
#include <cmath>
#include <cstring>

#include "app/gui/FactoryPoints.hpp"

namespace ecotown::gui {

MapOverlay::MapOverlay(QQuickItem* parent) : QQuickItem(parent) {
    setFlag(ItemHasContents, true);
}

void MapOverlay::setMap(QQuickItem* map) {
    if (m_map == map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map) {
        for (const char* sig :
             {SIGNAL(centerChanged(QGeoCoordinate)), SIGNAL(zoomLevelChanged(qreal)),
              SIGNAL(widthChanged()), SIGNAL(heightChanged()), SIGNAL(bearingChanged(qreal)),
              SIGNAL(tiltChanged(qreal))}) {
            connect(m_map, sig, this, SLOT(cameraChanged()));
        }
    }
    emit mapChanged();
    cameraChanged();
}

// Qt Location's Web-Mercator camera maps the world to 256 * 2^zoom pixels (measured exact for
// itemsoverlay, osm and mapboxgl), with the centre coordinate at the middle of the map item; the
// map is never rotated or tilted here.
void MapOverlay::cameraChanged() {
    if (!m_map)
        return;
    const QGeoCoordinate center = m_map->property("center").value<QGeoCoordinate>();
    const double zoom = m_map->property("zoomLevel").toDouble();
    if (!center.isValid() || !std::isfinite(zoom))
        return;
    m_zoom = zoom;
    m_scale = 256.0 * std::pow(2.0, zoom);
    const QPointF mapOrigin = m_map->mapToItem(this, QPointF(0, 0));
    m_offX = mapOrigin.x() + m_map->width() / 2 -
             (FactoryPoints::mercatorX(center.longitude()) - FactoryPoints::originX()) * m_scale;
    m_offY = mapOrigin.y() + m_map->height() / 2 -
             (FactoryPoints::mercatorY(center.latitude()) - FactoryPoints::originY()) * m_scale;
    update();
}

QMatrix4x4 MapOverlay::worldToItem() const {
    QMatrix4x4 m;
    m.translate(static_cast<float>(m_offX), static_cast<float>(m_offY));
    m.scale(static_cast<float>(m_scale), static_cast<float>(m_scale));
    return m;
}

QSGGeometryNode* MapOverlay::flatColourNode(QSGGeometry::DrawingMode mode) {
    auto* node = new QSGGeometryNode;
    auto* geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
    geometry->setDrawingMode(mode);
    geometry->setLineWidth(1);
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new QSGFlatColorMaterial);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

void MapOverlay::setVertices(QSGGeometryNode* node, const std::vector<float>& xy) {
    QSGGeometry* g = node->geometry();
    g->allocate(static_cast<int>(xy.size() / 2));
    if (!xy.empty())
        std::memcpy(g->vertexData(), xy.data(), xy.size() * sizeof(float));
    g->markVertexDataDirty();
    node->markDirty(QSGNode::DirtyGeometry);
}

void MapOverlay::setColour(QSGGeometryNode* node, const QColor& colour) {
    static_cast<QSGFlatColorMaterial*>(node->material())->setColor(colour);
    node->markDirty(QSGNode::DirtyMaterial);
}

QSGNode* MapOverlay::updateBucketedNode(
    QSGNode* old, QSGGeometry::DrawingMode mode, const QColor& colour, bool& colourDirty,
    int& drawnBucket, const std::function<const std::vector<float>&(int)>& vertices) {
    auto* transform = static_cast<QSGTransformNode*>(old);
    if (!transform) {
        transform = new QSGTransformNode;
        transform->appendChildNode(flatColourNode(mode));
        colourDirty = true;
        drawnBucket = -1;
    }
    transform->setMatrix(worldToItem());
    auto* node = static_cast<QSGGeometryNode*>(transform->firstChild());
    if (colourDirty) {
        setColour(node, colour);
        colourDirty = false;
    }
    const int bucket = std::max(0, static_cast<int>(std::floor(zoomLevel() * 2)));
    if (bucket != drawnBucket) {
        setVertices(node, vertices(bucket));
        drawnBucket = bucket;
    }
    return transform;
}

}  // namespace ecotown::gui
