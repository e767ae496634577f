// `ecotown-cli kpi` and `kpi record` on the bundled dataset. Targets are checked against the
// ministry's published figures typed in here; actuals against `ecotown-cli stats` for the same
// filter and against SQL over the same GeoPackage (GDAL), never against the code under test.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include "CliOutput.hpp"
#include "TestSupport.hpp"

using ecotown::test::runCli;
using ecotown::test::ScratchDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

std::int64_t sqlCount(const std::string& path, const std::string& sql) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* l = ds ? ds->ExecuteSQL(sql.c_str(), nullptr, nullptr) : nullptr;
    EXPECT_NE(l, nullptr) << sql;
    if (!l)
        return -1;
    OGRFeatureUniquePtr f(l->GetNextFeature());
    const std::int64_t n = f ? f->GetFieldAsInteger64(0) : -1;
    ds->ReleaseResultSet(l);
    return n;
}

json runJson(const std::vector<std::string>& args) {
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? json::parse(r.out) : json();
}

// indicator id -> fiscal year -> the line of `kpi --json`.
std::map<std::string, std::map<int, json>> kpiLines(const std::vector<std::string>& extra,
                                                    const std::string& data = kBundled) {
    std::vector<std::string> args{"kpi", "--json", "--data", data};
    args.insert(args.end(), extra.begin(), extra.end());
    std::map<std::string, std::map<int, json>> out;
    const json j = runJson(args);
    for (const json& k : j.value("indicators", json::array())) {
        for (const json& y : k["years"])
            out[k["id"].get<std::string>()][y["fiscal_year"].get<int>()] = y;
    }
    return out;
}

std::int64_t statsFactories(const std::vector<std::string>& extra) {
    std::vector<std::string> args{"stats", "--json", "--data", kBundled};
    args.insert(args.end(), extra.begin(), extra.end());
    return runJson(args)["total"]["factories"].get<std::int64_t>();
}

}  // namespace

TEST(KpiCommand, TargetsAreTheMinistrysForEveryIndicator) {
    const auto lines = kpiLines({});
    ASSERT_EQ(lines.size(), 7u);
    const std::map<std::string, std::vector<double>> published = {
        {"eco_champion_estates", {23, 25, 27, 29}},
        {"eco_town_areas_developed", {15, 15, 15, 15}},
        {"industrial_waste_managed", {23, 24, 25, 26}},
        {"monitoring_networks", {200, 200, 200, 200}},
        {"new_green_industry_operators", {2000, 2000, 2000, 2000}},
        {"hazardous_waste_managed", {1.24, 1.30, 1.37, 1.44}},
        {"factories_inspected_pct", {80, 80, 80, 80}}};
    for (const auto& [id, targets] : published) {
        ASSERT_TRUE(lines.count(id)) << id;
        for (int i = 0; i < 4; ++i) {
            EXPECT_DOUBLE_EQ(lines.at(id).at(2018 + i)["target"].get<double>(), targets[i])
                << id << " " << 2018 + i;
            EXPECT_EQ(lines.at(id).at(2018 + i)["fiscal_year_be"].get<int>(), 2561 + i);
        }
    }
}

TEST(KpiCommand, NewGreenIndustryOperatorsAddUpWithStats) {
    for (const std::vector<std::string>& filter :
         {std::vector<std::string>{}, std::vector<std::string>{"--region", "east"},
          std::vector<std::string>{"--province", "TH-21"}}) {
        const auto lines = kpiLines(filter);
        for (int year = 2018; year <= 2021; ++year) {
            // Factories with a GI certificate up to `year`, less those with one up to the year
            // before: the factories whose first GI certificate is in `year`.
            auto upTo = [&](int last) {
                std::vector<std::string> args = filter;
                args.insert(args.end(), {"--cert", "gi", "--year", "2011-" + std::to_string(last)});
                return statsFactories(args);
            };
            const std::int64_t expected = upTo(year) - upTo(year - 1);
            const json& line = lines.at("new_green_industry_operators").at(year);
            EXPECT_EQ(line["actual"].get<std::int64_t>(), expected) << year;
            EXPECT_GT(expected, 0);
            if (filter.empty()) {
                EXPECT_EQ(expected, sqlCount(kBundled,
                                             "SELECT COUNT(*) FROM (SELECT factory_id, "
                                             "MIN(fiscal_year) AS y FROM certificates WHERE "
                                             "cert_type = 'gi' GROUP BY factory_id) WHERE y = " +
                                                 std::to_string(year)));
                EXPECT_EQ(line["met"].get<bool>(), expected >= 2000);
                EXPECT_EQ(line["difference"].get<double>(), static_cast<double>(expected - 2000));
            } else {
                EXPECT_TRUE(line["met"].is_null()) << "a national target judges no province";
            }
        }
    }
}

