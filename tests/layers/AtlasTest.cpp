// The atlas model and the bundled-dataset loader, on a small GeoPackage the test writes itself
// (docs/DATASET.md schema, squares for polygons so every join is known by hand) and on the
// bundled dataset the build makes.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "geo/Error.hpp"
#include "geo/Writer.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"

namespace ecotown::test {

using geo::FieldType;
using geo::FieldValue;

namespace {

// Built directly, not through WKT text (std::to_string would follow the locale).
geo::Geometry square(double x0, double y0, double x1, double y1) {
    geo::Geometry g;
    g.type = geo::GeometryType::MultiPolygon;
    g.coords = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    g.ringEnds = {5};
    g.partEnds = {1};
    return g;
}

// Writes one layer of the fixture GeoPackage (the first one creates the file).
void writeLayer(const std::string& path, const std::string& layer, geo::GeometryType type,
                const std::vector<std::pair<std::string, FieldType>>& fields,
                const std::vector<std::pair<geo::Geometry, std::vector<FieldValue>>>& rows,
                bool first) {
    geo::Schema schema;
    schema.geometryType = type;
    for (const auto& [name, t] : fields)
        schema.fields.push_back({name, t, 0, 0});
    geo::WriteOptions options;
    options.format = geo::Format::GeoPackage;
    options.layerName = layer;
    options.appendToExisting = !first;
    options.overwrite = first;
    geo::FeatureWriter writer(path, schema, geo::Crs::wgs84(), options);
    std::int64_t fid = 1;
    for (const auto& [geometry, values] : rows) {
        geo::Feature f;
        f.fid = fid++;
        f.geometry = geometry;
        f.values = values;
        writer.write(f);
    }
    writer.commit();
}

}  // namespace

// The fixture (used by the other tests in tests/layers too):
//   provinces  TH-10 Bangkok [99,100]x[13,14]; TH-20 Chon Buri [100,101]x[13,14];
//              TH-21 Rayong [101,102]x[13,14]; TH-50 Chiang Mai [98,99]x[18,19]
//   areas      ETA-01 Rayong [101.2,101.6]x[13.2,13.6] phase 1 stage 4;
//              ETA-02 Chon Buri = the province, phase 1 stage 3;
//              ETA-03 Chiang Mai [98.2,98.4]x[18.2,18.4] phase 3 stage 1
//   estates    E01 [101.3,101.4]x[13.3,13.4] (in ETA-01) Eco-World Class 2021;
//              E02 Bangkok [99.5,99.6]x[13.5,13.6] no level
//   factories  F0000001 (101.35,13.35) Rayong, ETA-01, E01: GI1 2015, GI3 2020, Eco Factory 2021
//              F0000002 (101.8,13.8) Rayong, declared TH-20 (a mismatch): GI2 2019
//              F0000003 (100.5,13.5) Chon Buri, ETA-02: GI5 2022, CSR-DIW 2022
//              F0000004 (99.55,13.55) Bangkok, E02, declared "Bangkok": none
//              F0000005 (98.3,18.3) Chiang Mai, ETA-03, declared "เชียงใหม่": GI1 2011, GI2 2013
//              F0000006 (105,5) at sea, declared TH-20 (outside every province): GI1 2022
//              F0000007 (99.2,13.2) Bangkok, declared "Krung Thep Maha Nakhon": GI4 2018
//              F0000008 (100.2,13.2) Chon Buri, declared "Chon' Buri" (unmatched): CSR-DIW 2016
//   certificates also: one for F9999999 (no such factory), one of type "gold"
std::string writeAtlasFixture(const std::string& folder) {
    const std::string path = (std::filesystem::path(folder) / "fixture.gpkg").string();
    using P = geo::GeometryType;
    writeLayer(
        path, "provinces", P::MultiPolygon,
        {{"province_code", FieldType::String},
         {"province_num", FieldType::Integer},
         {"name_en", FieldType::String},
         {"name_th", FieldType::String},
         {"region", FieldType::String},
         {"ne_name", FieldType::String},
         {"fips", FieldType::String}},
        {{square(99, 13, 100, 14),
          {"TH-10", std::int64_t{10}, "Bangkok", "กรุงเทพมหานคร", "central", "Bangkok Metropolis",
           "TH40"}},
         {square(100, 13, 101, 14),
          {"TH-20", std::int64_t{20}, "Chon Buri", "ชลบุรี", "east", "Chon Buri", "TH46"}},
         {square(101, 13, 102, 14),
          {"TH-21", std::int64_t{21}, "Rayong", "ระยอง", "east", "Rayong", "TH47"}},
         {square(98, 18, 99, 19),
          {"TH-50", std::int64_t{50}, "Chiang Mai", "เชียงใหม่", "north", "Chiang Mai", "TH02"}}},
        true);
    writeLayer(path, "countries", P::MultiPolygon,
               {{"name", FieldType::String}, {"iso_a2", FieldType::String}},
               {{square(102, 14, 103, 15), {"Laos", "LA"}}}, false);
    const std::vector<std::pair<std::string, FieldType>> areaFields = {
        {"area_id", FieldType::String},     {"name_en", FieldType::String},
        {"name_th", FieldType::String},     {"province_code", FieldType::String},
        {"phase", FieldType::Integer},      {"year_designated", FieldType::Integer},
        {"scope", FieldType::String},       {"stage", FieldType::Integer},
        {"status", FieldType::String},      {"source", FieldType::String},
        {"approximate", FieldType::Integer}};
    writeLayer(path, "areas", P::MultiPolygon, areaFields,
               {{square(101.2, 13.2, 101.6, 13.6),
                 {"ETA-01", "Map Ta Phut", "มาบตาพุด", "TH-21", std::int64_t{1}, std::int64_t{2015},
                  "zone", std::int64_t{4}, "confirmed", "test", std::int64_t{1}}},
                {square(100, 13, 101, 14),
                 {"ETA-02", "Chon Buri", "จังหวัดชลบุรี", "TH-20", std::int64_t{1}, std::int64_t{2016},
                  "province", std::int64_t{3}, "partial", "test", std::int64_t{0}}},
                {square(98.2, 18.2, 98.4, 18.4),
                 {"ETA-03", "Mae Faek", "ตำบลแม่แฝก", "TH-50", std::int64_t{3}, std::int64_t{2023},
                  "subdistrict", std::int64_t{1}, "partial", "test", std::int64_t{1}}}},
               false);
    const std::vector<std::pair<std::string, FieldType>> estateFields = {
        {"estate_id", FieldType::String},   {"name_en", FieldType::String},
        {"name_th", FieldType::String},     {"province_code", FieldType::String},
        {"area_rai", FieldType::Real},      {"area_rai_status", FieldType::String},
        {"ieat_level", FieldType::String},  {"ieat_level_year", FieldType::Integer},
        {"status", FieldType::String},      {"source", FieldType::String},
        {"approximate", FieldType::Integer}};
    writeLayer(
        path, "estates", P::MultiPolygon, estateFields,
        {{square(101.3, 13.3, 101.4, 13.4),
          {"E01", "Asia Industrial Estate", "นิคมอุตสาหกรรมเอเชีย", "TH-21", 1383.0, "confirmed",
           "Eco-World Class", std::int64_t{2021}, "confirmed", "test", std::int64_t{1}}},
         {square(99.5, 13.5, 99.6, 13.6),
          {"E02", "Bang Chan Industrial Estate", "นิคมอุตสาหกรรมบางชัน", "TH-10", FieldValue{}, "",
           FieldValue{}, FieldValue{}, "partial", "test", std::int64_t{1}}}},
        false);
    const std::vector<std::pair<std::string, FieldType>> factoryFields = {
        {"factory_id", FieldType::String},    {"name_th", FieldType::String},
        {"province_code", FieldType::String}, {"estate_id", FieldType::String},
        {"gi_level", FieldType::Integer},     {"gi_year", FieldType::Integer},
        {"eco_factory", FieldType::Integer},  {"csr_diw", FieldType::Integer},
        {"synthetic", FieldType::Integer}};
    auto factory = [](double x, double y, const char* id, const char* name, const char* province) {
        return std::pair<geo::Geometry, std::vector<FieldValue>>{
            geo::Geometry::point(x, y),
            {id, name, province, FieldValue{}, std::int64_t{0}, FieldValue{}, std::int64_t{0},
             std::int64_t{0}, std::int64_t{1}}};
    };
    writeLayer(path, "factories", P::Point, factoryFields,
               {factory(101.35, 13.35, "F0000001", "โรงงาน \"หนึ่ง\" จำกัด", "TH-21"),
                factory(101.8, 13.8, "F0000002", "โรงงาน สอง", "TH-20"),
                factory(100.5, 13.5, "F0000003", "โรงงาน สาม", "TH-20"),
                factory(99.55, 13.55, "F0000004", "โรงงาน สี่", "Bangkok"),
                factory(98.3, 18.3, "F0000005", "โรงงาน ห้า", "เชียงใหม่"),
                factory(105, 5, "F0000006", "โรงงาน หก", "TH-20"),
                factory(99.2, 13.2, "F0000007", "โรงงาน เจ็ด", "Krung Thep Maha Nakhon"),
                factory(100.2, 13.2, "F0000008", "โรงงาน แปด", "Chon' Buri")},
               false);
    auto cert = [](const char* id, const char* type, FieldValue level, int year) {
        return std::pair<geo::Geometry, std::vector<FieldValue>>{
            geo::Geometry{},
            {std::string("C-") + id + "-" + type + "-" + std::to_string(year), id, type, level,
             std::int64_t{year}, std::int64_t{year + 543}, std::int64_t{1}}};
    };
    const FieldValue none;
    writeLayer(
        path, "certificates", P::None,
        {{"cert_id", FieldType::String},
         {"factory_id", FieldType::String},
         {"cert_type", FieldType::String},
         {"level", FieldType::Integer},
         {"fiscal_year", FieldType::Integer},
         {"fiscal_year_be", FieldType::Integer},
         {"synthetic", FieldType::Integer}},
        {cert("F0000001", "gi", std::int64_t{3}, 2020),
         cert("F0000001", "gi", std::int64_t{1}, 2015), cert("F0000001", "eco-factory", none, 2021),
         cert("F0000002", "gi", std::int64_t{2}, 2019),
         cert("F0000003", "gi", std::int64_t{5}, 2022), cert("F0000003", "csr-diw", none, 2022),
         cert("F0000005", "gi", std::int64_t{1}, 2011),
         cert("F0000005", "gi", std::int64_t{2}, 2013),
         cert("F0000006", "gi", std::int64_t{1}, 2022),
         cert("F0000007", "gi", std::int64_t{4}, 2018), cert("F0000008", "csr-diw", none, 2016),
         cert("F9999999", "gi", std::int64_t{2}, 2020), cert("F0000004", "gold", none, 2020)},
        false);
    return path;
}

namespace {

using namespace ecotown::layers;

std::size_t factoryIndex(const Atlas& atlas, const char* id) {
    const auto i = atlas.findFactory(id);
    EXPECT_TRUE(i.has_value()) << id;
    return i.value_or(0);
}

std::string provinceOf(const Atlas& atlas, std::size_t factory) {
    const auto p = atlas.factories().province[factory];
    return p == kNoIndex ? std::string("-") : atlas.provinces()[static_cast<std::size_t>(p)].code;
}

TEST_F(AtlasFixture, LoadsEveryLayer) {
    const Atlas& a = *s_atlas;
    ASSERT_EQ(a.provinces().size(), 4u);
    EXPECT_EQ(a.provinces()[0].code, "TH-10");  // sorted by number
    EXPECT_EQ(a.provinces()[1].nameTh, "ชลบุรี");
    EXPECT_EQ(a.provinces()[1].region, Region::East);
    EXPECT_EQ(a.countries().size(), 1u);
    ASSERT_EQ(a.areas().size(), 3u);
    EXPECT_EQ(a.areas()[0].stage, DevelopmentStage::Symbiosis);
    EXPECT_EQ(a.areas()[2].phase, 3);
    EXPECT_EQ(a.areas()[1].nameTh, "จังหวัดชลบุรี");
    ASSERT_EQ(a.estates().size(), 2u);
    EXPECT_EQ(a.estates()[0].ieatLevel, IeatEcoLevel::EcoWorldClass);
    EXPECT_EQ(a.estates()[0].ieatLevelYear, 2021);
    EXPECT_EQ(a.estates()[0].areaRai, 1383.0);
    EXPECT_FALSE(a.estates()[1].ieatLevel.has_value());
    EXPECT_EQ(a.estates()[0].area, 0);         // E01 lies in ETA-01
    EXPECT_EQ(a.estates()[1].area, kNoIndex);  // E02 in no area
    EXPECT_EQ(a.factories().size(), 8u);
    EXPECT_EQ(a.factories().nameTh[0], "โรงงาน \"หนึ่ง\" จำกัด");
    // 11 certificates kept: the one for F9999999 and the "gold" one are reported instead
    EXPECT_EQ(a.certificates().size(), 11u);
    EXPECT_EQ(a.firstCertificateYear(), 2011);
    EXPECT_EQ(a.lastCertificateYear(), 2022);
}

TEST_F(AtlasFixture, FactoriesAreJoinedByGeometryNotByTheirDeclaredProvince) {
    const Atlas& a = *s_atlas;
    EXPECT_EQ(provinceOf(a, factoryIndex(a, "F0000001")), "TH-21");
    EXPECT_EQ(provinceOf(a, factoryIndex(a, "F0000002")), "TH-21");  // declared TH-20
    EXPECT_EQ(provinceOf(a, factoryIndex(a, "F0000006")), "-");      // at sea
    EXPECT_EQ(provinceOf(a, factoryIndex(a, "F0000008")), "TH-20");
    const auto& f = a.factories();
    EXPECT_EQ(f.area[factoryIndex(a, "F0000001")], 0);
    EXPECT_EQ(f.estate[factoryIndex(a, "F0000001")], 0);
    EXPECT_EQ(f.area[factoryIndex(a, "F0000002")], kNoIndex);
    EXPECT_EQ(f.area[factoryIndex(a, "F0000003")], 1);
    EXPECT_EQ(f.estate[factoryIndex(a, "F0000004")], 1);
    EXPECT_EQ(f.area[factoryIndex(a, "F0000005")], 2);
    // declared values by name, Thai name and alias
    EXPECT_EQ(f.declaredProvince[factoryIndex(a, "F0000004")], 0);
    EXPECT_EQ(f.declaredProvince[factoryIndex(a, "F0000005")], 3);
    EXPECT_EQ(f.declaredProvince[factoryIndex(a, "F0000007")], 0);
    EXPECT_EQ(f.declaredProvince[factoryIndex(a, "F0000008")], kNoIndex);
}

TEST_F(AtlasFixture, EveryProblemIsReportedOnceWithFileFeatureFieldAndValue) {
    std::vector<std::string> lines;
    for (const LoadIssue& i : s_atlas->issues())
        lines.push_back(i.toString());
    auto has = [&](LoadIssue::Kind kind, const std::string& feature, const std::string& value) {
        return std::count_if(
            s_atlas->issues().begin(), s_atlas->issues().end(), [&](const LoadIssue& i) {
                return i.kind == kind && i.featureId.find(feature) != std::string::npos &&
                       i.value == value;
            });
    };
    EXPECT_EQ(has(LoadIssue::Kind::UnmatchedValue, "F0000008", "Chon' Buri"), 1);
    EXPECT_EQ(has(LoadIssue::Kind::ProvinceMismatch, "F0000002", "TH-20"), 1);
    EXPECT_EQ(has(LoadIssue::Kind::ProvinceMismatch, "F0000006", "TH-20"), 1);
    EXPECT_EQ(has(LoadIssue::Kind::UnknownFactory, "fid", "F9999999"), 1);
    EXPECT_EQ(has(LoadIssue::Kind::UnmatchedValue, "fid", "gold"), 1);
    EXPECT_EQ(s_atlas->issues().size(), 5u) << ::testing::PrintToString(lines);
    for (const std::string& line : lines) {
        EXPECT_NE(line.find("fixture.gpkg"), std::string::npos) << line;
        EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    }
    const auto it = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("Chon' Buri") != std::string::npos;
    });
    ASSERT_NE(it, lines.end());
    EXPECT_NE(it->find("feature F0000008"), std::string::npos) << *it;
    EXPECT_NE(it->find("field province_code"), std::string::npos) << *it;
}

