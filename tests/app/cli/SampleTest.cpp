// `ecotown-cli sample` and the dataset it builds, checked independently of the builder: GDAL
// reads the GeoPackage back (SQL and plain OGR loops, GEOS predicates through OGR) and the
// expectations come from data/*.csv and docs/DATASET.md.

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include "CliOutput.hpp"
#include "TestSupport.hpp"
#include "layers/Sample.hpp"

using namespace ecotown;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const fs::path kDataDir = fs::path(test::kTestDataDir).parent_path().parent_path() / "data";

using test::lineCount;  // CliOutput.hpp

std::vector<std::string> sampleArgs(const std::string& output,
                                    std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"sample",          "--output", output,         "--data-dir",
                                  kDataDir.string(), "--world",  test::kWorldMap};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

fs::file_time_type newestInput() {
    fs::file_time_type newest = fs::last_write_time(test::kCliPath);
    for (const auto& e : fs::directory_iterator(kDataDir)) {
        if (e.path().extension() == ".csv")
            newest = std::max(newest, fs::last_write_time(e.path()));
    }
    return newest;
}

// The dataset at the default size: the one the build bundled when it is up to date, else one
// built here (once per test process).
const std::string& defaultDataset() {
    static std::unique_ptr<ScratchDir> dir;
    static std::string path;
    if (!path.empty())
        return path;
    const fs::path bundled(ECOTOWN_BUNDLED_GPKG);
    std::error_code ec;
    if (fs::exists(bundled, ec) && fs::last_write_time(bundled, ec) >= newestInput()) {
        path = bundled.string();
        return path;
    }
    dir = std::make_unique<ScratchDir>();
    const std::string out = dir->file("ecotown.gpkg");
    const auto r = runCli(sampleArgs(out));
    if (r.exitCode != 0)
        throw std::runtime_error("sample failed: " + r.err);
    path = out;
    return path;
}

GDALDatasetUniquePtr openGpkg(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        throw std::runtime_error("cannot open " + path);
    return ds;
}

// The rows of an SQL query (SQLite, the GeoPackage's own dialect) as text.
std::vector<std::vector<std::string>> query(GDALDataset& ds, const std::string& sql) {
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result == nullptr)
        throw std::runtime_error("SQL failed: " + sql);
    std::vector<std::vector<std::string>> rows;
    for (auto& f : *result) {
        std::vector<std::string> row;
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            row.emplace_back(f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "");
        }
        rows.push_back(std::move(row));
    }
    ds.ReleaseResultSet(result);
    return rows;
}

std::int64_t scalar(GDALDataset& ds, const std::string& sql) {
    const auto rows = query(ds, sql);
    if (rows.size() != 1 || rows[0].empty())
        throw std::runtime_error("not one value: " + sql);
    std::int64_t v = 0;
    const std::string& t = rows[0][0];
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
}

std::vector<std::string> fieldNames(OGRLayer* layer) {
    std::vector<std::string> names;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

// data/green_industry_certificates.csv as (level, fiscal year CE) -> certificates. The first
// four columns are plain numbers; the quoted source text comes after them.
std::map<std::pair<int, int>, std::int64_t> publishedGreenIndustry() {
    std::ifstream in(kDataDir / "green_industry_certificates.csv");
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line.rfind("level,fiscal_year_be,fiscal_year_ce,certificates,", 0), 0u) << line;
    std::map<std::pair<int, int>, std::int64_t> out;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        std::int64_t v[4] = {};
        const char* p = line.data();
        const char* end = line.data() + line.size();
        for (auto& x : v) {
            const auto r = std::from_chars(p, end, x);
            p = r.ptr + 1;  // past the comma
        }
        out[{static_cast<int>(v[0]), static_cast<int>(v[2])}] = v[3];
    }
    return out;
}

struct FactoryRow {
    std::string id;
    double x = 0, y = 0;
    std::string province, estate;
    int giLevel = 0, giYear = 0, eco = 0, csr = 0;
};

