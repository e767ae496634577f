// The stage history of the bundled dataset read independently with GDAL (OGR SQL over the
// GeoPackage the build made), and the CLI's --as-of and `changes` against it and against
// `stats` for the same filter.

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include "CliOutput.hpp"
#include "TestSupport.hpp"

using ecotown::test::lineCount;
using ecotown::test::runCli;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

struct Record {
    std::string id;
    int year = 0;
    std::string value;
    std::string recordedAt;
};

// Every row of a table, through GDAL.
std::vector<std::vector<std::string>> rowsOf(const std::string& sql) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(kBundled.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    std::vector<std::vector<std::string>> out;
    EXPECT_TRUE(ds);
    if (!ds)
        return out;
    OGRLayer* l = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    EXPECT_NE(l, nullptr) << sql;
    if (!l)
        return out;
    for (auto& f : *l) {
        std::vector<std::string> row;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            row.emplace_back(f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "");
        out.push_back(std::move(row));
    }
    ds->ReleaseResultSet(l);
    return out;
}

// (id, year) -> value of the record recorded last: the record in force.
std::map<std::pair<std::string, int>, std::string> inForce(const std::string& table,
                                                           const std::string& idField,
                                                           const std::string& valueField) {
    std::map<std::pair<std::string, int>, std::pair<std::string, std::string>> latest;
    for (const auto& r : rowsOf("SELECT " + idField + ", fiscal_year, " + valueField +
                                ", recorded_at FROM " + table)) {
        auto& slot = latest[{r[0], std::stoi(r[1])}];
        if (r[3] >= slot.second)
            slot = {r[2], r[3]};
    }
    std::map<std::pair<std::string, int>, std::string> out;
    for (const auto& [key, v] : latest)
        out[key] = v.first;
    return out;
}

// id -> value as of `year` ("" = not assessed).
std::map<std::string, std::string> asOf(
    const std::map<std::pair<std::string, int>, std::string>& force, int year) {
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : force) {
        if (key.second <= year)
            out[key.first] = value;  // keys ascend by year within an id
    }
    return out;
}

nlohmann::json runJson(std::vector<std::string> args) {
    args.insert(args.end(), {"--json", "--data", kBundled});
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? nlohmann::json::parse(r.out) : nlohmann::json{};
}

class History : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fs::exists(kBundled))
            GTEST_SKIP() << "no bundled dataset at " << kBundled;
    }
};

TEST_F(History, TheBuiltGeoPackageHoldsAHistoryEndingInThePublishedSnapshot) {
    const auto force = inForce("stage_assessments", "area_id", "stage");
    const auto snapshot = rowsOf("SELECT area_id, stage, year_designated FROM areas");
    ASSERT_EQ(snapshot.size(), 54u);
    const auto y2023 = asOf(force, 2023);
    std::map<std::string, int> counts;
    for (const auto& area : snapshot) {
        ASSERT_TRUE(y2023.contains(area[0])) << area[0];
        EXPECT_EQ(y2023.at(area[0]), area[1]) << area[0];  // consistent with the areas layer
        ++counts[y2023.at(area[0])];
        // first assessed in or after its year of designation; the stage never falls and
        // climbs at most one stage a year (an area designated at stage 2: none -> 2)
        int previous = 0;
        for (int year = 2000; year <= 2023; ++year) {
            const auto now = asOf(force, year);
            const int stage = now.contains(area[0]) ? std::stoi(now.at(area[0])) : 0;
            if (year < std::stoi(area[2])) {
                EXPECT_EQ(stage, 0) << area[0] << " " << year;
            }
            EXPECT_TRUE(stage == previous || stage == previous + 1 || (previous == 0 && stage == 2))
                << area[0] << " " << year << ": " << previous << " -> " << stage;
            previous = stage;
        }
    }
    EXPECT_EQ(counts["4"], 4);
    EXPECT_EQ(counts["3"], 14);
    EXPECT_EQ(counts["1"] + counts["2"], 36);
    // Every record says who, when, how sure and from where.
    for (const auto& r : rowsOf("SELECT recorded_by, recorded_at, status, source FROM "
                                "stage_assessments UNION ALL SELECT recorded_by, recorded_at, "
                                "status, source FROM estate_assessments")) {
        EXPECT_FALSE(r[0].empty());
        EXPECT_EQ(r[1].size(), 20u) << r[1];
        EXPECT_TRUE(r[2] == "confirmed" || r[2] == "partial" || r[2] == "illustrative") << r[2];
        EXPECT_FALSE(r[3].empty());
    }
    // The estates' latest level records are the estates layer's level and year.
    const auto levels = inForce("estate_assessments", "estate_id", "ieat_level");
    for (const auto& e : rowsOf("SELECT estate_id, ieat_level, ieat_level_year FROM estates")) {
        std::string level, year;
        for (const auto& [key, value] : levels) {
            if (key.first == e[0]) {
                level = value;
                year = std::to_string(key.second);
            }
        }
        EXPECT_EQ(level, e[1]) << e[0];
        EXPECT_EQ(year, e[1].empty() ? "" : e[2]) << e[0];
    }
}

