#pragma once
// The outline of the area under the pointer, drawn over the areas as one small scene-graph node
// of triangles (a band `lineWidth` pixels wide along each ring). Moving the pointer into another
// area replaces a few hundred vertices; a Qt Location MapPolygon whose border changes
// re-tessellates its outline on the GUI thread instead (milliseconds for a province-sized area).
// The band is rebuilt per half zoom level, so that its width stays about the same on screen.

#include <QColor>
#include <cstdint>
#include <memory>
#include <vector>

#include "app/gui/MapOverlay.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::gui {

class HighlightLayer : public MapOverlay {
    Q_OBJECT
    // The area index (layers::Atlas::areas()) to outline; -1: none.
    Q_PROPERTY(int area READ area WRITE setArea NOTIFY areaChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(double lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)
    // Vertices drawn now (for tests: 0 when nothing is outlined).
    Q_PROPERTY(int vertexCount READ vertexCount NOTIFY areaChanged)

  public:
    explicit HighlightLayer(QQuickItem* parent = nullptr);

    int area() const { return m_area; }
    void setArea(int area);
    QColor color() const { return m_color; }
    void setColor(const QColor& c);
    double lineWidth() const { return m_lineWidth; }
    void setLineWidth(double w);
    int vertexCount() const;
    void setAtlas(std::shared_ptr<const layers::Atlas> atlas);

  signals:
    void areaChanged();
    void colorChanged();
    void lineWidthChanged();

  protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;

  private:
    const geo::Geometry* shape() const;  // the outlined area's, or null
    const std::vector<float>& trianglesForBucket(int bucket);

    std::shared_ptr<const layers::Atlas> m_atlas;
    int m_area = -1;
    QColor m_color = Qt::black;
    double m_lineWidth = 2.5;
    std::vector<float> m_triangles;  // x, y per vertex, world units from FactoryPoints' origin
    int m_drawnBucket = -1;          // the half zoom level drawn; -1: draw anew
    bool m_colorDirty = true;
};

}  // namespace ecotown::gui