std::vector<FactoryRow> readFactories(GDALDataset& ds) {
    OGRLayer* l = ds.GetLayerByName("factories");
    if (l == nullptr)
        throw std::runtime_error("no factories layer");
    std::vector<FactoryRow> out;
    for (auto& f : *l) {
        FactoryRow r;
        r.id = f->GetFieldAsString("factory_id");
        const auto* p = f->GetGeometryRef()->toPoint();
        r.x = p->getX();
        r.y = p->getY();
        r.province = f->GetFieldAsString("province_code");
        r.estate = f->IsFieldSetAndNotNull(f->GetFieldIndex("estate_id"))
                       ? f->GetFieldAsString("estate_id")
                       : "";
        r.giLevel = f->GetFieldAsInteger("gi_level");
        r.giYear = f->GetFieldAsInteger("gi_year");
        r.eco = f->GetFieldAsInteger("eco_factory");
        r.csr = f->GetFieldAsInteger("csr_diw");
        out.push_back(r);
    }
    return out;
}

// Polygons of a layer by an id field, prepared for fast GEOS predicates.
struct Polygons {
    std::map<std::string, std::unique_ptr<OGRGeometry>> shapes;
    std::map<std::string, OGRPreparedGeometryUniquePtr> prepared;
    std::map<std::string, OGREnvelope> envelopes;

    Polygons(GDALDataset& ds, const char* layer, const char* idField) {
        OGRLayer* l = ds.GetLayerByName(layer);
        if (l == nullptr)
            throw std::runtime_error(std::string("no layer ") + layer);
        for (auto& f : *l) {
            const std::string id = f->GetFieldAsString(idField);
            std::unique_ptr<OGRGeometry> g(f->StealGeometry());
            OGREnvelope env;
            g->getEnvelope(&env);
            envelopes[id] = env;
            prepared[id].reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(g.get())));
            shapes[id] = std::move(g);
        }
    }
    bool intersects(const std::string& id, double x, double y) const {
        const auto it = prepared.find(id);
        if (it == prepared.end())
            return false;
        OGRPoint p(x, y);
        return OGRPreparedGeometryIntersects(it->second.get(), OGRGeometry::ToHandle(&p));
    }
    std::vector<std::string> containing(double x, double y) const {
        std::vector<std::string> ids;
        for (const auto& [id, env] : envelopes) {
            if (x < env.MinX || x > env.MaxX || y < env.MinY || y > env.MaxY)
                continue;
            if (intersects(id, x, y))
                ids.push_back(id);
        }
        return ids;
    }
};

}  // namespace

// ------------------------------------------------------------------------- the default dataset

TEST(SampleTest, LayersAndFieldsAreExactlyThoseOfDatasetMd) {
    auto ds = openGpkg(defaultDataset());
    const std::map<std::string, std::pair<OGRwkbGeometryType, std::vector<std::string>>> expected{
        {"provinces",
         {wkbMultiPolygon,
          {"province_code", "province_num", "name_en", "name_th", "region", "ne_name", "fips"}}},
        {"countries", {wkbMultiPolygon, {"name", "iso_a2"}}},
        {"areas",
         {wkbMultiPolygon,
          {"area_id", "name_en", "name_th", "province_code", "phase", "year_designated", "scope",
           "stage", "status", "source", "approximate"}}},
        {"estates",
         {wkbMultiPolygon,
          {"estate_id", "name_en", "name_th", "province_code", "area_rai", "area_rai_status",
           "ieat_level", "ieat_level_year", "status", "source", "approximate"}}},
        {"factories",
         {wkbPoint,
          {"factory_id", "name_th", "province_code", "estate_id", "gi_level", "gi_year",
           "eco_factory", "csr_diw", "synthetic"}}},
        {"certificates",
         {wkbNone,
          {"cert_id", "factory_id", "cert_type", "level", "fiscal_year", "fiscal_year_be",
           "synthetic"}}},
        {"stage_assessments",
         {wkbNone,
          {"area_id", "fiscal_year", "stage", "note", "recorded_by", "recorded_at", "status",
           "source"}}},
        {"estate_assessments",
         {wkbNone,
          {"estate_id", "fiscal_year", "ieat_level", "note", "recorded_by", "recorded_at", "status",
           "source"}}},
        {"kpi_targets",
         {wkbNone,
          {"indicator_id", "name_en", "name_th", "unit", "measure", "actual_from", "fiscal_year_ce",
           "target", "status", "source"}}},
        {"kpi_actuals", {wkbNone, {"indicator_id", "fiscal_year_ce", "value", "status", "source"}}},
    };
    EXPECT_EQ(ds->GetLayerCount(), 10);
    for (const auto& [name, spec] : expected) {
        OGRLayer* l = ds->GetLayerByName(name.c_str());
        ASSERT_NE(l, nullptr) << name;
        EXPECT_EQ(wkbFlatten(l->GetGeomType()), spec.first) << name;
        EXPECT_EQ(fieldNames(l), spec.second) << name;
        if (spec.first != wkbNone) {
            ASSERT_NE(l->GetSpatialRef(), nullptr) << name;
            EXPECT_STREQ(l->GetSpatialRef()->GetAuthorityCode(nullptr), "4326") << name;
        }
    }
}

