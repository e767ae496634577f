#include "app/gui/AreaTableModel.hpp"

#include "app/gui/QtText.hpp"

namespace ecotown::gui {

int AreaTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_areas.size());
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const {
    if (!m_atlas || !index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const layers::EcoTownArea& a = m_atlas->areas()[m_areas[static_cast<std::size_t>(index.row())]];
    switch (role) {
        case IdRole:
            return qs(a.id);
        case Qt::DisplayRole:
        case NameRole:
            return nameIn(m_thai, a.nameEn, a.nameTh);
        case ProvinceRole: {
            if (a.province < 0)
                return QString();
            const auto& p = m_atlas->provinces()[static_cast<std::size_t>(a.province)];
            return m_thai ? qs(p.nameTh) : qs(p.nameEn);
        }
        case StageRole:
            return stageNumber(a.stage);
        case PhaseRole:
            return a.phase;
        case ColorRole:
            return stageFill(a.stage);
        case AreaIndexRole:
            return static_cast<int>(m_areas[static_cast<std::size_t>(index.row())]);
        default:
            return {};
    }
}

QHash<int, QByteArray> AreaTableModel::roleNames() const {
    return {{IdRole, "areaId"},          {NameRole, "name"},   {ProvinceRole, "province"},
            {StageRole, "stage"},        {PhaseRole, "phase"}, {ColorRole, "stageColor"},
            {AreaIndexRole, "areaIndex"}};
}

void AreaTableModel::reset(const layers::Atlas* atlas, std::vector<std::uint32_t> areas,
                           bool thai) {
    beginResetModel();
    m_atlas = atlas;
    m_areas = std::move(areas);
    m_thai = thai;
    endResetModel();
}

int AreaTableModel::rowOfArea(int areaIndex) const {
    for (std::size_t i = 0; i < m_areas.size(); ++i) {
        if (static_cast<int>(m_areas[i]) == areaIndex)
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace ecotown::gui
