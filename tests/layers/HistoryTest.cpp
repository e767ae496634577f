// Stage and IEAT level history (layers/History.hpp): the record in force as of a year checked
// against a brute-force search over random histories with corrections; the atlas viewed as of a
// year; the history tables read from a GeoPackage; filters, statistics and changes as of a year
// on the small fixture and on the bundled dataset.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "geo/Writer.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Changes.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::test {
namespace {

using namespace ecotown::layers;
using geo::FieldType;
using geo::FieldValue;

std::string stamp(int year, int month, int day) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT00:00:00Z", year, month, day);
    return text;
}

Atlas atlasWithAreas(int count) {
    Atlas atlas;
    std::vector<EcoTownArea> areas(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        areas[static_cast<std::size_t>(i)].id = "ETA-" + std::to_string(i + 1);
        areas[static_cast<std::size_t>(i)].stage = DevelopmentStage::Symbiosis;  // the snapshot
    }
    atlas.setAreas(std::move(areas));
    return atlas;
}

// The rule, searched the slow way: among the area's records of the greatest fiscal year <= year,
// the one recorded last; of records recorded at the same time, the later in the input.
std::optional<DevelopmentStage> bruteForceAsOf(const std::vector<StageAssessment>& records,
                                               int area, int year) {
    const StageAssessment* best = nullptr;
    for (const StageAssessment& r : records) {
        if (r.area != area || r.fiscalYear > year)
            continue;
        if (!best || r.fiscalYear > best->fiscalYear ||
            (r.fiscalYear == best->fiscalYear && r.recordedAt >= best->recordedAt)) {
            best = &r;
        }
    }
    return best ? std::optional(best->stage) : std::nullopt;
}

TEST(StageHistory, AsOfEqualsABruteForceSearchOverRandomHistoriesWithCorrections) {
    std::mt19937 random(2566);
    for (int round = 0; round < 40; ++round) {
        Atlas atlas = atlasWithAreas(6);
        std::vector<StageAssessment> records;
        const int n = static_cast<int>(random() % 30);
        for (int k = 0; k < n; ++k) {
            StageAssessment r;
            r.area = static_cast<std::int32_t>(random() % 7) - (random() % 9 == 0 ? 8 : 0);
            r.fiscalYear = 2015 + static_cast<int>(random() % 8);
            r.stage = *stageFromNumber(1 + static_cast<int>(random() % 5));
            // few distinct times, so that corrections and exact ties both happen
            r.recordedAt = stamp(r.fiscalYear + static_cast<int>(random() % 2),
                                 1 + static_cast<int>(random() % 3), 1);
            records.push_back(r);
        }
        std::vector<StageAssessment> valid;
        for (const StageAssessment& r : records) {
            if (r.area >= 0 && r.area < 6)
                valid.push_back(r);
        }
        atlas.setStageHistory(records);
        EXPECT_EQ(atlas.stageHistory().size(), valid.size());  // records naming no area dropped
        for (int area = 0; area < 6; ++area) {
            for (int year = 2012; year <= 2026; ++year) {
                EXPECT_EQ(atlas.stageAsOf(static_cast<std::size_t>(area), year),
                          bruteForceAsOf(valid, area, year))
                    << "round " << round << " area " << area << " year " << year;
            }
        }
    }
}

