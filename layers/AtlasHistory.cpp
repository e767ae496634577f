// The Atlas's history of stages and IEAT levels (layers/History.hpp): kept sorted so that the
// records of one area (estate) are a run ordered by fiscal year, then by when they were
// recorded; the record in force as of a year is then the last of the run not after that year.

#include <algorithm>
#include <tuple>
#include <utility>

#include "layers/Atlas.hpp"

namespace ecotown::layers {
namespace {

// Sorts `history` by owner (`owner(record)`), fiscal year and recordedAt, keeping the input
// order of records recorded at the same time (the later one wins), and drops records whose
// owner is not in [0, count).
template <class Record, class Owner>
void sortHistory(std::vector<Record>& history, std::size_t count, Owner owner) {
    std::erase_if(history, [&](const Record& r) {
        return owner(r) < 0 || static_cast<std::size_t>(owner(r)) >= count;
    });
    std::stable_sort(history.begin(), history.end(), [&](const Record& a, const Record& b) {
        return std::tie(owner(a), a.fiscalYear, a.recordedAt) <
               std::tie(owner(b), b.fiscalYear, b.recordedAt);
    });
}

// The last record of `who` with a fiscal year <= `year`; nullptr when none.
template <class Record, class Owner>
const Record* recordAsOf(const std::vector<Record>& history, std::size_t who, int year,
                         Owner owner) {
    const auto key = static_cast<std::int32_t>(who);
    // First record after (who, year): the one before it is in force when it is who's.
    const auto after = std::partition_point(history.begin(), history.end(), [&](const Record& r) {
        return owner(r) < key || (owner(r) == key && r.fiscalYear <= year);
    });
    if (after == history.begin())
        return nullptr;
    const Record& last = *std::prev(after);
    return owner(last) == key ? &last : nullptr;
}

constexpr int kLatest = 1 << 30;  // a year after every record

const std::int32_t& areaOf(const StageAssessment& r) {
    return r.area;
}
const std::int32_t& estateOf(const EstateAssessment& r) {
    return r.estate;
}

}  // namespace

void Atlas::setStageHistory(std::vector<StageAssessment> history) {
    sortHistory(history, m_areas.size(), areaOf);
    m_stageHistory = std::move(history);
    m_snapshotStages.clear();
    for (const EcoTownArea& a : m_areas)
        m_snapshotStages.push_back(a.stage);
    applyAsOf(m_asOf);
}

void Atlas::setEstateHistory(std::vector<EstateAssessment> history) {
    sortHistory(history, m_estates.size(), estateOf);
    m_estateHistory = std::move(history);
    m_snapshotLevels.clear();
    for (const IndustrialEstate& e : m_estates)
        m_snapshotLevels.emplace_back(e.ieatLevel, e.ieatLevelYear);
    applyAsOf(m_asOf);
}

const StageAssessment* Atlas::stageRecordAsOf(std::size_t area, int year) const {
    return recordAsOf(m_stageHistory, area, year, areaOf);
}

const EstateAssessment* Atlas::estateRecordAsOf(std::size_t estate, int year) const {
    return recordAsOf(m_estateHistory, estate, year, estateOf);
}

std::optional<DevelopmentStage> Atlas::stageAsOf(std::size_t area, int year) const {
    const StageAssessment* r = stageRecordAsOf(area, year);
    return r ? std::optional(r->stage) : std::nullopt;
}

std::optional<IeatEcoLevel> Atlas::ieatLevelAsOf(std::size_t estate, int year) const {
    const EstateAssessment* r = estateRecordAsOf(estate, year);
    return r ? std::optional(r->level) : std::nullopt;
}

void Atlas::applyAsOf(std::optional<int> year) {
    m_asOf = year;
    if (!m_stageHistory.empty() && m_snapshotStages.size() == m_areas.size()) {
        for (std::size_t i = 0; i < m_areas.size(); ++i) {
            const StageAssessment* r = stageRecordAsOf(i, year.value_or(kLatest));
            m_areas[i].stage = r      ? std::optional(r->stage)
                               : year ? std::nullopt
                                      : m_snapshotStages[i];
        }
    }
    if (!m_estateHistory.empty() && m_snapshotLevels.size() == m_estates.size()) {
        for (std::size_t i = 0; i < m_estates.size(); ++i) {
            IndustrialEstate& e = m_estates[i];
            if (const EstateAssessment* r = estateRecordAsOf(i, year.value_or(kLatest))) {
                e.ieatLevel = r->level;
                e.ieatLevelYear = r->fiscalYear;
            } else if (year) {
                e.ieatLevel.reset();
                e.ieatLevelYear = 0;
            } else {
                std::tie(e.ieatLevel, e.ieatLevelYear) = m_snapshotLevels[i];
            }
        }
    }
}

}  // namespace ecotown::layers
