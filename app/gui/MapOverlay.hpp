#pragma once
// A QQuickItem drawn inside the QML Map in the map's Web-Mercator world units (FactoryPoints'
// local origin): the map's camera becomes one matrix (scale and offset) for a QSGTransformNode,
// so that panning and zooming change nothing but that matrix. Base of the factory and country
// layers.

#include <QColor>
#include <QMatrix4x4>
#include <QPointer>
#include <QQuickItem>
#include <QSGGeometry>
#include <functional>
#include <vector>

class QSGGeometryNode;

namespace ecotown::gui {

class MapOverlay : public QQuickItem {
    Q_OBJECT
    // The QML Map this layer is drawn in (for its camera).
    Q_PROPERTY(QQuickItem* map READ map WRITE setMap NOTIFY mapChanged)

  public:
    explicit MapOverlay(QQuickItem* parent = nullptr);

    QQuickItem* map() const { return m_map; }
    void setMap(QQuickItem* map);

  signals:
    void mapChanged();

  protected:
    // World units relative to FactoryPoints' origin -> this item's pixels, for the camera now.
    QMatrix4x4 worldToItem() const;
    double zoomLevel() const { return m_zoom; }
    // A node of 2-D vertices drawn in one flat colour (triangles or lines), owning both.
    static QSGGeometryNode* flatColourNode(QSGGeometry::DrawingMode mode);
    // Replaces the node's vertices with `xy` (x, y per vertex).
    static void setVertices(QSGGeometryNode* node, const std::vector<float>& xy);
    static void setColour(QSGGeometryNode* node, const QColor& colour);
    // The whole paint node of a layer drawn in one flat colour whose vertices depend on the half
    // zoom level (widths and spacings that stay about the same on screen): a transform node with
    // one geometry node. `vertices(bucket)` is asked for when the half zoom level is not
    // `drawnBucket` (set it to -1 for new vertices), the colour is set when `colourDirty`.
    QSGNode* updateBucketedNode(QSGNode* old, QSGGeometry::DrawingMode mode, const QColor& colour,
                                bool& colourDirty, int& drawnBucket,
                                const std::function<const std::vector<float>&(int)>& vertices);

  private slots:
    void cameraChanged();

  private:
    QPointer<QQuickItem> m_map;
    double m_scale = 1, m_offX = 0, m_offY = 0;
    double m_zoom = 0;
};

}  // namespace ecotown::gui