TEST(StageHistory, ACorrectionIsTheLaterRecordOfTheSameYearWhateverItsPlaceInTheInput) {
    Atlas atlas = atlasWithAreas(2);
    // the correction comes first in the input; the first assessment is in 2018
    atlas.setStageHistory({{0, 2020, DevelopmentStage::Enhancement, "correction", "b",
                            stamp(2020, 10, 20), "illustrative", "t"},
                           {0, 2020, DevelopmentStage::ResourceEfficiency, "mistake", "a",
                            stamp(2020, 9, 1), "illustrative", "t"},
                           {0, 2018, DevelopmentStage::Engagement, "first", "a", stamp(2018, 9, 1),
                            "illustrative", "t"}});
    EXPECT_EQ(atlas.stageAsOf(0, 2017), std::nullopt);  // before any record: not assessed
    EXPECT_EQ(atlas.stageAsOf(0, 2018), DevelopmentStage::Engagement);
    EXPECT_EQ(atlas.stageAsOf(0, 2019), DevelopmentStage::Engagement);
    EXPECT_EQ(atlas.stageAsOf(0, 2020), DevelopmentStage::Enhancement);
    EXPECT_EQ(atlas.stageAsOf(0, 2030), DevelopmentStage::Enhancement);
    ASSERT_NE(atlas.stageRecordAsOf(0, 2021), nullptr);
    EXPECT_EQ(atlas.stageRecordAsOf(0, 2021)->note, "correction");
    EXPECT_EQ(atlas.stageAsOf(1, 2030), std::nullopt);  // an area without records

    // The current view: the latest record in force; the snapshot for an area without records.
    EXPECT_EQ(atlas.areas()[0].stage, DevelopmentStage::Enhancement);
    EXPECT_EQ(atlas.areas()[1].stage, DevelopmentStage::Symbiosis);
    atlas.applyAsOf(2019);
    EXPECT_EQ(atlas.areas()[0].stage, DevelopmentStage::Engagement);
    EXPECT_EQ(atlas.areas()[1].stage, std::nullopt);
    atlas.applyAsOf(2017);
    EXPECT_EQ(atlas.areas()[0].stage, std::nullopt);
    atlas.applyAsOf(std::nullopt);
    EXPECT_EQ(atlas.areas()[0].stage, DevelopmentStage::Enhancement);
    EXPECT_EQ(atlas.areas()[1].stage, DevelopmentStage::Symbiosis);

    // New areas replace the old ones: the history named those, and is forgotten.
    atlas.setAreas(atlasWithAreas(1).areas());
    EXPECT_TRUE(atlas.stageHistory().empty());
    atlas.applyAsOf(2019);
    EXPECT_EQ(atlas.areas()[0].stage, DevelopmentStage::Symbiosis);  // nothing known: as loaded
}

TEST(EstateHistory, LevelAsOfAndTheViewOfAYear) {
    Atlas atlas;
    std::vector<IndustrialEstate> estates(2);
    estates[0].id = "E01";
    estates[0].ieatLevel = IeatEcoLevel::EcoWorldClass;
    estates[0].ieatLevelYear = 2021;
    estates[1].id = "E02";
    atlas.setEstates(estates);
    atlas.setEstateHistory(
        {{0, 2021, IeatEcoLevel::EcoWorldClass, "", "", stamp(2021, 9, 30), "", ""},
         {0, 2017, IeatEcoLevel::EcoChampion, "", "", stamp(2017, 9, 30), "", ""}});
    EXPECT_EQ(atlas.ieatLevelAsOf(0, 2016), std::nullopt);
    EXPECT_EQ(atlas.ieatLevelAsOf(0, 2020), IeatEcoLevel::EcoChampion);
    EXPECT_EQ(atlas.ieatLevelAsOf(0, 2021), IeatEcoLevel::EcoWorldClass);
    atlas.applyAsOf(2019);
    EXPECT_EQ(atlas.estates()[0].ieatLevel, IeatEcoLevel::EcoChampion);
    EXPECT_EQ(atlas.estates()[0].ieatLevelYear, 2017);
    EXPECT_EQ(atlas.estates()[1].ieatLevel, std::nullopt);
    atlas.applyAsOf(std::nullopt);
    EXPECT_EQ(atlas.estates()[0].ieatLevel, IeatEcoLevel::EcoWorldClass);
    EXPECT_EQ(atlas.estates()[0].ieatLevelYear, 2021);
}

// --- read from a GeoPackage: the fixture with history tables appended ---------------------

void appendTable(const std::string& path, const char* layer,
                 const std::vector<std::pair<std::string, FieldType>>& fields,
                 const std::vector<std::vector<FieldValue>>& rows) {
    geo::Schema schema;
    schema.geometryType = geo::GeometryType::None;
    for (const auto& [name, type] : fields)
        schema.fields.push_back({name, type, 0, 0});
    geo::WriteOptions options;
    options.format = geo::Format::GeoPackage;
    options.layerName = layer;
    options.appendToExisting = true;
    geo::FeatureWriter writer(path, schema, geo::Crs(), options);
    std::int64_t fid = 1;
    for (const auto& values : rows) {
        geo::Feature f;
        f.fid = fid++;
        f.values = values;
        writer.write(f);
    }
    writer.commit();
}

FieldValue n(std::int64_t v) {
    return FieldValue(v);
}