TEST(SampleTest, SeventySevenProvincesJoinedToTheTable) {
    auto ds = openGpkg(defaultDataset());
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM provinces"), 77);
    EXPECT_EQ(scalar(*ds, "SELECT count(DISTINCT province_code) FROM provinces"), 77);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM provinces WHERE province_code IS NULL OR "
                     "name_en IS NULL OR name_en = '' OR name_th IS NULL OR name_th = '' OR "
                     "ne_name IS NULL OR ne_name = '' OR fips IS NULL OR fips = '' OR "
                     "region NOT IN ('north','northeast','central','east','west','south')"),
              0);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM provinces WHERE "
                     "CAST(substr(province_code, 4) AS INTEGER) != province_num"),
              0);
    const auto bangkok = query(*ds,
                               "SELECT name_en, name_th, ne_name, fips, region FROM provinces "
                               "WHERE province_code = 'TH-10'");
    ASSERT_EQ(bangkok.size(), 1u);
    EXPECT_EQ(bangkok[0], (std::vector<std::string>{"Bangkok", "กรุงเทพมหานคร", "Bangkok Metropolis",
                                                    "TH40", "central"}));
    // region counts of the six-region scheme
    const auto regions =
        query(*ds, "SELECT region, count(*) FROM provinces GROUP BY region ORDER BY region");
    std::map<std::string, std::string> byRegion;
    for (const auto& r : regions)
        byRegion[r[0]] = r[1];
    EXPECT_EQ(byRegion, (std::map<std::string, std::string>{{"central", "22"},
                                                            {"east", "7"},
                                                            {"north", "9"},
                                                            {"northeast", "20"},
                                                            {"south", "14"},
                                                            {"west", "5"}}));
}

TEST(SampleTest, CountriesAroundThailand) {
    auto ds = openGpkg(defaultDataset());
    const auto rows = query(*ds, "SELECT iso_a2, name FROM countries");
    std::set<std::string> codes;
    for (const auto& r : rows) {
        codes.insert(r[0]);
        EXPECT_FALSE(r[1].empty());
    }
    for (const char* code : {"TH", "MM", "LA", "KH", "MY", "VN"}) {
        EXPECT_EQ(codes.count(code), 1u) << code;
    }
    EXPECT_EQ(codes.count("FR"), 0u);
    EXPECT_LT(rows.size(), 40u);
}

TEST(SampleTest, AreasMatchTheDiwHeadline) {
    auto ds = openGpkg(defaultDataset());
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM areas"), 54);
    EXPECT_EQ(scalar(*ds, "SELECT count(DISTINCT province_code) FROM areas"), 39);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM areas WHERE stage = 4"), 4);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM areas WHERE stage = 3"), 14);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM areas WHERE stage IN (1, 2)"), 36);
    EXPECT_EQ(
        scalar(*ds, "SELECT count(*) FROM areas WHERE (scope = 'province') != (approximate = 0)"),
        0);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM areas a LEFT JOIN provinces p "
                     "ON p.province_code = a.province_code WHERE p.province_code IS NULL"),
              0);
    // Every area lies in its province: a circle clipped to it, or the province itself.
    Polygons provinces(*ds, "provinces", "province_code");
    OGRLayer* areas = ds->GetLayerByName("areas");
    for (auto& f : *areas) {
        const std::string code = f->GetFieldAsString("province_code");
        const OGRGeometry* g = f->GetGeometryRef();
        ASSERT_NE(g, nullptr);
        EXPECT_EQ(wkbFlatten(g->getGeometryType()), wkbMultiPolygon);
        const OGRGeometry* province = provinces.shapes.at(code).get();
        const double a = g->toMultiPolygon()->get_Area();
        EXPECT_GT(a, 0.0) << f->GetFieldAsString("area_id");
        std::unique_ptr<OGRGeometry> inside(g->Intersection(province));
        ASSERT_NE(inside, nullptr);
        EXPECT_NEAR(OGR_G_Area(OGRGeometry::ToHandle(inside.get())), a, a * 1e-6)
            << f->GetFieldAsString("area_id");
    }
}

