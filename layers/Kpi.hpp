#pragma once
// The Ministry of Industry's KPIs for the programme (data/kpi_targets.csv) against their actuals,
// indicator by indicator and fiscal year. An actual is computed from the atlas where it holds the
// fact (new Green Industry operators, estates at Eco-Champion or above), taken from the stage
// history of the areas (areas that entered or moved up a stage), or recorded by hand (the
// `kpi_actuals` table: waste tonnages, monitoring networks, inspections). Where there is no
// actual the line says so: a number is never made up for it.
//
// The targets and recorded actuals live as the attribute tables `kpi_targets` and `kpi_actuals`
// of the atlas's GeoPackage (written by `sample` from data/, docs/DATASET.md).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

// Where an indicator's actual comes from.
enum class KpiActualFrom : std::uint8_t { Atlas, StageHistory, Recorded };
std::string_view kpiActualFromName(KpiActualFrom from);  // "atlas", "stage_history", "recorded"

// Per year: the target is what is done in that fiscal year; cumulative: what stands at its end.
enum class KpiMeasure : std::uint8_t { PerYear, Cumulative };

inline constexpr const char* kKpiNewGreenIndustryOperators = "new_green_industry_operators";
inline constexpr const char* kKpiEcoChampionEstates = "eco_champion_estates";
inline constexpr const char* kKpiAreasDeveloped = "eco_town_areas_developed";

struct KpiIndicator {
    std::string id;  // "new_green_industry_operators"
    std::string nameEn;
    std::string nameTh;
    std::string unit;
    KpiMeasure measure = KpiMeasure::PerYear;
    KpiActualFrom actualFrom = KpiActualFrom::Recorded;
    std::map<int, double> targets;  // fiscal year CE -> target (a minimum)
};

struct KpiRecordedActual {
    std::string indicator;
    int fiscalYear = 0;  // CE
    double value = 0;
    std::string status;
    std::string source;
};

// The targets and the recorded actuals of one GeoPackage.
struct KpiBook {
    std::string file;
    std::vector<KpiIndicator> indicators;  // in the table's order
    std::vector<KpiRecordedActual> actuals;

    const KpiIndicator* find(std::string_view id) const;
};

// Reads the kpi_targets and kpi_actuals tables. Throws InputError naming the file when it has no
// kpi_targets table or a row cannot be used (an unknown actual_from, a year that is not a number).
KpiBook loadKpiBook(const std::string& gpkgPath);

// One indicator in one fiscal year.
struct KpiLine {
    const KpiIndicator* indicator = nullptr;
    int fiscalYear = 0;  // CE
    std::optional<double> target;
    std::optional<double> actual;      // nullopt: no data
    std::optional<double> difference;  // actual - target, when both exist
    std::optional<bool> met;           // actual >= target; nullopt when it cannot be said
    std::string note;                  // why there is no actual or no verdict
};

struct KpiReport {
    IntRange years;
    bool filtered = false;       // a geographic filter applies
    std::vector<KpiLine> lines;  // indicator by indicator (book order), then year
};

// New Green Industry operators by fiscal year: selected factories counted in the year of their
// first Green Industry certificate. One pass over the selection.
std::map<int, std::int64_t> newGreenIndustryOperatorsByYear(const Atlas& atlas,
                                                            const Selection& selection);
// Selected estates whose IEAT eco level (Eco-Champion or above) was granted in or before `year`.
std::int64_t estatesAtEcoChampionOrAbove(const Atlas& atlas, const Selection& selection, int year);

// Areas that entered the programme or moved up a stage in fiscal year `year`, from the stage
// history of the areas. nullopt when the atlas has no stage history (kNoStageHistory says so).
std::optional<std::int64_t> areasAdvancedInYear(const Atlas& atlas, const Selection& selection,
                                                int year);
inline constexpr const char* kNoStageHistory = "no stage history in this dataset";

// Every indicator of `book` for every year of `years`. `filtered`: the selection is a geographic
// part of the country, so national targets get no verdict and recorded (national) actuals are
// not shown.
KpiReport computeKpi(const Atlas& atlas, const Selection& selection, const KpiBook& book,
                     IntRange years, bool filtered);

// What `ecotown-cli kpi` prints: a table (text), CSV or JSON. Numbers independent of the locale.
std::string kpiToText(const KpiReport& report);
std::string kpiToCsv(const KpiReport& report);
std::string kpiToJson(const KpiReport& report, int indent = 2);

// Stores a recorded actual in the kpi_actuals table of the GeoPackage in one transaction.
// Throws UsageError when the indicator is unknown or its actual is not recorded (it is computed),
// or the value is negative or not finite; OutputError when a value for that indicator and year
// exists and `overwrite` is not set (nothing changes). Returns true when it replaced a value.
bool recordKpiActual(const std::string& gpkgPath, const KpiBook& book,
                     const KpiRecordedActual& actual, bool overwrite);

// A number as the KPI outputs print it: integers without decimals, others with up to two.
std::string kpiNumber(double value);

}  // namespace ecotown::layers
