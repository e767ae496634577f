// `ecotown-cli stats` and `export` on the bundled dataset, checked against counts computed a
// different way: SQL through GDAL (GDALDataset::ExecuteSQL) over the same GeoPackage. Exports are
// read back with GDAL (count, Thai names byte for byte, CRS).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include "TestSupport.hpp"

using namespace ecotown;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = ECOTOWN_BUNDLED_GPKG;

GDALDatasetUniquePtr openVector(const std::string& path) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// Rows of an SQL query over the bundled GeoPackage: first column as text -> second as integer.
std::map<std::string, std::int64_t> sqlPairs(const std::string& sql) {
    std::map<std::string, std::int64_t> out;
    GDALDatasetUniquePtr ds = openVector(kBundled);
    EXPECT_TRUE(ds);
    if (!ds)
        return out;
    OGRLayer* l = ds->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    EXPECT_NE(l, nullptr) << sql;
    if (!l)
        return out;
    for (auto& f : *l) {
        const std::string key = f->IsFieldSetAndNotNull(0) ? f->GetFieldAsString(0) : "";
        out[key] = f->GetFieldAsInteger64(1);
    }
    ds->ReleaseResultSet(l);
    return out;
}

std::int64_t sqlCount(const std::string& sql) {
    GDALDatasetUniquePtr ds = openVector(kBundled);
    OGRLayer* l = ds ? ds->ExecuteSQL(sql.c_str(), nullptr, nullptr) : nullptr;
    EXPECT_NE(l, nullptr) << sql;
    if (!l)
        return -1;
    OGRFeatureUniquePtr f(l->GetNextFeature());
    const std::int64_t n = f ? f->GetFieldAsInteger64(0) : -1;
    ds->ReleaseResultSet(l);
    return n;
}

nlohmann::json statsJson(std::vector<std::string> args) {
    args.insert(args.begin(), "stats");
    args.insert(args.end(), {"--json", "--data", kBundled});
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

std::int64_t rowsSum(const nlohmann::json& j, const char* field) {
    std::int64_t n = 0;
    for (const auto& row : j["rows"])
        n += row[field].get<std::int64_t>();
    return n;
}

class StatsExport : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fs::exists(kBundled))
            GTEST_SKIP() << "no bundled dataset at " << kBundled;
    }
};

TEST_F(StatsExport, FactoriesPerProvinceEqualSql) {
    const auto j = statsJson({"--by", "province"});
    const auto sql =
        sqlPairs("SELECT province_code, COUNT(*) FROM factories GROUP BY province_code");
    std::int64_t total = 0;
    for (const auto& [code, n] : sql)
        total += n;
    EXPECT_EQ(j["total"]["factories"].get<std::int64_t>(), total);
    EXPECT_EQ(rowsSum(j, "factories"), total);
    for (const auto& row : j["rows"]) {
        const std::string code = row["key"].is_null() ? "" : row["key"].get<std::string>();
        const auto it = sql.find(code);
        EXPECT_EQ(row["factories"].get<std::int64_t>(), it == sql.end() ? 0 : it->second) << code;
    }
    EXPECT_EQ(j["rows"].size(), 77u);
    EXPECT_EQ(j["total"]["provinces"].get<int>(), 77);
}

TEST_F(StatsExport, AreasEstatesAndCertificatesEqualSql) {
    const auto j = statsJson({"--by", "stage"});
    for (const auto& [stage, n] : sqlPairs("SELECT stage, COUNT(*) FROM areas GROUP BY stage")) {
        EXPECT_EQ(j["areas_by_stage"][stage].get<std::int64_t>(), n) << stage;
    }
    for (const auto& [level, n] :
         sqlPairs("SELECT ieat_level, COUNT(*) FROM estates GROUP BY ieat_level")) {
        EXPECT_EQ(j["estates_by_eco_level"][level.empty() ? "none" : level].get<std::int64_t>(), n)
            << level;
    }
    for (const auto& [level, n] : sqlPairs(
             "SELECT level, COUNT(*) FROM certificates WHERE cert_type = 'gi' GROUP BY level")) {
        EXPECT_EQ(j["total"]["certificates"]["gi"][level].get<std::int64_t>(), n) << level;
    }
    EXPECT_EQ(j["total"]["certificates"]["gi"]["total"].get<std::int64_t>(), 77925);
    EXPECT_EQ(
        j["total"]["eco_factory"].get<std::int64_t>(),
        sqlCount(
            "SELECT COUNT(DISTINCT factory_id) FROM certificates WHERE cert_type = 'eco-factory'"));
    EXPECT_EQ(
        j["total"]["csr_diw"].get<std::int64_t>(),
        sqlCount(
            "SELECT COUNT(DISTINCT factory_id) FROM certificates WHERE cert_type = 'csr-diw'"));
    EXPECT_EQ(rowsSum(j, "areas"), 54);
    EXPECT_EQ(rowsSum(j, "estates"), 43);
}