TEST(SampleTest, EstatesAreCirclesOfTheirAreaInTheirProvince) {
    auto ds = openGpkg(defaultDataset());
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM estates"), 43);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM estates WHERE approximate != 1"), 0);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM estates WHERE ieat_level IS NOT NULL AND ieat_level "
                     "NOT IN ('Eco-Champion','Eco-Excellence','Eco-World Class')"),
              0);
    // Northern Region IE (inland, not clipped): 1,788 rai = 2.861 km2; at 18.6 N a degree is
    // about 105.5 km east-west and 110.7 km north-south.
    OGRLayer* l = ds->GetLayerByName("estates");
    l->SetAttributeFilter("estate_id = 'EST-39'");
    OGRFeatureUniquePtr f(l->GetNextFeature());
    ASSERT_TRUE(f);
    const double km2 = f->GetGeometryRef()->toMultiPolygon()->get_Area() * 105.5 * 110.7;
    EXPECT_NEAR(km2, 1788 * 1600 / 1e6, 0.03);
    EXPECT_DOUBLE_EQ(f->GetFieldAsDouble("area_rai"), 1788.0);
    EXPECT_STREQ(f->GetFieldAsString("ieat_level"), "Eco-Excellence");
    EXPECT_EQ(f->GetFieldAsInteger("ieat_level_year"), 2021);
    l->SetAttributeFilter(nullptr);
}

TEST(SampleTest, GreenIndustryCertificatesEqualThePublishedTable) {
    auto ds = openGpkg(defaultDataset());
    const auto published = publishedGreenIndustry();
    ASSERT_EQ(published.size(), 60u);
    std::int64_t total = 0;
    for (const auto& [cell, n] : published)
        total += n;
    EXPECT_EQ(total, 77925);

    std::map<std::pair<int, int>, std::int64_t> generated;
    for (const auto& r : query(*ds,
                               "SELECT level, fiscal_year, count(*) FROM certificates "
                               "WHERE cert_type = 'gi' GROUP BY level, fiscal_year")) {
        generated[{std::stoi(r[0]), std::stoi(r[1])}] = std::stoll(r[2]);
    }
    for (const auto& [cell, n] : published) {
        const auto it = generated.find(cell);
        const std::int64_t got = it == generated.end() ? 0 : it->second;
        EXPECT_EQ(got, n) << "level " << cell.first << ", fiscal year " << cell.second;
    }
    for (const auto& [cell, n] : generated)
        EXPECT_EQ(published.count(cell), 1u) << cell.second;
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM certificates WHERE cert_type = 'gi'"), 77925);
}

