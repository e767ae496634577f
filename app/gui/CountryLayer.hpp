#pragma once
// The neighbouring countries, the map's quiet background, as one scene-graph layer: their
// polygons triangulated once at load (geo::triangulate) and drawn with their outlines in two
// draw calls. Hundreds of MapPolygon items (Indonesia alone has 259 parts) each redo their
// geometry on the GUI thread at every camera change; this layer only takes a new matrix.

#include <QColor>
#include <memory>
#include <vector>

#include "app/gui/MapOverlay.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::gui {

// Triangles and outline segments in world units relative to FactoryPoints' origin.
struct CountryMesh {
    std::vector<float> triangles;  // x, y of three corners per triangle
    std::vector<float> outlines;   // x, y of two ends per segment

    // Every country but Thailand (drawn by its provinces). Throws geo::Error when GEOS fails.
    static CountryMesh of(const layers::Atlas& atlas);
};

class CountryLayer : public MapOverlay {
    Q_OBJECT
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor NOTIFY styleChanged)
    Q_PROPERTY(QColor outlineColor READ outlineColor WRITE setOutlineColor NOTIFY styleChanged)
    Q_PROPERTY(int triangleCount READ triangleCount NOTIFY meshChanged)

  public:
    explicit CountryLayer(QQuickItem* parent = nullptr);

    QColor fillColor() const { return m_fill; }
    void setFillColor(const QColor& c);
    QColor outlineColor() const { return m_outline; }
    void setOutlineColor(const QColor& c);
    int triangleCount() const;
    void setMesh(std::shared_ptr<const CountryMesh> mesh);

  signals:
    void styleChanged();
    void meshChanged();

  protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;

  private:
    std::shared_ptr<const CountryMesh> m_mesh;
    bool m_meshDirty = false, m_styleDirty = true;
    QColor m_fill, m_outline;  // layers::mapStyle()'s land and landOutline unless set
};

}  // namespace ecotown::gui