TEST_F(AtlasFixture, GreenIndustryLevelAsOfAYear) {
    const Atlas& a = *s_atlas;
    const std::size_t f1 = factoryIndex(a, "F0000001");
    EXPECT_EQ(a.giLevelAsOf(f1, 2014), 0);
    EXPECT_EQ(a.giLevelAsOf(f1, 2015), 1);
    EXPECT_EQ(a.giLevelAsOf(f1, 2019), 1);
    EXPECT_EQ(a.giLevelAsOf(f1, 2020), 3);
    const FactoryStatus s = a.statusAsOf(f1, 2022);
    EXPECT_EQ(s.giLevel, 3);
    EXPECT_EQ(s.giYear, 2020);
    EXPECT_TRUE(s.ecoFactory);
    EXPECT_FALSE(s.csrDiw);
    EXPECT_FALSE(a.statusAsOf(f1, 2020).ecoFactory);
    const std::size_t f5 = factoryIndex(a, "F0000005");
    EXPECT_EQ(a.statusAsOf(f5, 2012).giLevel, 1);
    EXPECT_EQ(a.statusAsOf(f5, 2022).giYear, 2013);
    EXPECT_EQ(a.giLevelAsOf(factoryIndex(a, "F0000004"), 2030), 0);
}

TEST_F(AtlasFixture, FindsProvincesByAnySpelling) {
    const Atlas& a = *s_atlas;
    EXPECT_EQ(a.findProvince("TH-20"), 1u);
    EXPECT_EQ(a.findProvince("Chonburi"), 1u);
    EXPECT_EQ(a.findProvince("ชลบุรี"), 1u);
    EXPECT_EQ(a.findProvince("TH46"), 1u);
    EXPECT_EQ(a.findProvince("TH40"), 0u);  // FIPS TH40 is Bangkok
    EXPECT_FALSE(a.findProvince("TH-40"));  // ISO TH-40 (Khon Kaen) is not in this atlas
    EXPECT_EQ(a.findArea("ETA-03"), 2u);
    EXPECT_EQ(a.findEstate("E02"), 1u);
    EXPECT_FALSE(a.findFactory("F0000009"));
}