TEST(SampleTest, CertificatesAreConsistentWithTheirFactories) {
    auto ds = openGpkg(defaultDataset());
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM factories"), 78000);
    EXPECT_EQ(scalar(*ds, "SELECT count(DISTINCT factory_id) FROM factories"), 78000);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM certificates WHERE fiscal_year_be != fiscal_year + 543 "
                     "OR synthetic != 1"),
              0);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM factories WHERE synthetic != 1"), 0);
    EXPECT_EQ(scalar(*ds, "SELECT count(DISTINCT cert_id) FROM certificates"),
              scalar(*ds, "SELECT count(*) FROM certificates"));
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM certificates WHERE factory_id NOT IN "
                     "(SELECT factory_id FROM factories)"),
              0);
    // levels only on gi certificates, 1-5
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM certificates WHERE (cert_type = 'gi') != "
                     "(level BETWEEN 1 AND 5)"),
              0);
    // at most one gi certificate per factory and fiscal year
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM (SELECT factory_id, fiscal_year FROM certificates "
                     "WHERE cert_type = 'gi' GROUP BY 1, 2 HAVING count(*) > 1)"),
              0);
    // gi_level = the highest level ever, gi_year = the first year it was reached; factories
    // climb: many hold level 1 first and a higher level in a later year
    std::map<std::string, std::pair<int, int>> best;  // factory -> (level, first year)
    std::map<std::string, std::pair<int, int>> firstLevel1AndLastLevel2;
    OGRLayer* certs = ds->GetLayerByName("certificates");
    certs->SetAttributeFilter("cert_type = 'gi'");
    for (auto& c : *certs) {
        const std::string id = c->GetFieldAsString("factory_id");
        const int level = c->GetFieldAsInteger("level");
        const int year = c->GetFieldAsInteger("fiscal_year");
        auto& b = best[id];
        if (level > b.first || (level == b.first && year < b.second))
            b = {level, year};
        auto& climb = firstLevel1AndLastLevel2.try_emplace(id, 9999, 0).first->second;
        if (level == 1)
            climb.first = std::min(climb.first, year);
        if (level == 2)
            climb.second = std::max(climb.second, year);
    }
    certs->SetAttributeFilter(nullptr);
    int mismatches = 0;
    for (const FactoryRow& f : readFactories(*ds)) {
        const auto it = best.find(f.id);
        const std::pair<int, int> expected = it == best.end() ? std::pair{0, 0} : it->second;
        if (f.giLevel != expected.first || f.giYear != expected.second) {
            if (++mismatches < 5) {
                ADD_FAILURE() << f.id << " gi_level " << f.giLevel << " gi_year " << f.giYear
                              << ", certificates say " << expected.first << " " << expected.second;
            }
        }
    }
    EXPECT_EQ(mismatches, 0);
    int climbers = 0;
    for (const auto& [id, c] : firstLevel1AndLastLevel2)
        climbers += c.first < c.second ? 1 : 0;
    EXPECT_GT(climbers, 500);
    // CSR-DIW awards, and csr_diw on exactly the awarded factories
    EXPECT_GT(scalar(*ds, "SELECT count(*) FROM certificates WHERE cert_type = 'csr-diw'"), 1000);
    EXPECT_EQ(
        scalar(*ds,
               "SELECT count(DISTINCT fiscal_year) FROM certificates WHERE cert_type = 'csr-diw'"),
        12);
    EXPECT_EQ(
        scalar(
            *ds,
            "SELECT count(*) FROM certificates WHERE cert_type = 'csr-diw' AND level IS NOT NULL"),
        0);
    EXPECT_EQ(
        scalar(*ds, "SELECT count(*) FROM factories WHERE csr_diw = 1"),
        scalar(*ds,
               "SELECT count(DISTINCT factory_id) FROM certificates WHERE cert_type = 'csr-diw'"));
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM factories WHERE csr_diw = 1 AND factory_id NOT IN "
                     "(SELECT factory_id FROM certificates WHERE cert_type = 'csr-diw')"),
              0);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM certificates WHERE cert_type NOT IN "
                     "('gi', 'eco-factory', 'csr-diw')"),
              0);
    // Thai company names
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM factories WHERE name_th NOT LIKE 'บริษัท % จำกัด'"),
              0);
}

