// Mapping files: an agency's shapefile with its own field names (FAC_ID, NAME_T, PROV_CODE,
// LEVEL...), in CP874 without a .cpg and in UTM, loads without being edited; its values that
// match nothing are reported one per line; a bad mapping file is a MappingError naming it.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "geo/Crs.hpp"
#include "geo/Error.hpp"
#include "geo/Writer.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"
#include "layers/Mapping.hpp"

namespace ecotown::test {

namespace {

using namespace ecotown::layers;
using geo::FieldType;
using geo::FieldValue;

struct AgencyFactory {
    double lon, lat;
    const char* id;
    const char* name;
    const char* province;
    const char* level;
    FieldValue year;
    const char* eco;
};

// factories.shp in UTM 47N, CP874, with no .cpg and no code page in the DBF header.
void writeAgencyShapefile(const std::string& path, const std::vector<AgencyFactory>& rows) {
    geo::Schema schema;
    schema.geometryType = geo::GeometryType::Point;
    schema.fields = {{"FAC_ID", FieldType::String, 10, 0},    {"NAME_T", FieldType::String, 80, 0},
                     {"PROV_CODE", FieldType::String, 30, 0}, {"LEVEL", FieldType::String, 5, 0},
                     {"YEAR", FieldType::Integer, 6, 0},      {"ECO", FieldType::String, 3, 0}};
    const geo::Crs utm = geo::Crs::fromUserInput("EPSG:32647");
    geo::CoordinateTransform toUtm(geo::Crs::wgs84(), utm);
    geo::WriteOptions options;
    options.format = geo::Format::Shapefile;
    options.encoding = "CP874";
    geo::FeatureWriter writer(path, schema, utm, options);
    std::int64_t fid = 0;
    for (const AgencyFactory& r : rows) {
        geo::Feature f;
        f.fid = fid++;
        const geo::XY p = toUtm.transform(geo::XY{r.lon, r.lat});
        f.geometry = geo::Geometry::point(p.x, p.y);
        f.values = {r.id, r.name, r.province, r.level, r.year, r.eco};
        writer.write(f);
    }
    writer.commit();
    const std::filesystem::path base = std::filesystem::path(path).replace_extension();
    std::filesystem::remove(base.string() + ".cpg");
    // no language driver id either: the reader has to find CP874 by itself
    std::fstream dbf(base.string() + ".dbf", std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put('\0');
}

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class MappingFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        m_base = writeAtlasFixture(m_dir.path().string());
        writeAgencyShapefile(
            m_dir.file("factories.shp"),
            {{100.5, 13.5, "A1", "โรงงานทดสอบ", "TH-20", "3", FieldValue{std::int64_t{2563}}, "Y"},
             {101.5, 13.5, "A2", "โรงงานระยอง", "21", "GI2", FieldValue{std::int64_t{2019}}, "N"},
             {100.6, 13.6, "A3", "โรงงานชลบุรี", "ชลบุรี", "", FieldValue{}, ""},
             {100.7, 13.7, "A4", "โรงงานสี่", "Chonburi", "7", FieldValue{std::int64_t{2020}}, "N"},
             {101.7, 13.7, "A5", "โรงงานห้า", "TH47", "1", FieldValue{std::int64_t{2015}}, "N"},
             {100.8, 13.8, "A6", "โรงงานหก", "Chon Bury", "1", FieldValue{std::int64_t{2016}}, "N"},
             {101.2, 13.9, "A7", "โรงงานเจ็ด", "TH-20", "2", FieldValue{std::int64_t{2021}}, "N"},
             {100.1, 13.1, "A8", "โรงงานแปด", "20", "5", FieldValue{std::int64_t{2022}}, "Y"}});
    }

    std::string writeMapping(const std::string& json) {
        const std::string path = m_dir.file("mapping.json");
        writeTextFile(path, json);
        return path;
    }

    static constexpr const char* kGoodMapping = R"({
  "base": "fixture.gpkg",
  "factories": {
    "source": "factories.shp",
    "fields": {"id": "FAC_ID", "name": "NAME_T", "province": "PROV_CODE", "level": "LEVEL",
               "year": "YEAR", "eco_factory": "ECO"}
  }
})";

    ScratchDir m_dir;
    std::string m_base;
};

TEST_F(MappingFixture, TheFixtureReallyIsCp874WithoutDeclaration) {
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("factories.cpg")));
    const std::string dbf = fileBytes(m_dir.file("factories.dbf"));
    EXPECT_NE(dbf.find("\xE2\xC3\xA7\xA7\xD2\xB9\xB7\xB4\xCA\xCD\xBA"),
              std::string::npos);                      // โรงงานทดสอบ in CP874
    EXPECT_EQ(dbf.find("โรงงาน"), std::string::npos);  // not UTF-8
}