TEST_F(StatsExport, CombinedFilterEqualsSql) {
    const auto j = statsJson(
        {"--by", "region", "--region", "east", "--cert", "gi:3-5", "--year", "2019-2022"});
    const std::int64_t want = sqlCount(
        "SELECT COUNT(DISTINCT c.factory_id) FROM certificates c JOIN factories f ON f.factory_id "
        "= c.factory_id "
        "JOIN provinces p ON p.province_code = f.province_code WHERE p.region = 'east' AND "
        "c.cert_type = 'gi' "
        "AND c.level BETWEEN 3 AND 5 AND c.fiscal_year BETWEEN 2019 AND 2022");
    EXPECT_GT(want, 0);
    EXPECT_EQ(j["total"]["factories"].get<std::int64_t>(), want);
    EXPECT_EQ(j["as_of_year"].get<int>(), 2022);
    ASSERT_EQ(j["rows"].size(), 1u);
    EXPECT_EQ(j["rows"][0]["key"], "east");
    EXPECT_EQ(j["rows"][0]["provinces"].get<int>(), 7);

    // Thai province name and a number, as users type them
    const auto k = statsJson({"--province", "ชลบุรี,21", "--cert", "eco-factory"});
    EXPECT_EQ(k["total"]["factories"].get<std::int64_t>(),
              sqlCount("SELECT COUNT(DISTINCT c.factory_id) FROM certificates c JOIN factories f "
                       "ON f.factory_id = c.factory_id WHERE f.province_code IN ('TH-20', 'TH-21') "
                       "AND c.cert_type = 'eco-factory'"));
}

TEST_F(StatsExport, GreenIndustryLevelAsOfTheEndYearEqualsSql) {
    // factories with any certificate up to 2020 (the first fiscal year is 2011), their level then
    const auto j = statsJson({"--year", "2011-2020"});
    const auto levels = sqlPairs(
        "SELECT lvl, COUNT(*) FROM (SELECT factory_id, MAX(level) AS lvl FROM certificates "
        "WHERE cert_type = 'gi' AND fiscal_year <= 2020 GROUP BY factory_id) GROUP BY lvl");
    const std::int64_t factories = sqlCount(
        "SELECT COUNT(DISTINCT factory_id) FROM certificates WHERE fiscal_year BETWEEN 2011 AND "
        "2020");
    EXPECT_EQ(j["total"]["factories"].get<std::int64_t>(), factories);
    std::int64_t withGi = 0;
    for (const auto& [level, n] : levels) {
        EXPECT_EQ(j["total"]["gi_level"][level].get<std::int64_t>(), n) << level;
        withGi += n;
    }
    EXPECT_EQ(j["total"]["gi_level"]["none"].get<std::int64_t>(), factories - withGi);
    EXPECT_EQ(j["as_of_year"].get<int>(), 2020);
}

