#pragma once
// What the map is not sure of, drawn over the areas as one scene-graph layer of lines: the
// selected areas whose stage is illustrative hatched, those whose outline is approximate (a
// circle around a reference point) with a dashed outline (layers/Provenance.hpp). Hatch spacing
// and dash length stay about the same on screen: the lines are rebuilt per half zoom level.

#include <QColor>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "app/gui/MapOverlay.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::gui {

class ProvenanceLayer : public MapOverlay {
    Q_OBJECT
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(int hatchedAreas READ hatchedAreas NOTIFY areasChanged)
    Q_PROPERTY(int dashedAreas READ dashedAreas NOTIFY areasChanged)

  public:
    explicit ProvenanceLayer(QQuickItem* parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor& c);
    int hatchedAreas() const { return static_cast<int>(m_hatched.size()); }
    int dashedAreas() const { return static_cast<int>(m_dashed.size()); }
    // The areas to draw (the selection's); `atlas` is kept.
    void setAreas(std::shared_ptr<const layers::Atlas> atlas,
                  const std::vector<std::uint32_t>& areas);

  signals:
    void colorChanged();
    void areasChanged();

  protected:
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData*) override;

  private:
    const std::vector<float>& linesForBucket(int bucket);

    std::shared_ptr<const layers::Atlas> m_atlas;
    std::vector<std::uint32_t> m_hatched, m_dashed;  // area indices
    std::map<int, std::vector<float>> m_lines;       // per half zoom level: x, y per line end
    int m_drawnBucket = -1;
    bool m_colorDirty = true;
    QColor m_color;  // layers::mapStyle().uncertain unless set
};

}  // namespace ecotown::gui