TEST_F(History, StatsAsOfAYearCountsTheStagesOfThatYear) {
    const auto force = inForce("stage_assessments", "area_id", "stage");
    for (int year : {2017, 2020, 2023}) {
        std::map<std::string, std::int64_t> expected;
        for (const auto& [id, stage] : asOf(force, year))
            ++expected[stage];
        const auto j = runJson({"stats", "--as-of", std::to_string(year)});
        std::int64_t assessed = 0;
        for (int s = 1; s <= 5; ++s) {
            const std::string key = std::to_string(s);
            EXPECT_EQ(j["areas_by_stage"][key].get<std::int64_t>(), expected[key]) << year;
            assessed += expected[key];
        }
        EXPECT_EQ(j["areas_by_stage"]["none"].get<std::int64_t>(), 54 - assessed) << year;
        EXPECT_EQ(j["as_of_year"].get<int>(), year);
    }
    const auto j2020 = runJson({"stats", "--as-of", "2020"});
    const auto j2023 = runJson({"stats", "--as-of", "2563"});  // B.E. 2563 = 2020
    EXPECT_EQ(j2020, j2023);
    const auto now = runJson({"stats"});
    const auto y2023 = runJson({"stats", "--as-of", "2023"});
    EXPECT_EQ(now["areas_by_stage"], y2023["areas_by_stage"]);
    EXPECT_LT(j2020["areas_by_stage"]["3"].get<int>() + j2020["areas_by_stage"]["4"].get<int>(),
              now["areas_by_stage"]["3"].get<int>() + now["areas_by_stage"]["4"].get<int>());
    // certificates granted after the year do not count
    const auto certs =
        rowsOf("SELECT COUNT(*) FROM certificates WHERE cert_type = 'gi' AND fiscal_year <= 2020");
    ASSERT_EQ(certs.size(), 1u);
    EXPECT_EQ(j2020["total"]["certificates"]["gi"]["total"].get<std::int64_t>(),
              std::stoll(certs[0][0]));
}

TEST_F(History, ChangesAddUpWithStatsForTheSameFilter) {
    const auto force = inForce("stage_assessments", "area_id", "stage");
    for (const std::vector<std::string>& filter :
         {std::vector<std::string>{}, std::vector<std::string>{"--region", "east"},
          std::vector<std::string>{"--province", "TH-21,TH-30"}}) {
        std::vector<std::string> args = {"changes", "--from", "2021", "--to", "2022"};
        args.insert(args.end(), filter.begin(), filter.end());
        const auto ch = runJson(args);
        std::vector<std::string> statsArgs = {"stats", "--year", "2022"};
        statsArgs.insert(statsArgs.end(), filter.begin(), filter.end());
        const auto st = runJson(statsArgs);
        const auto& granted = ch["certificates"]["total"];
        EXPECT_EQ(granted["gi"], st["total"]["certificates"]["gi"]);
        EXPECT_EQ(granted["eco-factory"], st["total"]["certificates"]["eco-factory"]);
        EXPECT_EQ(granted["csr-diw"], st["total"]["certificates"]["csr-diw"]);
        EXPECT_EQ(granted["revoked"].get<int>(), 0);
        std::int64_t rows = 0;
        for (const auto& r : ch["certificates"]["rows"])
            rows += r["granted"].get<std::int64_t>();
        EXPECT_EQ(rows, granted["granted"].get<std::int64_t>());
        // the stage counts at each end are those of stats --as-of, and the moves explain them
        for (const auto& [end, year] : {std::pair{"from", "2021"}, std::pair{"to", "2022"}}) {
            std::vector<std::string> a = {"stats", "--as-of", year};
            a.insert(a.end(), filter.begin(), filter.end());
            EXPECT_EQ(ch["areas_by_stage"][end], runJson(a)["areas_by_stage"]) << end;
        }
        std::map<std::string, std::int64_t> net;
        for (const auto& c : ch["stage_changes"]) {
            --net[c["from"].is_null() ? "none" : std::to_string(c["from"].get<int>())];
            ++net[c["to"].is_null() ? "none" : std::to_string(c["to"].get<int>())];
            EXPECT_FALSE(c["recorded_by"].get<std::string>().empty());
            EXPECT_EQ(c["fiscal_year"].get<int>(), 2022);
        }
        for (const auto& [key, value] : ch["areas_by_stage"]["to"].items()) {
            EXPECT_EQ(
                value.get<std::int64_t>() - ch["areas_by_stage"]["from"][key].get<std::int64_t>(),
                net[key])
                << key;
        }
        if (filter.empty()) {
            // every area whose stage in force differs between the years, read with GDAL
            const auto a2021 = asOf(force, 2021), a2022 = asOf(force, 2022);
            std::size_t moved = 0;
            for (const auto& [id, stage] : a2022)
                moved += (!a2021.contains(id) || a2021.at(id) != stage) ? 1 : 0;
            EXPECT_EQ(ch["stage_changes"].size(), moved);
            EXPECT_GT(moved, 0u);
        }
    }
}