TEST_F(StatsExport, QuotesInAProvinceNameMatchNothing) {
    const auto r = runCli({"stats", "--json", "--data", kBundled, "--province", "Chon' Buri\""});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["total"]["factories"].get<int>(), 0);
    EXPECT_EQ(j["total"]["areas"].get<int>(), 0);
    EXPECT_NE(r.err.find("matches no province"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

    ScratchDir dir;
    const auto e = runCli({"export", "--layer", "factories", "--data", kBundled, "--province",
                           "x'); DROP TABLE factories; --", "--output", dir.file("none.geojson")});
    ASSERT_EQ(e.exitCode, 0) << e.err;
    GDALDatasetUniquePtr out = openVector(dir.file("none.geojson"));
    ASSERT_TRUE(out);
    EXPECT_EQ(out->GetLayer(0)->GetFeatureCount(), 0);
    EXPECT_EQ(sqlCount("SELECT COUNT(*) FROM factories"), 78000);  // nothing happened to the data
}

TEST_F(StatsExport, ExportIsExactlyTheSelectionWithThaiNamesAndCrs) {
    ScratchDir dir;
    const std::int64_t want = sqlCount(
        "SELECT COUNT(DISTINCT c.factory_id) FROM certificates c JOIN factories f ON f.factory_id "
        "= c.factory_id "
        "JOIN provinces p ON p.province_code = f.province_code WHERE p.region = 'east' "
        "AND c.cert_type = 'eco-factory'");
    std::map<std::string, std::string> sourceNames;
    {
        GDALDatasetUniquePtr ds = openVector(kBundled);
        OGRLayer* l = ds->ExecuteSQL("SELECT factory_id, name_th FROM factories", nullptr, nullptr);
        for (auto& f : *l)
            sourceNames[f->GetFieldAsString(0)] = f->GetFieldAsString(1);
        ds->ReleaseResultSet(l);
    }
    struct Case {
        const char* file;
        const char* crs;
        const char* epsg;
        const char* codeField;
        const char* ecoField;
    };
    for (const Case& c : {Case{"east.gpkg", nullptr, "4326", "province_code", "eco_factory"},
                          Case{"east.shp", "EPSG:32647", "32647", "province_c", "eco_factor"},
                          Case{"east.fgb", nullptr, "4326", "province_code", "eco_factory"},
                          Case{"east.geojson", nullptr, "4326", "province_code", "eco_factory"}}) {
        SCOPED_TRACE(c.file);
        std::vector<std::string> args = {"export",         "--layer", "factories",   "--region",
                                         "east",           "--cert",  "eco-factory", "--output",
                                         dir.file(c.file), "--data",  kBundled};
        if (c.crs)
            args.insert(args.end(), {"--crs", c.crs});
        const auto r = runCli(args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        GDALDatasetUniquePtr out = openVector(dir.file(c.file));
        ASSERT_TRUE(out);
        OGRLayer* l = out->GetLayer(0);
        EXPECT_EQ(l->GetFeatureCount(), want);
        OGRSpatialReference srs(*l->GetSpatialRef());
        srs.AutoIdentifyEPSG();
        ASSERT_NE(srs.GetAuthorityCode(nullptr), nullptr);
        EXPECT_STREQ(srs.GetAuthorityCode(nullptr), c.epsg);
        std::int64_t n = 0;
        for (auto& f : *l) {
            const std::string id = f->GetFieldAsString("factory_id");
            ASSERT_TRUE(sourceNames.contains(id)) << id;
            EXPECT_EQ(f->GetFieldAsString("name_th"), sourceNames[id]) << id;
            EXPECT_EQ(f->GetFieldAsInteger(c.ecoField), 1);
            const std::string code = f->GetFieldAsString(c.codeField);
            EXPECT_TRUE(code == "TH-20" || code == "TH-21" || code == "TH-22" || code == "TH-23" ||
                        code == "TH-24" || code == "TH-25" || code == "TH-27")
                << code;
            EXPECT_FALSE(std::string(f->GetFieldAsString("estate_id")).empty())
                << id;  // Eco Factory: in estates
            ++n;
        }
        EXPECT_EQ(n, want);
    }
}

TEST_F(StatsExport, ExportAreasWithStageNames) {
    ScratchDir dir;
    const auto r = runCli({"export", "--layer", "areas", "--stage", "3-5", "--output",
                           dir.file("areas.csv"), "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    GDALDatasetUniquePtr out = openVector(dir.file("areas.csv"));
    ASSERT_TRUE(out);
    OGRLayer* l = out->GetLayer(0);
    EXPECT_EQ(l->GetFeatureCount(),
              sqlCount("SELECT COUNT(*) FROM areas WHERE stage BETWEEN 3 AND 5"));
    const auto thaiNames = sqlPairs("SELECT name_th, stage FROM areas WHERE stage BETWEEN 3 AND 5");
    for (auto& f : *l) {
        const std::string name = f->GetFieldAsString("name_th");
        ASSERT_TRUE(thaiNames.contains(name)) << name;
        const int stage = thaiNames.at(name);
        EXPECT_EQ(std::string(f->GetFieldAsString("stage_th")),
                  stage == 3 ? "ประสิทธิภาพในการใช้ทรัพยากร" : "การพึ่งพาอาศัย");
    }
}

TEST_F(StatsExport, InvalidFlagsAreUsageErrorsOnOneLine) {
    ScratchDir dir;
    const std::vector<std::vector<std::string>> bad = {
        {"stats", "--stage", "9"},
        {"stats", "--stage", "5-3"},
        {"stats", "--cert", "gold"},
        {"stats", "--cert", "eco-factory:3"},
        {"stats", "--bbox", "100,12,101"},
        {"stats", "--year", "abc"},
        {"stats", "--region", "mars"},
        {"stats", "--phase", "4"},
        {"stats", "--by", "town"},
        {"export", "--layer", "towns", "--output", dir.file("x.gpkg")},
        {"export", "--layer", "factories", "--output", dir.file("x.xyz")},
    };
    for (auto args : bad) {
        args.insert(args.end(), {"--data", kBundled});
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args[1] << " " << args[2];
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
}

TEST_F(StatsExport, FindsTheBundledDatasetOrSaysWhereItLooked) {
    const char* old = std::getenv("ECOTOWN_DATA");
    const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
    ::unsetenv("ECOTOWN_DATA");
    // the build tree's data/ecotown.gpkg, found from the executable's path
    const auto r = runCli({"stats", "--json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    if (r.exitCode == 0) {
        EXPECT_EQ(nlohmann::json::parse(r.out)["total"]["factories"].get<int>(), 78000);
    }
    const auto missing = runCli({"stats", "--data", "/nonexistent/ecotown.gpkg"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("/nonexistent/ecotown.gpkg"), std::string::npos) << missing.err;
    ::setenv("ECOTOWN_DATA", "/nonexistent/env.gpkg", 1);
    const auto env = runCli({"stats"});
    EXPECT_EQ(env.exitCode, 2);
    EXPECT_NE(env.err.find("ECOTOWN_DATA"), std::string::npos) << env.err;
    if (saved)
        ::setenv("ECOTOWN_DATA", saved->c_str(), 1);
    else
        ::unsetenv("ECOTOWN_DATA");
}

TEST_F(StatsExport, MappingFileLoadsUserFactoriesAndReportsUnmatchedValues) {
    ScratchDir dir;
    test::writeTextFile(dir.file("mine.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ID":"M1","CHANGWAT":"ชลบุรี","GI":"3","PI":2565},"geometry":{"type":"Point","coordinates":[100.918,13.079]}},
{"type":"Feature","properties":{"ID":"M2","CHANGWAT":"Rayong","GI":"5","PI":2021},"geometry":{"type":"Point","coordinates":[101.25,12.68]}},
{"type":"Feature","properties":{"ID":"M3","CHANGWAT":"Chon Bury","GI":"1","PI":2020},"geometry":{"type":"Point","coordinates":[100.918,13.079]}},
{"type":"Feature","properties":{"ID":"M4","CHANGWAT":"TH-20","GI":"nine","PI":2020},"geometry":{"type":"Point","coordinates":[100.918,13.079]}},
{"type":"Feature","properties":{"ID":"M5","CHANGWAT":"Rayong","GI":"1","PI":2020},"geometry":{"type":"Point","coordinates":[100.918,13.079]}}]})");
    test::writeTextFile(dir.file("mapping.json"), R"({"factories": {"source": "mine.geojson",
        "fields": {"id": "ID", "province": "CHANGWAT", "level": "GI", "year": "PI"}}})");
    const auto r = runCli({"stats", "--json", "--mapping", dir.file("mapping.json"), "--data",
                           kBundled, "--cert", "gi:3-5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["total"]["factories"].get<int>(), 2);  // M1 (GI3), M2 (GI5)
    EXPECT_EQ(j["total"]["areas"].get<int>(), 54);     // the rest from the bundled dataset
    // one line per unmatched value: file, feature, field, value; and the declared-province mismatch
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 3) << r.err;
    EXPECT_NE(
        r.err.find("feature M5: field CHANGWAT: value 'TH-21': the point lies in TH-20 Chon Buri"),
        std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("mine.geojson: layer mine: feature M3: field CHANGWAT: value 'Chon Bury'"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("feature M4: field GI: value 'nine'"), std::string::npos) << r.err;

    test::writeTextFile(dir.file("bad.json"),
                        R"({"factories": {"source": "mine.geojson", "fields": {"id": "IDX"}}})");
    const auto bad = runCli({"stats", "--mapping", dir.file("bad.json"), "--data", kBundled});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find(dir.file("bad.json")), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("IDX"), std::string::npos) << bad.err;
}

TEST_F(StatsExport, TextTableAddsUp) {
    const auto r = runCli({"stats", "--by", "region", "--data", kBundled});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("northeast"), std::string::npos);
    EXPECT_NE(r.out.find("total"), std::string::npos);
    EXPECT_NE(r.out.find("78000"), std::string::npos);
}

}  // namespace