TEST_F(MappingFixture, AgencyShapefileLoadsWithoutEditing) {
    const Mapping mapping = Mapping::load(writeMapping(kGoodMapping));
    ASSERT_EQ(mapping.layers.size(), 1u);
    EXPECT_EQ(mapping.base, m_base);
    const Atlas atlas = loadWithMapping(mapping, "/nonexistent/bundled.gpkg");
    const FactoryTable& f = atlas.factories();
    ASSERT_EQ(f.size(), 8u);
    EXPECT_EQ(atlas.areas().size(), 3u);  // from the base
    const std::size_t a1 = *atlas.findFactory("A1");
    EXPECT_EQ(f.nameTh[a1], "โรงงานทดสอบ");
    EXPECT_NEAR(f.lon[a1], 100.5, 1e-7);  // back from UTM
    EXPECT_NEAR(f.lat[a1], 13.5, 1e-7);
    EXPECT_EQ(atlas.provinces()[static_cast<std::size_t>(f.province[a1])].code, "TH-20");
    EXPECT_EQ(atlas.giLevelAsOf(a1, 2020), 3);  // B.E. 2563 = 2020
    EXPECT_EQ(atlas.giLevelAsOf(a1, 2019), 0);
    EXPECT_TRUE(atlas.statusAsOf(a1, 2000).ecoFactory);               // a flag: held, year unknown
    EXPECT_EQ(atlas.giLevelAsOf(*atlas.findFactory("A2"), 2022), 2);  // "GI2"
    EXPECT_EQ(atlas.giLevelAsOf(*atlas.findFactory("A3"), 2022), 0);
    // declared provinces by ISO, number, Thai, English variant and FIPS
    for (const char* id : {"A1", "A3", "A4", "A8"}) {
        EXPECT_EQ(f.declaredProvince[*atlas.findFactory(id)], 1)
            << id;  // TH-20 is the fixture's 2nd
    }
    for (const char* id : {"A2", "A5"})
        EXPECT_EQ(f.declaredProvince[*atlas.findFactory(id)], 2) << id;

    // Filters work on the mapped factories like on the bundled ones.
    Filter filter;
    filter.certifications = parseCertificationRules("gi:3-5", "--cert");
    EXPECT_EQ(select(atlas, filter).factories.size(), 2u);  // A1 (3), A8 (5); A4's "7" is no level
}

TEST_F(MappingFixture, UnmatchedValuesAreReportedOneLineEach) {
    const Atlas atlas = loadWithMapping(Mapping::load(writeMapping(kGoodMapping)), "/nonexistent");
    std::vector<std::string> lines;
    for (const LoadIssue& i : atlas.issues()) {
        if (i.about == AtlasLayer::Factories)
            lines.push_back(i.toString());
    }
    // "Chon Bury" matches nothing; level "7" is not a level; A7 says TH-20 but lies in Rayong
    ASSERT_EQ(lines.size(), 3u) << ::testing::PrintToString(lines);
    auto find = [&](const std::string& part) {
        return std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.find(part) != std::string::npos;
        });
    };
    const auto bury = find("Chon Bury");
    ASSERT_NE(bury, lines.end());
    EXPECT_NE(bury->find("factories.shp"), std::string::npos) << *bury;
    EXPECT_NE(bury->find("feature A6"), std::string::npos) << *bury;
    EXPECT_NE(bury->find("field PROV_CODE"), std::string::npos) << *bury;
    const auto seven = find("'7'");
    ASSERT_NE(seven, lines.end());
    EXPECT_NE(seven->find("feature A4"), std::string::npos) << *seven;
    EXPECT_NE(seven->find("field LEVEL"), std::string::npos) << *seven;
    const auto mismatch = find("feature A7");
    ASSERT_NE(mismatch, lines.end());
    EXPECT_NE(mismatch->find("Rayong"), std::string::npos) << *mismatch;
    // nothing dropped: all eight factories are there
    EXPECT_EQ(atlas.factories().size(), 8u);
}

