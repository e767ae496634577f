#include "layers/HistoryReader.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "geo/Error.hpp"

namespace ecotown::layers {
namespace {

std::string textOf(const geo::Feature& f, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < f.values.size()
               ? fieldText(f.values[static_cast<std::size_t>(column)])
               : std::string();
}

// The fiscal year of a record (B.E. years >= 2400 converted), nullopt when invalid.
std::optional<int> fiscalYearOf(const geo::FieldValue& value) {
    auto year = fieldInteger(value);
    if (year && *year >= 2400)
        *year -= 543;
    if (!year || *year < 1900 || *year > 2400)
        return std::nullopt;
    return static_cast<int>(*year);
}

// What differs between the two tables.
struct HistoryTable {
    const char* name;     // "stage_assessments"
    const char* idField;  // "area_id"
    const char* valueField;
    const char* owners;       // "area": in "names no area"
    const char* valueWanted;  // "a stage 1-5": in "not a stage 1-5"
    AtlasLayer about;
};

// Reads `table` when the dataset has it: for each good record, `add(record)` with the owner's
// index, year and the value `parse` made of the value field's text; bad records are issues.
template <class Record, class Find, class Parse>
std::vector<Record> readTable(const geo::Dataset& ds, Atlas& atlas, const std::string& file,
                              const HistoryTable& table, Find find, Parse parse) {
    std::vector<Record> out;
    const std::vector<std::string> names = ds.layerNames();
    if (std::find(names.begin(), names.end(), table.name) == names.end())
        return out;
    geo::ReadOptions options;
    options.requireCrs = false;
    geo::FeatureReader reader = ds.read(table.name, options);
    const geo::Schema& s = reader.schema();
    const int id = s.fieldIndex(table.idField), year = s.fieldIndex("fiscal_year"),
              value = s.fieldIndex(table.valueField);
    for (const auto& [pos, field] : {std::pair{id, table.idField}, std::pair{year, "fiscal_year"},
                                     std::pair{value, table.valueField}}) {
        if (pos < 0)
            throw InputError(file, std::string("has no field ") + field, table.name);
    }
    const int note = s.fieldIndex("note"), by = s.fieldIndex("recorded_by"),
              at = s.fieldIndex("recorded_at"), status = s.fieldIndex("status"),
              source = s.fieldIndex("source");
    geo::Feature f;
    while (reader.next(f)) {
        const std::string idText = textOf(f, id);
        auto issue = [&](LoadIssue::Kind kind, const char* field, int column, std::string why) {
            LoadIssue i{kind,
                        file,
                        table.name,
                        idText.empty() ? "fid " + std::to_string(f.fid) : idText,
                        field,
                        textOf(f, column),
                        std::move(why) + ": the record is skipped"};
            i.about = table.about;
            atlas.addIssue(std::move(i));
        };
        const std::optional<std::size_t> owner = find(idText);
        if (!owner) {
            issue(LoadIssue::Kind::UnmatchedValue, table.idField, id,
                  std::string("names no ") + table.owners);
            continue;
        }
        const auto fiscalYear = fiscalYearOf(f.values[static_cast<std::size_t>(year)]);
        if (!fiscalYear) {
            issue(LoadIssue::Kind::InvalidValue, "fiscal_year", year, "not a fiscal year");
            continue;
        }
        const auto parsed = parse(f.values[static_cast<std::size_t>(value)]);
        if (!parsed) {
            issue(LoadIssue::Kind::InvalidValue, table.valueField, value,
                  std::string("not ") + table.valueWanted);
            continue;
        }
        out.push_back({static_cast<std::int32_t>(*owner), *fiscalYear, *parsed, textOf(f, note),
                       textOf(f, by), textOf(f, at), textOf(f, status), textOf(f, source)});
    }
    return out;
}

}  // namespace

void readHistory(const geo::Dataset& ds, Atlas& atlas, const std::string& file) {
    std::vector<StageAssessment> stages = readTable<StageAssessment>(
        ds, atlas, file,
        {"stage_assessments", "area_id", "stage", "area", "a stage 1-5", AtlasLayer::Areas},
        [&](const std::string& id) { return atlas.findArea(id); },
        [](const geo::FieldValue& v) -> std::optional<DevelopmentStage> {
            const auto n = fieldInteger(v);
            return n ? stageFromNumber(static_cast<int>(*n)) : std::nullopt;
        });
    std::vector<EstateAssessment> levels = readTable<EstateAssessment>(
        ds, atlas, file,
        {"estate_assessments", "estate_id", "ieat_level", "estate", "an IEAT eco level",
         AtlasLayer::Estates},
        [&](const std::string& id) { return atlas.findEstate(id); },
        [](const geo::FieldValue& v) { return ieatEcoLevelFromText(fieldText(v)); });
    if (!stages.empty())
        atlas.setStageHistory(std::move(stages));
    if (!levels.empty())
        atlas.setEstateHistory(std::move(levels));
}

}  // namespace ecotown::layers