TEST(AtlasLoad, MissingLayerOrFieldIsAnInputErrorNamingTheFile) {
    ScratchDir dir;
    const std::string path = dir.file("not-atlas.gpkg");
    writeLayer(path, "provinces", geo::GeometryType::MultiPolygon, {{"name", FieldType::String}},
               {{square(0, 0, 1, 1), {"x"}}}, true);
    try {
        (void)readBundledAtlas(path);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_NE(std::string(e.what()).find("areas"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)readBundledAtlas(dir.file("absent.gpkg")), InputError);
}

TEST(AtlasLoad, FieldHelpersAreLocaleFree) {
    EXPECT_EQ(fieldText(FieldValue{2.5}), "2.5");
    EXPECT_EQ(fieldText(FieldValue{std::int64_t{20}}), "20");
    EXPECT_EQ(fieldInteger(FieldValue{std::string(" 20 ")}), 20);
    EXPECT_EQ(fieldInteger(FieldValue{std::string("20.0")}), 20);
    EXPECT_FALSE(fieldInteger(FieldValue{std::string("20.5")}));
    EXPECT_FALSE(fieldInteger(FieldValue{std::string("abc")}));
    EXPECT_EQ(fieldInteger(FieldValue{20.0}), 20);
    EXPECT_EQ(fieldReal(FieldValue{std::string("660.56")}), 660.56);
    EXPECT_FALSE(fieldReal(FieldValue{std::string("660,56")}));
}

// --- the bundled dataset ------------------------------------------------------------------

class BundledAtlas : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        if (std::filesystem::exists(ECOTOWN_BUNDLED_GPKG))
            s_atlas = new Atlas(readBundledAtlas(ECOTOWN_BUNDLED_GPKG));
    }
    static void TearDownTestSuite() { delete s_atlas; }
    void SetUp() override {
        if (!s_atlas)
            GTEST_SKIP() << "no bundled dataset at " << ECOTOWN_BUNDLED_GPKG;
    }
    static Atlas* s_atlas;
};
Atlas* BundledAtlas::s_atlas = nullptr;