// The fixture (AtlasTest.cpp) and a history: ETA-01 1 (2019) -> 2 (2020) -> 3 (2021, B.E.
// 2564) -> 4 (2022); ETA-02 2 (2018), 3 recorded for 2021 by mistake and corrected to 2 a month
// later, 3 (2022); ETA-03 1 (2023); E01 Eco-Champion 2019, Eco-World Class 2021.
std::string writeHistoryFixture(const std::string& folder) {
    const std::string path = writeAtlasFixture(folder);
    const std::vector<std::pair<std::string, FieldType>> tail = {{"note", FieldType::String},
                                                                 {"recorded_by", FieldType::String},
                                                                 {"recorded_at", FieldType::String},
                                                                 {"status", FieldType::String},
                                                                 {"source", FieldType::String}};
    auto fields = [&](const char* id, const char* value, FieldType type) {
        std::vector<std::pair<std::string, FieldType>> f = {
            {id, FieldType::String}, {"fiscal_year", FieldType::Integer}, {value, type}};
        f.insert(f.end(), tail.begin(), tail.end());
        return f;
    };
    auto row = [](const char* id, std::int64_t year, FieldValue value, const std::string& at,
                  const char* note = "") {
        return std::vector<FieldValue>{id,       year, std::move(value), note,
                                       "tester", at,   "illustrative",   "test"};
    };
    appendTable(
        path, "stage_assessments", fields("area_id", "stage", FieldType::Integer),
        {row("ETA-01", 2019, n(1), stamp(2019, 9, 1)), row("ETA-01", 2020, n(2), stamp(2020, 9, 1)),
         row("ETA-01", 2564, n(3), stamp(2021, 9, 1), "B.E. year"),
         row("ETA-01", 2022, n(4), stamp(2022, 9, 1), "climbed to 4"),
         row("ETA-02", 2018, n(2), stamp(2018, 9, 1)),
         row("ETA-02", 2021, n(3), stamp(2021, 9, 2), "mistake"),
         row("ETA-02", 2021, n(2), stamp(2021, 10, 2), "correction"),
         row("ETA-02", 2022, n(3), stamp(2022, 9, 2), "climbed to 3"),
         row("ETA-03", 2023, n(1), stamp(2023, 9, 3)), row("ETA-99", 2020, n(1), stamp(2020, 9, 3)),
         row("ETA-03", 2020, n(7), stamp(2020, 9, 3))});
    appendTable(path, "estate_assessments", fields("estate_id", "ieat_level", FieldType::String),
                {row("E01", 2019, "Eco-Champion", stamp(2019, 9, 30)),
                 row("E01", 2021, "Eco-World Class", stamp(2021, 9, 30), "awarded"),
                 row("E01", 2020, "Gold", stamp(2020, 9, 30))});
    return path;
}

class HistoryFixture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_dir = new ScratchDir;
        s_atlas = new Atlas(readBundledAtlas(writeHistoryFixture(s_dir->path().string())));
    }
    static void TearDownTestSuite() {
        delete s_atlas;
        delete s_dir;
    }
    void TearDown() override { s_atlas->applyAsOf(std::nullopt); }
    static inline ScratchDir* s_dir = nullptr;
    static inline Atlas* s_atlas = nullptr;
};