TEST(SampleTest, EcoFactoriesLieInTwentyThreeEstates) {
    auto ds = openGpkg(defaultDataset());
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM certificates WHERE cert_type = 'eco-factory'"),
              172);
    EXPECT_EQ(
        scalar(
            *ds,
            "SELECT count(DISTINCT factory_id) FROM certificates WHERE cert_type = 'eco-factory'"),
        172);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM certificates WHERE cert_type = 'eco-factory' AND "
                     "(fiscal_year < 2017 OR fiscal_year > 2022)"),
              0);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM factories WHERE eco_factory = 1"), 172);
    EXPECT_EQ(scalar(*ds,
                     "SELECT count(*) FROM factories WHERE eco_factory = 1 AND factory_id NOT IN "
                     "(SELECT factory_id FROM certificates WHERE cert_type = 'eco-factory')"),
              0);

    // By geometry, not by estate_id: each holder lies in exactly one estate polygon.
    Polygons estates(*ds, "estates", "estate_id");
    std::set<std::string> holding;
    int holders = 0;
    for (const FactoryRow& f : readFactories(*ds)) {
        if (f.eco != 1)
            continue;
        ++holders;
        const auto in = estates.containing(f.x, f.y);
        ASSERT_EQ(in.size(), 1u) << f.id;
        EXPECT_EQ(f.estate, in[0]) << f.id;
        holding.insert(in[0]);
    }
    EXPECT_EQ(holders, 172);
    EXPECT_EQ(holding.size(), 23u);
    // and other factories are in estates too
    EXPECT_GT(
        scalar(*ds,
               "SELECT count(*) FROM factories WHERE estate_id IS NOT NULL AND eco_factory = 0"),
        1000);
}

TEST(SampleTest, EveryFactoryLiesInItsProvinceAndEstate) {
    auto ds = openGpkg(defaultDataset());
    Polygons provinces(*ds, "provinces", "province_code");
    Polygons estates(*ds, "estates", "estate_id");
    std::map<std::string, int> perProvince;
    int outside = 0, wrongEstate = 0;
    for (const FactoryRow& f : readFactories(*ds)) {
        ++perProvince[f.province];
        if (!provinces.intersects(f.province, f.x, f.y)) {
            if (++outside < 5)
                ADD_FAILURE() << f.id << " is not in " << f.province;
        }
        const auto in = estates.containing(f.x, f.y);
        const bool ok =
            f.estate.empty() ? in.empty() : std::find(in.begin(), in.end(), f.estate) != in.end();
        if (!ok && ++wrongEstate < 5)
            ADD_FAILURE() << f.id << " estate_id '" << f.estate << "'";
    }
    EXPECT_EQ(outside, 0);
    EXPECT_EQ(wrongEstate, 0);
    EXPECT_EQ(perProvince.size(), 77u);
    // weighted toward the industrial provinces
    EXPECT_GT(perProvince["TH-11"], perProvince["TH-50"] * 10);
    EXPECT_GT(perProvince["TH-11"], 78000 / 10);
}

// ------------------------------------------------------------------- other sizes and seeds