TEST(KpiCommand, EcoChampionEstatesByYearAndStats) {
    const auto lines = kpiLines({"--from", "2018", "--to", "2565"});
    for (int year = 2018; year <= 2022; ++year) {
        EXPECT_EQ(lines.at("eco_champion_estates").at(year)["actual"].get<std::int64_t>(),
                  sqlCount(kBundled,
                           "SELECT COUNT(*) FROM estates WHERE ieat_level IS NOT NULL AND "
                           "ieat_level_year <= " +
                               std::to_string(year)))
            << year;
    }
    // By the last year every level in the dataset is granted: the same as stats.
    const json stats = runJson({"stats", "--json", "--data", kBundled});
    const json& levels = stats["estates_by_eco_level"];
    EXPECT_EQ(lines.at("eco_champion_estates").at(2022)["actual"].get<std::int64_t>(),
              levels["Eco-Champion"].get<std::int64_t>() +
                  levels["Eco-Excellence"].get<std::int64_t>() +
                  levels["Eco-World Class"].get<std::int64_t>());
    EXPECT_TRUE(lines.at("eco_champion_estates").at(2022)["target"].is_null());
}

TEST(KpiCommand, WithoutAnActualItSaysNoDataNeverANumber) {
    const auto lines = kpiLines({});
    for (int year = 2018; year <= 2021; ++year) {
        for (const char* id : {"industrial_waste_managed", "monitoring_networks",
                               "hazardous_waste_managed", "factories_inspected_pct"}) {
            EXPECT_TRUE(lines.at(id).at(year)["actual"].is_null()) << id;
        }
    }
    const auto text = runCli({"kpi", "--data", kBundled});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("no data"), std::string::npos);
}

// Areas developed toward eco-town in a year: from the stage history, the same as the areas that
// `changes` lists as entering or moving up between the year before and the year.
TEST(KpiCommand, AreasDevelopedComeFromTheStageHistoryAsChangesListsThem) {
    const auto lines = kpiLines({});
    for (int year = 2018; year <= 2021; ++year) {
        const auto r = runCli({"changes", "--from", std::to_string(year - 1), "--to",
                               std::to_string(year), "--json", "--data", kBundled});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const json changes = json::parse(r.out);
        std::int64_t up = 0;
        for (const json& c : changes["stage_changes"]) {
            if (c["from"].is_null() || c["to"].get<int>() > c["from"].get<int>())
                ++up;
        }
        const json& areas = lines.at("eco_town_areas_developed").at(year);
        ASSERT_FALSE(areas["actual"].is_null()) << year;
        EXPECT_EQ(areas["actual"].get<double>(), static_cast<double>(up)) << year;
    }
}

