#pragma once
// The areas matching the filter, for the side panel's table (selection syncs with the map).

#include <QAbstractListModel>
#include <cstdint>
#include <vector>

#include "layers/Atlas.hpp"

namespace ecotown::gui {

class AreaTableModel : public QAbstractListModel {
    Q_OBJECT
  public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProvinceRole,
        StageRole,
        PhaseRole,
        ColorRole,
        AreaIndexRole
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // `atlas` must outlive the model or the next reset.
    void reset(const layers::Atlas* atlas, std::vector<std::uint32_t> areas, bool thai);
    Q_INVOKABLE int rowOfArea(int areaIndex) const;

  private:
    const layers::Atlas* m_atlas = nullptr;
    std::vector<std::uint32_t> m_areas;
    bool m_thai = false;
};

}  // namespace ecotown::gui
