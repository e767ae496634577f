#pragma once
// What a province factsheet (`ecotown-cli report`) says, as plain data: the province, its counts
// (the same Statistics `ecotown-cli stats --province X` prints), Green Industry certificates by
// level and fiscal year, its eco-town areas and industrial estates, and the KPI lines that apply
// to a province (the ones the atlas computes; national targets are shown, not judged).

#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"
#include "layers/Kpi.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::layers {

struct ProvinceFactsheet {
    std::size_t province = 0;  // index into Atlas::provinces()
    Filter filter;             // the province alone
    Selection selection;
    Statistics statistics;  // grouped by province: the total is the province's
    // Green Industry certificates of the province's factories: [level 1..5] -> fiscal year -> n.
    std::array<std::map<int, std::int64_t>, 6> giByLevelYear;
    std::vector<int> years;              // every fiscal year with a certificate, ascending
    std::vector<std::uint32_t> areas;    // indices, in the atlas's order
    std::vector<std::uint32_t> estates;  // indices, in the atlas's order
    KpiReport kpi;                       // the computed indicators, for `kpiYears`
};

// The factsheet of province `province`; `book` may be null (no KPI lines).
ProvinceFactsheet provinceFactsheet(const Atlas& atlas, std::size_t province, const KpiBook* book,
                                    IntRange kpiYears = {2018, 2021});

}  // namespace ecotown::layers
