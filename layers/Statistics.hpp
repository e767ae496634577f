#pragma once
// Counts for the current selection: areas per stage and phase, estates per IEAT eco level, and
// factories per certification, grouped by province, area, region or stage. Rows add up to the
// total: things that fall in no group (a factory outside every area, a point outside every
// province) are counted in a row whose key is empty ("none").

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

enum class GroupBy : std::uint8_t { Province, Area, Region, Stage };
std::string_view groupByName(GroupBy by);  // "province", "area", "region", "stage"
std::optional<GroupBy> groupByFromName(std::string_view name);

// Factory counts of one group.
struct FactoryCounts {
    std::int64_t factories = 0;  // selected factories
    // By Green Industry level as of the selection's year: [0] = no GI, [1..5] = level.
    std::array<std::int64_t, 6> giLevel{};
    std::int64_t withGi = 0;      // levels 1-5 together
    std::int64_t ecoFactory = 0;  // holding Eco Factory as of the year
    std::int64_t csrDiw = 0;      // holding CSR-DIW as of the year
    // Certificates of the selected factories granted in the selection's years (all years when
    // none): Green Industry by level [1..5] ([0] unused), and the other two types.
    std::array<std::int64_t, 6> giCertificates{};
    std::int64_t ecoFactoryCertificates = 0;
    std::int64_t csrDiwCertificates = 0;
};

struct StatisticsRow {
    std::string key;  // "TH-20", "ETA-01", "east", "3"; empty: in no group
    std::string nameEn;
    std::string nameTh;
    // Provinces: counted in province and region rows only (an area row has none).
    std::int64_t provinces = 0;
    std::int64_t areas = 0;
    std::int64_t estates = 0;  // by the estate's province; in area/stage rows by its area
    FactoryCounts counts;
};

struct Statistics {
    GroupBy groupBy = GroupBy::Province;
    int asOfYear = 0;
    std::optional<IntRange> years;
    std::vector<StatisticsRow> rows;  // in the atlas's order; groups with nothing selected included
    StatisticsRow total;              // key "total"
    std::array<std::int64_t, 6> areasByStage{};       // [1..5]; [0] none (not assessed)
    std::array<std::int64_t, 4> areasByPhase{};       // [0] unknown, [1..3]
    std::array<std::int64_t, 4> estatesByEcoLevel{};  // [0] none, [1..3] IeatEcoLevel
};

// The selected factories' counts by the province and the area they lie in: every grouping is
// assembled from these cells (kNoIndex = outside every province / area). A database computes
// them where the factories are (GROUP BY) instead of sending the factories.
struct FactoryCell {
    std::int32_t province = kNoIndex;
    std::int32_t area = kNoIndex;
    FactoryCounts counts;
};
std::vector<FactoryCell> factoryCells(const Atlas& atlas, const Selection& selection);

Statistics computeStatistics(const Atlas& atlas, const Selection& selection, GroupBy by);
// The same, with the factories' part given as cells (selection.factories is not used).
Statistics computeStatistics(const Atlas& atlas, const Selection& selection, GroupBy by,
                             const std::vector<FactoryCell>& cells);

// The statistics as JSON text (what `ecotown-cli stats --json` prints).
std::string statisticsToJson(const Statistics& stats, int indent = 2);
// A plain-text table, one row per group (what `ecotown-cli stats` prints).
std::string statisticsToText(const Statistics& stats);

}  // namespace ecotown::layers