TEST(SampleTest, SameSeedSameFactoriesAndSmallerSizesKeepProportions) {
    ScratchDir dir;
    const std::string a = dir.file("a.gpkg"), b = dir.file("b.gpkg"), c = dir.file("c.gpkg");
    for (const auto& [out, seed] : {std::pair{a, "7"}, std::pair{b, "7"}, std::pair{c, "8"}}) {
        const auto r = runCli(sampleArgs(out, {"--factories", "5000", "--seed", seed}));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    auto dsA = openGpkg(a);
    auto dsB = openGpkg(b);
    auto dsC = openGpkg(c);
    const auto fa = readFactories(*dsA), fb = readFactories(*dsB), fc = readFactories(*dsC);
    ASSERT_EQ(fa.size(), 5000u);
    ASSERT_EQ(fb.size(), 5000u);
    int same = 0, differentSeedSame = 0;
    for (std::size_t i = 0; i < fa.size(); ++i) {
        if (fa[i].x == fb[i].x && fa[i].y == fb[i].y && fa[i].id == fb[i].id &&
            fa[i].estate == fb[i].estate && fa[i].giLevel == fb[i].giLevel &&
            fa[i].giYear == fb[i].giYear) {
            ++same;
        }
        if (fa[i].x == fc[i].x && fa[i].y == fc[i].y)
            ++differentSeedSame;
    }
    EXPECT_EQ(same, 5000);
    EXPECT_EQ(differentSeedSame, 0);
    EXPECT_EQ(
        query(*dsA, "SELECT cert_id, factory_id, cert_type, level, fiscal_year FROM certificates"),
        query(*dsB, "SELECT cert_id, factory_id, cert_type, level, fiscal_year FROM certificates"));

    // Proportions: every published cell scaled by 5,000 / 78,000 (largest remainder: within 1).
    const auto published = publishedGreenIndustry();
    std::int64_t gi = 0;
    for (const auto& r : query(*dsA,
                               "SELECT level, fiscal_year, count(*) FROM certificates "
                               "WHERE cert_type = 'gi' GROUP BY level, fiscal_year")) {
        const double exact = published.at({std::stoi(r[0]), std::stoi(r[1])}) * 5000.0 / 78000.0;
        EXPECT_NEAR(static_cast<double>(std::stoll(r[2])), exact, 1.0) << r[0] << " " << r[1];
        gi += std::stoll(r[2]);
    }
    EXPECT_EQ(gi, std::llround(77925.0 * 5000.0 / 78000.0));  // 4,995
    const std::int64_t eco = scalar(*dsA, "SELECT count(*) FROM factories WHERE eco_factory = 1");
    EXPECT_EQ(eco, std::llround(172.0 * 5000.0 / 78000.0));  // 11
    EXPECT_EQ(scalar(*dsA, "SELECT count(DISTINCT estate_id) FROM factories WHERE eco_factory = 1"),
              eco);
    EXPECT_GT(scalar(*dsA, "SELECT count(*) FROM certificates WHERE cert_type = 'csr-diw'"), 0);
    // the geography does not depend on the size
    EXPECT_EQ(scalar(*dsA, "SELECT count(*) FROM areas"), 54);
    EXPECT_EQ(scalar(*dsA, "SELECT count(*) FROM provinces"), 77);
}

TEST(SampleTest, ExistingOutputNeedsOverwrite) {
    ScratchDir dir;
    const std::string out = dir.file("x.gpkg");
    test::writeTextFile(out, "keep me");
    auto r = runCli(sampleArgs(out, {"--factories", "100"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(out), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("overwrite"), std::string::npos) << r.err;
    EXPECT_EQ(test::readTextFile(out), "keep me");
    r = runCli(sampleArgs(out, {"--factories", "100", "--overwrite"}));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto ds = openGpkg(out);
    EXPECT_EQ(scalar(*ds, "SELECT count(*) FROM factories"), 100);
    // nothing temporary left beside it
    for (const auto& e : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(e.path().filename().string(), "x.gpkg");
    }
}

TEST(SampleTest, DiskFullLeavesNothingBehind) {
    ScratchDir dir;
    const std::string out = dir.file("full.gpkg");
    const auto r = runCli(sampleArgs(out, {"--factories", "20000"}), 2 * 1024 * 1024);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(out), std::string::npos) << r.err;
    EXPECT_TRUE(fs::is_empty(dir.path())) << fs::directory_iterator(dir.path())->path();
}

TEST(SampleTest, BadArgumentsExitTwoWithOneLineNamingTheProblem) {
    ScratchDir dir;
    {
        const auto r = runCli({"sample", "--data-dir", kDataDir.string()});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find("--output"), std::string::npos) << r.err;
    }
    {
        const std::string world = dir.file("no-such-world.gpkg");
        auto args = sampleArgs(dir.file("o.gpkg"));
        args[6] = world;  // --world
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find(world), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(dir.file("o.gpkg")));
    }
    {
        const std::string world = dir.file("garbage.gpkg");
        test::writeTextFile(world, "this is not a GeoPackage\n");
        auto args = sampleArgs(dir.file("o.gpkg"));
        args[6] = world;
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find(world), std::string::npos) << r.err;
    }
    {
        auto args = sampleArgs(dir.file("o.gpkg"));
        args[4] = dir.file("empty-data-dir");
        fs::create_directories(args[4]);
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find("provinces.csv"), std::string::npos) << r.err;
    }
    for (const char* bad : {"0", "-5", "many"}) {
        const auto r = runCli(sampleArgs(dir.file("o.gpkg"), {"--factories", bad}));
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_NE(r.err.find("--factories"), std::string::npos) << r.err;
    }
    {
        const auto r = runCli(sampleArgs(dir.file("o.geojson"), {"--factories", "10"}));
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_NE(r.err.find("o.geojson"), std::string::npos) << r.err;
    }
    EXPECT_FALSE(fs::exists(dir.file("o.gpkg")));
}