TEST_F(HistoryFixture, ReadsTheTablesAndReportsBadRecords) {
    const Atlas& a = *s_atlas;
    EXPECT_EQ(a.stageHistory().size(), 9u);
    EXPECT_EQ(a.estateHistory().size(), 2u);
    std::vector<std::string> problems;
    for (const LoadIssue& i : a.issues()) {
        if (i.layer == "stage_assessments" || i.layer == "estate_assessments")
            problems.push_back(i.toString());
    }
    ASSERT_EQ(problems.size(), 3u);
    for (const std::string& p : problems)
        EXPECT_NE(p.find("fixture.gpkg"), std::string::npos) << p;
    EXPECT_NE(problems[0].find("ETA-99"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("stage"), std::string::npos) << problems[1];
    EXPECT_NE(problems[2].find("Gold"), std::string::npos) << problems[2];
    // The current stages: the latest records in force (the areas layer says 4, 3, 1).
    EXPECT_EQ(a.areas()[0].stage, DevelopmentStage::Symbiosis);
    EXPECT_EQ(a.areas()[1].stage, DevelopmentStage::ResourceEfficiency);
    EXPECT_EQ(a.stageAsOf(0, 2021), DevelopmentStage::ResourceEfficiency);  // B.E. 2564
    EXPECT_EQ(a.stageAsOf(1, 2021), DevelopmentStage::Enhancement);         // corrected
    EXPECT_EQ(a.stageRecordAsOf(1, 2021)->recordedBy, "tester");
    EXPECT_EQ(a.stageAsOf(2, 2022), std::nullopt);
}

TEST_F(HistoryFixture, FiltersAndStatisticsFollowTheYear) {
    Atlas& a = *s_atlas;
    Filter stage3;
    stage3.stages = IntRange{3, 5};
    a.applyAsOf(2020);
    stage3.asOf = 2020;
    // 2020: ETA-01 at 2, ETA-02 at 2, ETA-03 not assessed: nothing at 3-5
    EXPECT_TRUE(select(a, stage3).areas.empty());
    Filter all;
    all.asOf = 2020;
    const Statistics st = computeStatistics(a, select(a, all), GroupBy::Province);
    EXPECT_EQ(st.areasByStage[2], 2);
    EXPECT_EQ(st.areasByStage[0], 1);
    EXPECT_EQ(st.estatesByEcoLevel[static_cast<int>(IeatEcoLevel::EcoChampion)], 1);
    EXPECT_EQ(st.asOfYear, 2020);
    // certificates granted after 2020 do not count: brute force over the certificate table
    std::array<std::int64_t, 6> gi{};
    const CertificateTable& c = a.certificates();
    for (std::size_t k = 0; k < c.size(); ++k) {
        if (c.type[k] == CertificationType::GreenIndustry && c.fiscalYear[k] <= 2020)
            ++gi[c.level[k]];
    }
    EXPECT_EQ(st.total.counts.giCertificates, gi);
    EXPECT_EQ(st.total.counts.giLevel[5], 0);  // F0000003's GI5 is of 2022

    a.applyAsOf(2022);
    stage3.asOf = 2022;
    const Selection s = select(a, stage3);
    EXPECT_EQ(s.areas, (std::vector<std::uint32_t>{0, 1}));
    // factories in ETA-01 and ETA-02 (by geometry) only
    for (std::uint32_t f : s.factories)
        EXPECT_TRUE(a.factories().area[f] == 0 || a.factories().area[f] == 1);
    // --cert with --as-of: F0000003 holds GI5 from 2022 only
    Filter gi5;
    gi5.certifications = {{CertificationType::GreenIndustry, {5, 5}}};
    gi5.asOf = 2021;
    EXPECT_TRUE(select(a, gi5).factories.empty());
    gi5.asOf = 2022;
    EXPECT_EQ(select(a, gi5).factories.size(), 1u);
}

TEST_F(HistoryFixture, ChangesAddUpWithTheStatisticsOfBothYears) {
    Atlas& a = *s_atlas;
    for (const auto& [from, to] : {std::pair{2019, 2022}, std::pair{2020, 2021},
                                   std::pair{2021, 2022}, std::pair{2010, 2030}}) {
        a.applyAsOf(to);
        const Filter filter = changesFilter(Filter{}, from, to);
        const Changes ch = computeChanges(a, select(a, filter), from, to);
        // areas by stage at each end equal the statistics as of that year
        for (const auto& [year, counts] :
             {std::pair{from, ch.areasByStageFrom}, std::pair{to, ch.areasByStageTo}}) {
            a.applyAsOf(year);
            Filter asOf;
            asOf.asOf = year;
            EXPECT_EQ(computeStatistics(a, select(a, asOf), GroupBy::Province).areasByStage, counts)
                << from << "-" << to << " at " << year;
        }
        // the moves: every area whose stage differs between the two years, brute force
        std::size_t moved = 0;
        for (std::size_t i = 0; i < a.areas().size(); ++i)
            moved += a.stageAsOf(i, from) != a.stageAsOf(i, to) ? 1 : 0;
        EXPECT_EQ(ch.stages.size(), moved) << from << "-" << to;
        // certificates granted in (from, to] equal the statistics of those years
        a.applyAsOf(to);
        Filter years;
        years.years = IntRange{from + 1, to};
        const Statistics st = computeStatistics(a, select(a, years), GroupBy::Province);
        for (int l = 1; l <= 5; ++l)
            EXPECT_EQ(ch.total.gi[static_cast<std::size_t>(l)],
                      st.total.counts.giCertificates[static_cast<std::size_t>(l)]);
        EXPECT_EQ(ch.total.ecoFactory, st.total.counts.ecoFactoryCertificates);
        EXPECT_EQ(ch.total.csrDiw, st.total.counts.csrDiwCertificates);
        EXPECT_EQ(ch.total.revoked, 0);
        std::int64_t rows = 0;
        for (const CertificateChanges& r : ch.provinces)
            rows += r.granted();
        EXPECT_EQ(rows, ch.total.granted());
    }
    // 2021 -> 2022: ETA-01 3 -> 4 and ETA-02 2 -> 3, each with its record
    a.applyAsOf(2022);
    const Changes ch = computeChanges(a, select(a, changesFilter({}, 2021, 2022)), 2021, 2022);
    ASSERT_EQ(ch.stages.size(), 2u);
    EXPECT_EQ(ch.stages[0].from, DevelopmentStage::ResourceEfficiency);
    EXPECT_EQ(ch.stages[0].to, DevelopmentStage::Symbiosis);
    EXPECT_EQ(ch.stages[0].note, "climbed to 4");
    EXPECT_EQ(ch.stages[1].note, "climbed to 3");
    EXPECT_EQ(ch.stages[1].recordedAt, stamp(2022, 9, 2));
    // 2020 -> 2021: E01 Eco-Champion -> Eco-World Class; ETA-02's correction is no move
    a.applyAsOf(2021);
    const Changes levels = computeChanges(a, select(a, changesFilter({}, 2020, 2021)), 2020, 2021);
    ASSERT_EQ(levels.levels.size(), 1u);
    EXPECT_EQ(levels.levels[0].to, IeatEcoLevel::EcoWorldClass);
    EXPECT_EQ(levels.levels[0].note, "awarded");
    ASSERT_EQ(levels.stages.size(), 1u);  // ETA-01 2 -> 3 only
    EXPECT_EQ(a.areas()[levels.stages[0].index].id, "ETA-01");
    EXPECT_THROW(changesFilter({}, 2022, 2021), UsageError);
    Filter withYears;
    withYears.years = IntRange{2020, 2020};
    EXPECT_THROW(changesFilter(withYears, 2020, 2021), UsageError);
}

TEST_F(AtlasFixture, ADatasetWithoutHistoryLoadsAsBefore) {
    EXPECT_TRUE(s_atlas->stageHistory().empty());
    EXPECT_TRUE(s_atlas->estateHistory().empty());
    Atlas copy = *s_atlas;
    copy.applyAsOf(2000);
    for (std::size_t i = 0; i < copy.areas().size(); ++i)
        EXPECT_EQ(copy.areas()[i].stage, s_atlas->areas()[i].stage);
}

// --- the bundled dataset ------------------------------------------------------------------

TEST(BundledHistory, AsOf2023IsThePublishedSnapshotAndStagesClimb) {
    if (!std::filesystem::exists(ECOTOWN_BUNDLED_GPKG))
        GTEST_SKIP() << "no bundled dataset at " << ECOTOWN_BUNDLED_GPKG;
    Atlas a = readBundledAtlas(ECOTOWN_BUNDLED_GPKG);
    ASSERT_FALSE(a.stageHistory().empty());
    ASSERT_FALSE(a.estateHistory().empty());
    auto count = [&](int year) {
        std::array<int, 6> n{};
        for (std::size_t i = 0; i < a.areas().size(); ++i) {
            const auto s = a.stageAsOf(i, year);
            ++n[s ? static_cast<std::size_t>(*s) : 0];
        }
        return n;
    };
    const auto y2023 = count(2023);
    EXPECT_EQ(y2023[4], 4);
    EXPECT_EQ(y2023[3], 14);
    EXPECT_EQ(y2023[1] + y2023[2], 36);
    EXPECT_EQ(y2023[0], 0);
    const auto y2020 = count(2020);
    EXPECT_LT(y2020[3] + y2020[4], y2023[3] + y2023[4]);
    for (std::size_t i = 0; i < a.areas().size(); ++i) {
        EXPECT_EQ(a.stageAsOf(i, 2023), a.areas()[i].stage) << a.areas()[i].id;
        int previous = 0;
        for (int year = 2010; year <= 2023; ++year) {
            const auto s = a.stageAsOf(i, year);
            const int now = s ? static_cast<int>(*s) : 0;
            EXPECT_TRUE(now == previous || now == previous + 1 || (previous == 0 && now == 2))
                << a.areas()[i].id << " " << year;
            previous = now;
        }
        EXPECT_EQ(a.stageRecordAsOf(i, a.areas()[i].yearDesignated - 1), nullptr)
            << a.areas()[i].id << " assessed before its designation";
    }
}

}  // namespace
}  // namespace ecotown::test
