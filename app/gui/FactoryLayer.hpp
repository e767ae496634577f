#pragma once
// One scene-graph layer that draws every selected factory in one pass (GL_POINTS with a round
// point sprite), placed inside the QML Map. Per frame only a 4x4 matrix changes: the points are
// uploaded when the selection or the aggregation level changes.

#include "app/gui/FactoryPoints.hpp"
#include "app/gui/MapOverlay.hpp"

namespace ecotown::gui {

class FactoryLayer : public MapOverlay {
    Q_OBJECT
    Q_PROPERTY(int drawnPoints READ drawnPoints NOTIFY drawnPointsChanged)

  public:
    explicit FactoryLayer(QQuickItem* parent = nullptr);

    int drawnPoints() const { return m_drawnPoints; }
    // The points to draw; owned by the controller, which calls pointsChanged() after a rebuild.
    void setPoints(const FactoryPoints* points);

  public slots:
    void pointsChanged();

  signals:
    void drawnPointsChanged();

  protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;

  private:
    const FactoryPoints* m_points = nullptr;
    std::uint64_t m_uploadedVersion = ~0ull;
    int m_uploadedZoom = -100;
    int m_drawnPoints = 0;
};

}  // namespace ecotown::gui