TEST(SampleTest, AProvinceThatDoesNotJoinFailsNamingTheTableAndTheName) {
    ScratchDir dir;
    const fs::path data = dir.path() / "data";
    fs::create_directories(data);
    for (const auto& e : fs::directory_iterator(kDataDir)) {
        if (e.path().extension() == ".csv")
            fs::copy_file(e.path(), data / e.path().filename());
    }
    std::string provinces = test::readTextFile((data / "provinces.csv").string());
    const std::string from = "TH-31,Buri Ram,";
    const auto at = provinces.find(from);
    ASSERT_NE(at, std::string::npos);
    provinces.replace(at, from.size(), "TH-31,Buriram,");
    test::writeTextFile((data / "provinces.csv").string(), provinces);

    const std::string out = dir.file("o.gpkg");
    const auto r = runCli({"sample", "--output", out, "--data-dir", data.string(), "--world",
                           test::kWorldMap, "--factories", "100"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("provinces.csv"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("'Buri Ram'"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
    for (const auto& e : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(e.path().filename().string().find("tmp"), std::string::npos) << e.path();
    }
}

// ---------------------------------------------------------------- the generator's building blocks

TEST(SampleTest, RandomNumbersAreTheSameEverywhere) {
    layers::SampleRandom a(42), b(42), c(43);
    std::uint64_t first = a.next();
    EXPECT_EQ(first, b.next());
    EXPECT_NE(first, c.next());
    // fixed values: the dataset must not change with the standard library or the platform
    layers::SampleRandom fixed(1);
    const std::uint64_t v1 = fixed.next(), v2 = fixed.next();
    layers::SampleRandom again(1);
    EXPECT_EQ(again.next(), v1);
    EXPECT_EQ(again.next(), v2);
    int counts[6] = {};
    for (int i = 0; i < 60000; ++i) {
        const double u = a.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        const auto k = a.below(6);
        ASSERT_LT(k, 6u);
        ++counts[k];
        const auto m = a.between(2017, 2022);
        ASSERT_GE(m, 2017);
        ASSERT_LE(m, 2022);
    }
    for (int n : counts)
        EXPECT_NEAR(n, 10000, 500);
    EXPECT_EQ(a.below(1), 0u);
}

TEST(SampleTest, ApportionAndScaleByLargestRemainder) {
    EXPECT_EQ(layers::apportion({1, 1, 1}, 10), (std::vector<std::int64_t>{4, 3, 3}));
    EXPECT_EQ(layers::apportion({140, 120, 740}, 1000), (std::vector<std::int64_t>{140, 120, 740}));
    EXPECT_EQ(layers::apportion({0, 5}, 3), (std::vector<std::int64_t>{0, 3}));
    EXPECT_EQ(layers::apportion({}, 3), (std::vector<std::int64_t>{}));
    const std::vector<std::int64_t> cells{316, 1172, 4407, 0, 5};
    EXPECT_EQ(layers::scaleCounts(cells, 78000, 78000), cells);
    const auto half = layers::scaleCounts(cells, 1, 2);  // 158, 586, 2203.5, 0, 2.5 -> 2950
    EXPECT_EQ(half, (std::vector<std::int64_t>{158, 586, 2204, 0, 2}));
    std::int64_t sum = 0;
    for (auto v : layers::scaleCounts(cells, 5000, 78000))
        sum += v;
    EXPECT_EQ(sum, std::llround((316 + 1172 + 4407 + 5) * 5000.0 / 78000.0));
}

// Run from a folder that is not the repository, without --data-dir: the tables are found in the
// build tree next to the program (build/data/tables), as --data finds the dataset.
TEST(SampleTest, FindsItsTablesFromAnyFolder) {
    ScratchDir dir;
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    const auto r =
        runCli({"sample", "--output", "x.gpkg", "--world", test::kWorldMap, "--factories", "100"});
    fs::current_path(before);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(fs::is_regular_file(dir.path() / "x.gpkg"));
    auto ds = openGpkg(dir.file("x.gpkg"));
    ASSERT_TRUE(ds);
    EXPECT_EQ(ds->GetLayerByName("areas")->GetFeatureCount(), 54);
}