TEST(KpiCommand, CsvHasOneLinePerIndicatorAndYear) {
    const auto r = runCli({"kpi", "--csv", "--data", kBundled, "--from", "2019", "--to", "2020"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("indicator_id,name_en,name_th,unit,fiscal_year_ce,fiscal_year_be,", 0),
              0u);
    EXPECT_EQ(ecotown::test::lineCount(r.out), 1 + 7 * 2);
    EXPECT_NE(r.out.find("monitoring_networks,Pollution monitoring networks,"), std::string::npos);
}

TEST(KpiRecord, StoresBesideTheAtlasAndNeverClobbers) {
    ScratchDir dir;
    const std::string gpkg = dir.file("atlas.gpkg");
    fs::copy_file(kBundled, gpkg);
    const std::vector<std::string> base{
        "kpi", "record", "--data", gpkg, "--indicator", "monitoring_networks", "--year"};
    auto record = [&](const std::string& year, const std::string& value,
                      std::vector<std::string> more = {}) {
        std::vector<std::string> args = base;
        args.insert(args.end(), {year, "--value", value});
        args.insert(args.end(), more.begin(), more.end());
        return runCli(args);
    };
    auto r = record("2562", "212", {"--source", "PCD annual report (test)"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto lines = kpiLines({}, gpkg);
    EXPECT_EQ(lines.at("monitoring_networks").at(2019)["actual"].get<double>(), 212);
    EXPECT_TRUE(lines.at("monitoring_networks").at(2019)["met"].get<bool>());
    EXPECT_TRUE(lines.at("monitoring_networks").at(2018)["actual"].is_null());

    r = record("2019", "150");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(gpkg), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--overwrite"), std::string::npos) << r.err;
    EXPECT_EQ(sqlCount(gpkg,
                       "SELECT value FROM kpi_actuals WHERE indicator_id = "
                       "'monitoring_networks' AND fiscal_year_ce = 2019"),
              212);

    r = record("2019", "150", {"--overwrite"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    lines = kpiLines({}, gpkg);
    EXPECT_EQ(lines.at("monitoring_networks").at(2019)["actual"].get<double>(), 150);
    EXPECT_FALSE(lines.at("monitoring_networks").at(2019)["met"].get<bool>());
    EXPECT_EQ(lines.at("monitoring_networks").at(2019)["difference"].get<double>(), -50);
    EXPECT_EQ(sqlCount(gpkg, "SELECT COUNT(*) FROM kpi_actuals"), 1);

    // A national figure is not shown for a part of the country.
    lines = kpiLines({"--region", "east"}, gpkg);
    EXPECT_TRUE(lines.at("monitoring_networks").at(2019)["actual"].is_null());
    // The bundled dataset is untouched.
    EXPECT_EQ(sqlCount(kBundled, "SELECT COUNT(*) FROM kpi_actuals"), 0);
}

TEST(KpiRecord, RefusesComputedIndicatorsAndBadValues) {
    ScratchDir dir;
    const std::string gpkg = dir.file("atlas.gpkg");
    fs::copy_file(kBundled, gpkg);
    auto r = runCli({"kpi", "record", "--data", gpkg, "--indicator", "new_green_industry_operators",
                     "--year", "2019", "--value", "5000"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("computed"), std::string::npos) << r.err;
    r = runCli({"kpi", "record", "--data", gpkg, "--indicator", "no_such", "--year", "2019",
                "--value", "1"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("no_such"), std::string::npos) << r.err;
    r = runCli({"kpi", "record", "--data", gpkg, "--indicator", "monitoring_networks", "--year",
                "2019", "--value", "-3"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(sqlCount(gpkg, "SELECT COUNT(*) FROM kpi_actuals"), 0);
}

TEST(KpiCommand, BadArgumentsExitTwoWithOneLine) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"kpi", "--from", "2022", "--to", "2018"},
          std::vector<std::string>{"kpi", "--year", "2019"},
          std::vector<std::string>{"kpi", "--json", "--csv"},
          std::vector<std::string>{"kpi", "--from", "1066"}}) {
        std::vector<std::string> a = args;
        a.insert(a.end(), {"--data", kBundled});
        const auto r = runCli(a);
        EXPECT_EQ(r.exitCode, 2) << args[1];
        EXPECT_EQ(ecotown::test::lineCount(r.err), 1) << r.err;
    }
    ScratchDir dir;
    const auto r = runCli({"kpi", "--data", dir.file("missing.gpkg")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("missing.gpkg"), std::string::npos);
}
