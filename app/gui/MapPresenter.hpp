#pragma once
// What the QML map draws of the atlas's polygons: their parts (built once per load), their
// styling for the current selection (fills, which are kept, which provinces are selected; only
// bindings re-evaluate when it changes), the map style, and the labels that fit the view.
// Pure Qt at the surface; the atlas and the selection belong to the AtlasController.

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <cstdint>
#include <memory>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::gui {

class MapPresenter : public QObject {
    Q_OBJECT
    // layers::mapStyle() for the QML map: colours as colours, widths and opacities as numbers.
    Q_PROPERTY(QVariantMap style READ style CONSTANT)
    Q_PROPERTY(QVariantList provinceParts READ provinceParts NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList areaParts READ areaParts NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList estateParts READ estateParts NOTIFY geometryChanged)
    // Per province / area / estate index: fill colour and whether the filter keeps it.
    Q_PROPERTY(QVariantList provinceFills READ provinceFills NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList provinceSelected READ provinceSelected NOTIFY stylingChanged)
    // Per province: selected by a filter naming provinces or regions (drawn with a strong outline).
    Q_PROPERTY(QVariantList provinceOutlined READ provinceOutlined NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList areaVisible READ areaVisible NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList estateVisible READ estateVisible NOTIFY stylingChanged)
    // Per area / estate index: its fill for the stage (IEAT level) in force, so that the year
    // slider re-colours without rebuilding the parts.
    Q_PROPERTY(QVariantList areaFills READ areaFills NOTIFY stylingChanged)
    Q_PROPERTY(QVariantList estateFills READ estateFills NOTIFY stylingChanged)
    Q_PROPERTY(int mapPartCount READ mapPartCount NOTIFY geometryChanged)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY labelsChanged)
    Q_PROPERTY(
        bool shadeProvinces READ shadeProvinces WRITE setShadeProvinces NOTIFY stylingChanged)

  public:
    using QObject::QObject;

    static QVariantMap style();
    QVariantList provinceParts() const { return m_provinceParts; }
    QVariantList areaParts() const { return m_areaParts; }
    QVariantList estateParts() const { return m_estateParts; }
    QVariantList provinceFills() const { return m_provinceFills; }
    QVariantList provinceSelected() const { return m_provinceSelected; }
    QVariantList provinceOutlined() const { return m_provinceOutlined; }
    QVariantList areaVisible() const { return m_areaVisible; }
    QVariantList estateVisible() const { return m_estateVisible; }
    QVariantList areaFills() const { return m_areaFills; }
    QVariantList estateFills() const { return m_estateFills; }
    // All polygon parts the map builds items for (provinces, areas, estates).
    int mapPartCount() const;
    QVariantList labels() const { return m_labels; }
    bool shadeProvinces() const { return m_shadeProvinces; }
    void setShadeProvinces(bool on);

    // A newly loaded atlas: rebuilds every part. `selection` must outlive the presenter's use.
    void setAtlas(std::shared_ptr<const layers::Atlas> atlas, const layers::Selection* selection);
    // The selection changed; `factoriesPerProvince` (per province index) shades provinces;
    // `outlineSelected`: the filter names provinces or regions.
    void selectionChanged(std::vector<std::int64_t> factoriesPerProvince, bool outlineSelected);
    void setThai(bool thai) { m_thai = thai; }

    // Recomputes which labels show at this zoom (no overlaps) for a view of this size.
    Q_INVOKABLE void updateLabels(double zoom, double centerLon, double centerLat, double width,
                                  double height);

  signals:
    void geometryChanged();
    void stylingChanged();
    void labelsChanged();

  private:
    void rebuildGeometry();
    void rebuildStyling();

    std::shared_ptr<const layers::Atlas> m_atlas;
    const layers::Selection* m_selection = nullptr;
    std::vector<std::int64_t> m_factoriesPerProvince;
    QVariantList m_provinceParts, m_areaParts, m_estateParts, m_labels;
    QVariantList m_provinceFills, m_provinceSelected, m_provinceOutlined, m_areaVisible,
        m_estateVisible, m_areaFills, m_estateFills;
    bool m_shadeProvinces = false;
    bool m_outlineSelected = false;
    bool m_thai = false;
};

}  // namespace ecotown::gui
