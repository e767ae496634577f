#pragma once
// One scene-graph layer that draws every selected factory in one pass (GL_POINTS with a round
// point sprite), placed inside the QML Map. Per frame only a 4x4 matrix changes: the points are
// uploaded when the selection or the aggregation level changes.

#include <QPointer>
#include <QQuickItem>

#include "app/gui/FactoryPoints.hpp"

namespace ecotown::gui {

class FactoryLayer : public QQuickItem {
    Q_OBJECT
    // The QML Map this layer is drawn in (for its camera).
    Q_PROPERTY(QQuickItem* map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(int drawnPoints READ drawnPoints NOTIFY drawnPointsChanged)

  public:
    explicit FactoryLayer(QQuickItem* parent = nullptr);

    QQuickItem* map() const { return m_map; }
    void setMap(QQuickItem* map);
    int drawnPoints() const { return m_drawnPoints; }
    // The points to draw; owned by the controller, which calls pointsChanged() after a rebuild.
    void setPoints(const FactoryPoints* points);

  public slots:
    void pointsChanged();

  signals:
    void mapChanged();
    void drawnPointsChanged();

  protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;

  private slots:
    void cameraChanged();

  private:
    QPointer<QQuickItem> m_map;
    const FactoryPoints* m_points = nullptr;
    std::uint64_t m_uploadedVersion = ~0ull;
    int m_uploadedZoom = -100;
    double m_scale = 1, m_offX = 0, m_offY = 0;
    double m_zoom = 0;
    int m_drawnPoints = 0;
};

}  // namespace ecotown::gui