TEST_F(History, ChangesAsTextAndBadYearsAreOneLine) {
    const auto r = runCli({"changes", "--from", "2021", "--to", "2022", "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Areas that moved stage:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Certificates granted in fiscal years 2022-2022"), std::string::npos);
    EXPECT_NE(r.out.find("data/make_stage_history.py"), std::string::npos);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"changes", "--from", "2022", "--to", "2021"},
          std::vector<std::string>{"changes", "--from", "2021", "--to", "2022", "--year", "2022"},
          std::vector<std::string>{"changes", "--from", "x", "--to", "2022"},
          std::vector<std::string>{"stats", "--as-of", "2020-2022"},
          std::vector<std::string>{"stats", "--as-of", "abc"},
          std::vector<std::string>{"stats", "--as-of", "2020", "--year", "2021"}}) {
        std::vector<std::string> a = args;
        a.insert(a.end(), {"--data", kBundled});
        const auto bad = runCli(a);
        EXPECT_EQ(bad.exitCode, 2) << args[1] << " " << args[2] << ": " << bad.err;
        EXPECT_EQ(lineCount(bad.err), 1) << bad.err;
        EXPECT_TRUE(bad.out.empty());
    }
}

TEST_F(History, ExportAsOfAYearWritesTheStagesOfThatYear) {
    ecotown::test::ScratchDir dir;
    const std::string out = (dir.path() / "areas2019.geojson").string();
    const auto r = runCli(
        {"export", "--layer", "areas", "--as-of", "2019", "--output", out, "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto y2019 = asOf(inForce("stage_assessments", "area_id", "stage"), 2019);
    const auto j = nlohmann::json::parse(ecotown::test::readTextFile(out));
    ASSERT_EQ(j["features"].size(), 54u);
    for (const auto& f : j["features"]) {
        const std::string id = f["properties"]["area_id"].get<std::string>();
        const auto& stage = f["properties"]["stage"];
        if (y2019.contains(id))
            EXPECT_EQ(std::to_string(stage.get<int>()), y2019.at(id)) << id;
        else
            EXPECT_TRUE(stage.is_null()) << id;
    }
}

}  // namespace

namespace {

const fs::path kDataDir =
    fs::path(ecotown::test::kTestDataDir).parent_path().parent_path() / "data";

std::int64_t csvRows(const fs::path& path) {
    return lineCount(ecotown::test::readTextFile(path.string())) - 1;  // less the header
}

TEST(HistorySample, AnySizeOfSampleCarriesTheWholeHistory) {
    ecotown::test::ScratchDir dir;
    const std::string out = dir.file("small.gpkg");
    const auto r = runCli({"sample", "--output", out, "--data-dir", kDataDir.string(), "--world",
                           ecotown::test::kWorldMap, "--factories", "100"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(
                  std::to_string(csvRows(kDataDir / "stage_history.csv")) + " stage assessments, " +
                  std::to_string(csvRows(kDataDir / "estate_history.csv")) + " IEAT level records"),
              std::string::npos)
        << r.out;
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    for (const auto& [layer, csv] : {std::pair{"stage_assessments", "stage_history.csv"},
                                     std::pair{"estate_assessments", "estate_history.csv"}}) {
        OGRLayer* l = ds->GetLayerByName(layer);
        ASSERT_NE(l, nullptr) << layer;
        EXPECT_EQ(l->GetGeomType(), wkbNone) << layer;
        EXPECT_EQ(l->GetFeatureCount(), csvRows(kDataDir / csv)) << layer;
    }
}

TEST(HistorySample, AHistoryThatDoesNotEndInTheSnapshotFailsNamingTheTable) {
    ecotown::test::ScratchDir dir;
    const fs::path data = dir.path() / "data";
    fs::create_directories(data);
    for (const auto& e : fs::directory_iterator(kDataDir)) {
        if (e.path().extension() == ".csv")
            fs::copy_file(e.path(), data / e.path().filename());
    }
    // ETA-05's FY2023 record (stage 4) says 3
    std::string history = ecotown::test::readTextFile((data / "stage_history.csv").string());
    const std::string from = "ETA-05,2023,4,";
    const auto at = history.find(from);
    ASSERT_NE(at, std::string::npos);
    history.replace(at, from.size(), "ETA-05,2023,3,");
    ecotown::test::writeTextFile((data / "stage_history.csv").string(), history);
    const std::string out = dir.file("o.gpkg");
    const auto r = runCli({"sample", "--output", out, "--data-dir", data.string(), "--world",
                           ecotown::test::kWorldMap, "--factories", "100"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("stage_history.csv"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("ETA-05"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
}

}  // namespace
