#include "layers/Kpi.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "geo/Dataset.hpp"
#include "geo/GpkgRows.hpp"

namespace ecotown::layers {

namespace {

constexpr const char* kTargetsTable = "kpi_targets";
constexpr const char* kActualsTable = "kpi_actuals";

// The rows of an attribute table as maps from column name to value.
std::vector<std::map<std::string, geo::FieldValue>> readTable(const geo::Dataset& ds,
                                                              const std::string& table) {
    geo::ReadOptions options;
    options.requireCrs = false;
    geo::FeatureReader reader = ds.read(table, options);
    const geo::Schema& schema = reader.schema();
    std::vector<std::map<std::string, geo::FieldValue>> rows;
    geo::Feature f;
    while (reader.next(f)) {
        auto& row = rows.emplace_back();
        for (std::size_t i = 0; i < schema.fields.size() && i < f.values.size(); ++i)
            row[schema.fields[i].name] = f.values[i];
    }
    return rows;
}

std::string textOf(const std::map<std::string, geo::FieldValue>& row, const std::string& column) {
    const auto it = row.find(column);
    return it == row.end() ? std::string() : fieldText(it->second);
}

std::optional<double> numberOf(const std::map<std::string, geo::FieldValue>& row,
                               const std::string& column) {
    const auto it = row.find(column);
    return it == row.end() ? std::nullopt : fieldReal(it->second);
}

std::optional<KpiActualFrom> actualFromName(std::string_view name) {
    for (KpiActualFrom f :
         {KpiActualFrom::Atlas, KpiActualFrom::StageHistory, KpiActualFrom::Recorded}) {
        if (name == kpiActualFromName(f))
            return f;
    }
    return std::nullopt;
}

}  // namespace

std::string_view kpiActualFromName(KpiActualFrom from) {
    switch (from) {
        case KpiActualFrom::Atlas:
            return "atlas";
        case KpiActualFrom::StageHistory:
            return "stage_history";
        case KpiActualFrom::Recorded:
            return "recorded";
    }
    return "recorded";
}

const KpiIndicator* KpiBook::find(std::string_view id) const {
    for (const KpiIndicator& k : indicators) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

KpiBook loadKpiBook(const std::string& gpkgPath) {
    KpiBook book;
    book.file = gpkgPath;
    const geo::Dataset ds = geo::Dataset::open(gpkgPath);
    const std::vector<std::string> names = ds.layerNames();
    auto has = [&](const char* table) {
        return std::find(names.begin(), names.end(), table) != names.end();
    };
    if (!has(kTargetsTable)) {
        throw InputError(gpkgPath,
                         "has no kpi_targets table (rebuild it with `ecotown-cli sample`)",
                         kTargetsTable);
    }
    const auto targets = readTable(ds, kTargetsTable);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& row = targets[i];
        auto rowError = [&](const std::string& reason) {
            return InputError(gpkgPath, "row " + std::to_string(i + 1) + ": " + reason,
                              kTargetsTable);
        };
        const std::string id = textOf(row, "indicator_id");
        const auto year = numberOf(row, "fiscal_year_ce");
        const auto target = numberOf(row, "target");
        const auto from = actualFromName(textOf(row, "actual_from"));
        if (id.empty() || !year || !target || !from)
            throw rowError("needs indicator_id, fiscal_year_ce, target and a known actual_from");
        KpiIndicator* k = nullptr;
        for (KpiIndicator& existing : book.indicators) {
            if (existing.id == id)
                k = &existing;
        }
        if (!k) {
            k = &book.indicators.emplace_back();
            k->id = id;
            k->nameEn = textOf(row, "name_en");
            k->nameTh = textOf(row, "name_th");
            k->unit = textOf(row, "unit");
            k->measure = textOf(row, "measure") == "cumulative" ? KpiMeasure::Cumulative
                                                                : KpiMeasure::PerYear;
            k->actualFrom = *from;
        }
        k->targets[static_cast<int>(*year)] = *target;
    }
    if (has(kActualsTable)) {
        for (const auto& row : readTable(ds, kActualsTable)) {
            const auto year = numberOf(row, "fiscal_year_ce");
            const auto value = numberOf(row, "value");
            if (!year || !value)
                throw InputError(gpkgPath, "a row without a year or a value", kActualsTable);
            book.actuals.push_back(KpiRecordedActual{textOf(row, "indicator_id"),
                                                     static_cast<int>(*year), *value,
                                                     textOf(row, "status"), textOf(row, "source")});
        }
    }
    return book;
}

std::map<int, std::int64_t> newGreenIndustryOperatorsByYear(const Atlas& atlas,
                                                            const Selection& selection) {
    std::map<int, std::int64_t> out;
    const FactoryTable& factories = atlas.factories();
    const CertificateTable& certs = atlas.certificates();
    for (std::uint32_t f : selection.factories) {
        // Certificates are sorted by factory, then year: the first GI one is the earliest.
        for (std::uint32_t c = factories.certBegin[f]; c < factories.certBegin[f + 1]; ++c) {
            if (certs.type[c] == CertificationType::GreenIndustry) {
                ++out[certs.fiscalYear[c]];
                break;
            }
        }
    }
    return out;
}

std::int64_t estatesAtEcoChampionOrAbove(const Atlas& atlas, const Selection& selection, int year) {
    std::int64_t n = 0;
    for (std::uint32_t e : selection.estates) {
        const IndustrialEstate& estate = atlas.estates()[e];
        if (estate.ieatLevel && estate.ieatLevelYear > 0 && estate.ieatLevelYear <= year)
            ++n;
    }
    return n;
}

std::optional<std::int64_t> areasAdvancedInYear(const Atlas& atlas, const Selection& selection,
                                                int year) {
    // From the stage history: areas whose stage in force at `year` is higher than at year - 1,
    // or that were first assessed in `year`.
    if (atlas.stageHistory().empty())
        return std::nullopt;
    std::int64_t n = 0;
    for (std::uint32_t a : selection.areas) {
        const auto now = atlas.stageAsOf(a, year);
        const auto before = atlas.stageAsOf(a, year - 1);
        if (now && (!before || static_cast<int>(*now) > static_cast<int>(*before)))
            ++n;
    }
    return n;
}

KpiReport computeKpi(const Atlas& atlas, const Selection& selection, const KpiBook& book,
                     IntRange years, bool filtered) {
    KpiReport report;
    report.years = years;
    report.filtered = filtered;
    const auto newOperators = newGreenIndustryOperatorsByYear(atlas, selection);
    for (const KpiIndicator& k : book.indicators) {
        for (int year = years.min; year <= years.max; ++year) {
            KpiLine line;
            line.indicator = &k;
            line.fiscalYear = year;
            if (const auto t = k.targets.find(year); t != k.targets.end())
                line.target = t->second;
            switch (k.actualFrom) {
                case KpiActualFrom::Atlas:
                    if (k.id == kKpiNewGreenIndustryOperators) {
                        const auto it = newOperators.find(year);
                        line.actual =
                            static_cast<double>(it == newOperators.end() ? 0 : it->second);
                    } else if (k.id == kKpiEcoChampionEstates) {
                        line.actual = static_cast<double>(
                            estatesAtEcoChampionOrAbove(atlas, selection, year));
                    } else {
                        line.note = "the atlas does not compute this indicator";
                    }
                    break;
                case KpiActualFrom::StageHistory:
                    if (const auto n = areasAdvancedInYear(atlas, selection, year))
                        line.actual = static_cast<double>(*n);
                    else
                        line.note = kNoStageHistory;
                    break;
                case KpiActualFrom::Recorded:
                    if (filtered) {
                        line.note = "recorded nationally; no figure for a part of the country";
                        break;
                    }
                    for (const KpiRecordedActual& a : book.actuals) {
                        if (a.indicator == k.id && a.fiscalYear == year)
                            line.actual = a.value;
                    }
                    if (!line.actual)
                        line.note = "no recorded actual";
                    break;
            }
            if (line.actual && line.target) {
                line.difference = *line.actual - *line.target;
                if (filtered) {
                    if (line.note.empty())
                        line.note = "the target is national";
                } else {
                    line.met = *line.actual >= *line.target;
                }
            } else if (!line.target && line.note.empty()) {
                line.note = "no target for this year";
            }
            report.lines.push_back(std::move(line));
        }
    }
    return report;
}

std::string kpiNumber(double value) {
    char buf[64];
    if (std::abs(value) < 1e15 && value == std::round(value)) {
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
        return std::string(buf, r.ptr);
    }
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
    std::string s(buf, r.ptr);
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

namespace {

std::string optionalNumber(const std::optional<double>& v, const char* none) {
    return v ? kpiNumber(*v) : std::string(none);
}

std::string metText(const std::optional<bool>& met, const char* none) {
    return met ? (*met ? "yes" : "no") : none;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

}  // namespace

std::string kpiToText(const KpiReport& report) {
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-30s %-6s %10s %10s %11s  %-4s %s\n", "indicator", "year",
                  "target", "actual", "difference", "met", "note");
    out += line;
    std::string previous;
    for (const KpiLine& l : report.lines) {
        if (l.indicator->id != previous) {
            out += l.indicator->nameEn + " (" + l.indicator->unit + ")\n";
            previous = l.indicator->id;
        }
        std::snprintf(line, sizeof line, "%-30s %-6d %10s %10s %11s  %-4s %s\n",
                      l.indicator->id.c_str(), l.fiscalYear, optionalNumber(l.target, "-").c_str(),
                      optionalNumber(l.actual, "no data").c_str(),
                      l.difference
                          ? ((*l.difference > 0 ? "+" : "") + kpiNumber(*l.difference)).c_str()
                          : "-",
                      metText(l.met, "-").c_str(), l.note.c_str());
        out += line;
    }
    if (report.filtered)
        out += "Targets are national; a filtered selection is not judged against them.\n";
    return out;
}

std::string kpiToCsv(const KpiReport& report) {
    std::string out =
        "indicator_id,name_en,name_th,unit,fiscal_year_ce,fiscal_year_be,target,actual,difference,"
        "met,note\n";
    for (const KpiLine& l : report.lines) {
        out += csvField(l.indicator->id) + "," + csvField(l.indicator->nameEn) + "," +
               csvField(l.indicator->nameTh) + "," + csvField(l.indicator->unit) + "," +
               std::to_string(l.fiscalYear) + "," + std::to_string(buddhistEraYear(l.fiscalYear)) +
               "," + optionalNumber(l.target, "") + "," + optionalNumber(l.actual, "") + "," +
               optionalNumber(l.difference, "") + "," + metText(l.met, "") + "," +
               csvField(l.note) + "\n";
    }
    return out;
}

std::string kpiToJson(const KpiReport& report, int indent) {
    using nlohmann::json;
    json indicators = json::array();
    std::string previous;
    for (const KpiLine& l : report.lines) {
        if (l.indicator->id != previous) {
            const KpiIndicator& k = *l.indicator;
            indicators.push_back(
                {{"id", k.id},
                 {"name_en", k.nameEn},
                 {"name_th", k.nameTh},
                 {"unit", k.unit},
                 {"measure", k.measure == KpiMeasure::Cumulative ? "cumulative" : "per_year"},
                 {"actual_from", kpiActualFromName(k.actualFrom)},
                 {"years", json::array()}});
            previous = k.id;
        }
        auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
        indicators.back()["years"].push_back(
            {{"fiscal_year", l.fiscalYear},
             {"fiscal_year_be", buddhistEraYear(l.fiscalYear)},
             {"target", opt(l.target)},
             {"actual", opt(l.actual)},
             {"difference", opt(l.difference)},
             {"met", l.met ? json(*l.met) : json(nullptr)},
             {"note", l.note.empty() ? json(nullptr) : json(l.note)}});
    }
    const json out = {{"from", report.years.min},
                      {"to", report.years.max},
                      {"filtered", report.filtered},
                      {"indicators", indicators}};
    return out.dump(indent) + "\n";
}

bool recordKpiActual(const std::string& gpkgPath, const KpiBook& book,
                     const KpiRecordedActual& actual, bool overwrite) {
    const KpiIndicator* k = book.find(actual.indicator);
    if (!k) {
        std::string known;
        for (const KpiIndicator& i : book.indicators) {
            if (i.actualFrom == KpiActualFrom::Recorded)
                known += (known.empty() ? "" : ", ") + i.id;
        }
        throw UsageError(gpkgPath, "--indicator: '" + actual.indicator +
                                       "' is not an indicator (recorded ones: " + known + ")");
    }
    if (k->actualFrom != KpiActualFrom::Recorded) {
        throw UsageError(gpkgPath, "--indicator: '" + actual.indicator +
                                       "' is computed from the atlas (" +
                                       std::string(kpiActualFromName(k->actualFrom)) +
                                       "); it cannot be recorded");
    }
    if (!std::isfinite(actual.value) || actual.value < 0)
        throw UsageError(gpkgPath, "--value: must be a number of at least 0");
    const std::vector<geo::FieldDef> columns = {{"indicator_id", geo::FieldType::String},
                                                {"fiscal_year_ce", geo::FieldType::Integer},
                                                {"value", geo::FieldType::Real},
                                                {"status", geo::FieldType::String},
                                                {"source", geo::FieldType::String}};
    const std::vector<geo::FieldValue> values = {actual.indicator, std::int64_t{actual.fiscalYear},
                                                 actual.value, actual.status, actual.source};
    return geo::writeGeoPackageRow(gpkgPath, kActualsTable, columns, values, 2, overwrite) ==
           geo::RowWrite::Replaced;
}

}  // namespace ecotown::layers