TEST_F(BundledAtlas, MatchesTheDatasetInvariants) {
    const Atlas& a = *s_atlas;
    EXPECT_EQ(a.provinces().size(), 77u);
    EXPECT_EQ(a.areas().size(), 54u);
    std::set<std::int32_t> areaProvinces;
    std::array<int, 6> stages{};
    for (const EcoTownArea& area : a.areas()) {
        areaProvinces.insert(area.province);
        ASSERT_TRUE(area.stage.has_value()) << area.id;
        ++stages[static_cast<std::size_t>(*area.stage)];
    }
    EXPECT_EQ(areaProvinces.size(), 39u);
    EXPECT_FALSE(areaProvinces.contains(kNoIndex));
    EXPECT_EQ(stages[4], 4);
    EXPECT_EQ(stages[3], 14);
    EXPECT_EQ(stages[1] + stages[2], 36);
    EXPECT_EQ(a.factories().size(), 78000u);
    std::int64_t gi = 0;
    std::set<std::int32_t> ecoFactories, ecoEstates;
    for (std::size_t c = 0; c < a.certificates().size(); ++c) {
        if (a.certificates().type[c] == CertificationType::GreenIndustry)
            ++gi;
        if (a.certificates().type[c] == CertificationType::EcoFactory) {
            const std::int32_t f = a.certificates().factory[c];
            ecoFactories.insert(f);
            ecoEstates.insert(a.factories().estate[static_cast<std::size_t>(f)]);
        }
    }
    EXPECT_EQ(gi, 77925);
    EXPECT_EQ(ecoFactories.size(), 172u);
    EXPECT_EQ(ecoEstates.size(), 23u);  // all inside estates (by geometry)
    EXPECT_FALSE(ecoEstates.contains(kNoIndex));
    // Every factory lies inside its declared province: the join finds no mismatch.
    for (const LoadIssue& i : a.issues())
        ADD_FAILURE() << i.toString();
    for (std::size_t i = 0; i < a.factories().size(); ++i) {
        ASSERT_EQ(a.factories().province[i], a.factories().declaredProvince[i])
            << a.factories().id[i];
    }
}

TEST_F(BundledAtlas, CertificatesPerYearAndLevelEqualThePublishedTable) {
    // DOMAIN.md: level 1 in B.E. 2565 (2022) = 30,501; level 5 in 2557 (2014) = 5; 2554 total 1,050
    const Atlas& a = *s_atlas;
    auto count = [&](int level, int year) {
        std::int64_t n = 0;
        for (std::size_t c = 0; c < a.certificates().size(); ++c) {
            if (a.certificates().type[c] == CertificationType::GreenIndustry &&
                (level == 0 || a.certificates().level[c] == level) &&
                a.certificates().fiscalYear[c] == year) {
                ++n;
            }
        }
        return n;
    };
    EXPECT_EQ(count(1, 2022), 30501);
    EXPECT_EQ(count(5, 2014), 5);
    EXPECT_EQ(count(0, 2011), 1050);
}

}  // namespace
}  // namespace ecotown::test