TEST_F(MappingFixture, AreasFromAnotherFile) {
    // a GeoJSON of areas with its own names for the fields, stage written in Thai
    writeTextFile(m_dir.file("areas.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"CODE":"X1","NAME":"พื้นที่ทดสอบ","STAGE":"ระดับ 2","PROV":"Rayong","PH":2},
 "geometry":{"type":"Polygon","coordinates":[[[101.1,13.1],[101.9,13.1],[101.9,13.9],[101.1,13.9],[101.1,13.1]]]}},
{"type":"Feature","properties":{"CODE":"X2","NAME":"Bad stage","STAGE":"nine","PROV":"TH-20","PH":1},
 "geometry":{"type":"Polygon","coordinates":[[[100.5,13.9],[100.6,13.9],[100.6,13.95],[100.5,13.9]]]}}]})");
    const Mapping mapping =
        Mapping::parse(R"({"base": "fixture.gpkg", "areas": {"source": "areas.geojson",
        "fields": {"id": "CODE", "name": "NAME", "stage": "STAGE", "province": "PROV", "phase": "PH"}}})",
                       m_dir.file("m.json"));
    const Atlas atlas = loadWithMapping(mapping, "/nonexistent");
    ASSERT_EQ(atlas.areas().size(), 2u);
    EXPECT_EQ(atlas.areas()[0].nameTh, "พื้นที่ทดสอบ");
    EXPECT_EQ(atlas.areas()[0].stage, DevelopmentStage::Enhancement);
    EXPECT_EQ(atlas.areas()[0].phase, 2);
    EXPECT_EQ(atlas.areas()[1].nameEn, "Bad stage");
    EXPECT_FALSE(atlas.areas()[1].stage.has_value());
    // factories of the base are joined to the new areas
    EXPECT_EQ(atlas.factories().area[*atlas.findFactory("F0000001")], 0);
    EXPECT_EQ(atlas.factories().area[*atlas.findFactory("F0000008")], kNoIndex);
    const auto bad =
        std::count_if(atlas.issues().begin(), atlas.issues().end(), [](const LoadIssue& i) {
            return i.about == AtlasLayer::Areas && i.value == "nine" && i.featureId == "X2" &&
                   i.field == "STAGE";
        });
    EXPECT_EQ(bad, 1);
}

// Every bad mapping: MappingError, naming the mapping file.
void expectMappingError(const std::string& path, const std::string& part) {
    try {
        const Mapping m = Mapping::load(path);
        (void)loadWithMapping(m, "/nonexistent");
        ADD_FAILURE() << "no error for " << part;
    } catch (const MappingError& e) {
        EXPECT_EQ(e.file(), path) << e.what();
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
    }
}

TEST_F(MappingFixture, BadMappingFilesNameThemselves) {
    expectMappingError(writeMapping("{ \"factories\": { \"source\": "), "invalid JSON");
    expectMappingError(writeMapping("[1, 2]"), "must be a JSON object");
    // A value of a layer that names nothing: the mapping file and the layer, not a bare reason.
    expectMappingError(writeMapping(R"({"base": "fixture.gpkg", "factories": {"source":
        "factories.shp", "assume_crs": "EPSG:999999", "fields": {"id": "FAC_ID"}}})"),
                       "\"factories\": unknown coordinate reference system 'EPSG:999999'");
    // A number too large for any type (found by fuzzing: it escaped as nlohmann's out_of_range).
    expectMappingError(writeMapping("{\"base\": " + std::string(400, '9') + "}"),
                       "invalid JSON: number overflow");
    expectMappingError(writeMapping(R"({"factorys": {}})"), "unknown key \"factorys\"");
    expectMappingError(writeMapping(R"({"factories": {"fields": {"id": "FAC_ID"}}})"),
                       "missing required key \"source\"");
    expectMappingError(writeMapping(R"({"factories": {"source": "factories.shp"}})"),
                       "missing required key \"fields\"");
    expectMappingError(writeMapping(R"({"factories": {"source": 5, "fields": {"id": "FAC_ID"}}})"),
                       "\"factories\".source must be a string, not a number");
    expectMappingError(writeMapping(R"({"factories": {"source": "factories.shp", "fields": 3}})"),
                       "\"factories\".fields must be an object");
    expectMappingError(
        writeMapping(R"({"factories": {"source": "factories.shp", "fields": {"id": 7}}})"),
        "\"factories\".fields.id must be a field name");
    expectMappingError(
        writeMapping(R"({"factories": {"source": "factories.shp", "fields": {"name": "NAME_T"}}})"),
        "missing required role \"id\"");
    expectMappingError(
        writeMapping(
            R"({"factories": {"source": "factories.shp", "fields": {"id": "FAC_ID", "colour": "X"}}})"),
        "unknown role \"colour\"");
    expectMappingError(
        writeMapping(R"({"areas": {"source": "factories.shp", "fields": {"id": "FAC_ID"}}})"),
        "missing required role \"stage\"");
    expectMappingError(
        writeMapping(R"({"base": "fixture.gpkg", "factories": {"source": "factories.shp",
                                        "fields": {"id": "FAC_ID", "level": "LEVL"}}})"),
        "no field named 'LEVL'");
    expectMappingError(
        writeMapping(R"({"base": "fixture.gpkg", "factories": {"source": "factories.shp",
                                        "layer": "nope", "fields": {"id": "FAC_ID"}}})"),
        "nope");
    expectMappingError(m_dir.file("absent.json"), "cannot read");
}

TEST_F(MappingFixture, UnknownFieldMessageListsWhatTheSourceHas) {
    const std::string path =
        writeMapping(R"({"base": "fixture.gpkg", "factories": {"source": "factories.shp",
                                              "fields": {"id": "FAC_ID", "level": "LEVL"}}})");
    try {
        (void)loadWithMapping(Mapping::load(path), "/nonexistent");
        FAIL();
    } catch (const MappingError& e) {
        EXPECT_NE(std::string(e.what()).find("PROV_CODE"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("factories.shp"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace ecotown::test
