#include "geo/Writer.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <clocale>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include "TestSupport.hpp"
#include "geo/Error.hpp"
#include "geo/detail/WriterImpl.hpp"

namespace ecotown::geo {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

const std::string kThaiCompany = "บริษัท ไทยพลาสติก จำกัด";
const std::string kThaiEstate = "นิคมอุตสาหกรรมมาบตาพุด";
const std::string kTricky = "Bang \"kok\" \\ back\nslash\ttab";

// ----- fixtures --------------------------------------------------------------------------

Schema pointSchema() {
    Schema s;
    s.geometryType = GeometryType::Point;
    s.fields = {{"name", FieldType::String},       {"province_code", FieldType::String},
                {"employees", FieldType::Integer}, {"area_rai", FieldType::Real},
                {"certified", FieldType::Boolean}, {"opened", FieldType::Date}};
    return s;
}

Feature pointFeature(std::int64_t fid, double x, double y, FieldValue name, FieldValue code,
                     FieldValue employees, FieldValue area, FieldValue certified,
                     FieldValue opened) {
    Feature f;
    f.fid = fid;
    f.geometry = Geometry::point(x, y);
    f.values = {std::move(name), std::move(code),      std::move(employees),
                std::move(area), std::move(certified), std::move(opened)};
    return f;
}

std::vector<Feature> pointFeatures() {
    return {
        pointFeature(1, 101.28, 12.68, kThaiCompany, std::string("21"), std::int64_t{120}, 15.5,
                     std::int64_t{1}, std::string("2020-05-01")),
        pointFeature(2, 101.15, 12.71, kThaiEstate, std::string("21"), std::monostate{},
                     std::monostate{}, std::int64_t{0}, std::monostate{}),
        pointFeature(3, 100.5, 13.75, kTricky, std::string("10"), std::int64_t{-5}, 0.1,
                     std::monostate{}, std::string("1999-12-31")),
    };
}

Schema polygonSchema(GeometryType type) {
    Schema s;
    s.geometryType = type;
    s.fields = {{"name", FieldType::String}};
    return s;
}

Feature wktFeature(std::int64_t fid, const std::string& wkt, const std::string& name) {
    Feature f;
    f.fid = fid;
    f.geometry = Geometry::fromWkt(wkt);
    f.values = {name};
    return f;
}

// exterior clockwise and hole counter-clockwise on purpose: GeoJSON must turn both around
const char* kPolygonWithHole =
    "POLYGON ((101 12,101 13,102 13,102 12,101 12),(101.25 12.25,101.75 12.25,101.75 12.75,"
    "101.25 12.75,101.25 12.25))";
const char* kMultiPolygon =
    "MULTIPOLYGON (((100 13,100.5 13,100.5 13.5,100 13.5,100 13)),((103 14,103 15,104 15,"
    "103 14)))";

std::vector<Feature> polygonFeatures() {
    return {wktFeature(1, kPolygonWithHole, kThaiEstate), wktFeature(2, kMultiPolygon, "multi")};
}

void writeAll(const std::string& path, const Schema& schema, const std::vector<Feature>& features,
              const WriteOptions& options, const Crs& crs = Crs::wgs84(),
              std::vector<std::string>* notes = nullptr,
              std::vector<std::string>* fieldNames = nullptr) {
    FeatureWriter writer(path, schema, crs, options);
    for (const Feature& f : features)
        writer.write(f);
    writer.commit();
    EXPECT_EQ(writer.written(), static_cast<std::int64_t>(features.size()));
    if (notes)
        *notes = writer.notes();
    if (fieldNames)
        *fieldNames = writer.outputFieldNames();
}

WriteOptions optionsFor(Format format) {
    WriteOptions o;
    o.format = format;
    return o;
}

// ----- reading back with GDAL ------------------------------------------------------------

struct ReadBack {
    std::vector<OGRFeatureUniquePtr> features;
    std::string srsCode;  // "EPSG:32647"
    OGRwkbGeometryType geometryType = wkbUnknown;
    std::string layerName;
};

ReadBack readBack(const std::string& path, char** openOptions = nullptr) {
    GDALAllRegister();
    ReadBack out;
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR, nullptr, openOptions, nullptr));
    if (!ds) {
        ADD_FAILURE() << "GDAL cannot open " << path << ": " << CPLGetLastErrorMsg();
        return out;
    }
    OGRLayer* layer = ds->GetLayer(0);
    if (layer == nullptr) {
        ADD_FAILURE() << "no layer in " << path;
        return out;
    }
    out.layerName = layer->GetName();
    out.geometryType = layer->GetGeomType();
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        if (srs->GetAuthorityName(nullptr) && srs->GetAuthorityCode(nullptr)) {
            out.srsCode =
                std::string(srs->GetAuthorityName(nullptr)) + ":" + srs->GetAuthorityCode(nullptr);
        }
    }
    for (auto& f : *layer)
        out.features.emplace_back(f.release());
    return out;
}

const OGRFeature* findByName(const ReadBack& rb, const std::string& field,
                             const std::string& name) {
    for (const auto& f : rb.features) {
        const int i = f->GetFieldIndex(field.c_str());
        if (i >= 0 && f->IsFieldSetAndNotNull(i) && name == f->GetFieldAsString(i))
            return f.get();
    }
    return nullptr;
}

bool isNullField(const OGRFeature& f, const char* name) {
    const int i = f.GetFieldIndex(name);
    return i < 0 || !f.IsFieldSetAndNotNull(i);
}

// Checks the three point features; `names` maps our field names to the output's.
void checkPoints(const ReadBack& rb, double tolerance,
                 const std::map<std::string, std::string>& names = {}, bool typed = true,
                 const std::string& tricky = kTricky) {
    auto n = [&](const std::string& field) {
        auto it = names.find(field);
        return it == names.end() ? field : it->second;
    };
    ASSERT_EQ(rb.features.size(), 3u);
    const OGRFeature* a = findByName(rb, n("name"), kThaiCompany);
    const OGRFeature* b = findByName(rb, n("name"), kThaiEstate);
    const OGRFeature* c = findByName(rb, n("name"), tricky);
    ASSERT_TRUE(a && b && c) << "Thai or escaped text did not come back exactly";
    const OGRPoint* p = a->GetGeometryRef()->toPoint();
    EXPECT_NEAR(p->getX(), 101.28, tolerance);
    EXPECT_NEAR(p->getY(), 12.68, tolerance);
    p = c->GetGeometryRef()->toPoint();
    EXPECT_NEAR(p->getX(), 100.5, tolerance);
    EXPECT_NEAR(p->getY(), 13.75, tolerance);
    EXPECT_STREQ(a->GetFieldAsString(n("province_code").c_str()), "21");
    EXPECT_EQ(a->GetFieldAsInteger64(n("employees").c_str()), 120);
    EXPECT_EQ(c->GetFieldAsInteger64(n("employees").c_str()), -5);
    EXPECT_DOUBLE_EQ(a->GetFieldAsDouble(n("area_rai").c_str()), 15.5);
    EXPECT_DOUBLE_EQ(c->GetFieldAsDouble(n("area_rai").c_str()), 0.1);
    EXPECT_TRUE(isNullField(*b, n("employees").c_str()));
    EXPECT_TRUE(isNullField(*b, n("area_rai").c_str()));
    if (typed) {
        EXPECT_EQ(a->GetFieldAsInteger(n("certified").c_str()), 1);
        EXPECT_EQ(b->GetFieldAsInteger(n("certified").c_str()), 0);
        EXPECT_TRUE(isNullField(*c, n("certified").c_str()));
        EXPECT_TRUE(isNullField(*b, n("opened").c_str()));
        int y = 0, m = 0, d = 0, hh, mm, tz;
        float ss;
        const int i = a->GetFieldIndex(n("opened").c_str());
        ASSERT_GE(i, 0);
        a->GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
        EXPECT_EQ(y * 10000 + m * 100 + d, 20200501);
    }
}

// Same point set (OGR's Equals() compares vertex order too; ring orientation may differ).
bool sameShape(const OGRGeometry* actual, const char* expectedWkt) {
    OGRGeometry* expected = nullptr;
    OGRGeometryFactory::createFromWkt(expectedWkt, nullptr, &expected);
    const bool same =
        actual != nullptr && expected != nullptr &&
        wkbFlatten(actual->getGeometryType()) == wkbFlatten(expected->getGeometryType()) &&
        actual->Within(expected) && expected->Within(actual);
    OGRGeometryFactory::destroyGeometry(expected);
    return same;
}

std::vector<std::string> folderEntries(const fs::path& folder) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(folder))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

bool containsText(const std::vector<std::string>& notes, const std::string& text) {
    for (const auto& n : notes) {
        if (n.find(text) != std::string::npos)
            return true;
    }
    return false;
}

// Expects `fn` to throw E with `path` in its message.
template <class E>
void expectThrowNaming(const std::function<void()>& fn, const std::string& path) {
    try {
        fn();
        ADD_FAILURE() << "no exception";
    } catch (const E& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "one line: " << e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "wrong exception: " << e.what();
    }
}

// ----- formats ---------------------------------------------------------------------------

TEST(WriterFormat, FromNameAcceptsTheUsualWords) {
    EXPECT_EQ(formatFromName("geojson"), Format::GeoJSON);
    EXPECT_EQ(formatFromName("JSON"), Format::GeoJSON);
    EXPECT_EQ(formatFromName("shp"), Format::Shapefile);
    EXPECT_EQ(formatFromName("Shapefile"), Format::Shapefile);
    EXPECT_EQ(formatFromName("ESRI Shapefile"), Format::Shapefile);
    EXPECT_EQ(formatFromName("GPKG"), Format::GeoPackage);
    EXPECT_EQ(formatFromName("geopackage"), Format::GeoPackage);
    EXPECT_EQ(formatFromName("fgb"), Format::FlatGeobuf);
    EXPECT_EQ(formatFromName("FlatGeobuf"), Format::FlatGeobuf);
    EXPECT_EQ(formatFromName("kml"), Format::KML);
    EXPECT_EQ(formatFromName("CSV"), Format::CSV);
    EXPECT_THROW(formatFromName("dxf"), UsageError);
    EXPECT_EQ(formatNames(),
              (std::vector<std::string>{"geojson", "shp", "gpkg", "fgb", "kml", "csv"}));
    EXPECT_STREQ(formatName(Format::Shapefile), "ESRI Shapefile");
}

TEST(WriterFormat, FromPathByExtension) {
    EXPECT_EQ(formatFromPath("/x/a.geojson"), Format::GeoJSON);
    EXPECT_EQ(formatFromPath("a.JSON"), Format::GeoJSON);
    EXPECT_EQ(formatFromPath("a.shp"), Format::Shapefile);
    EXPECT_EQ(formatFromPath("a.gpkg"), Format::GeoPackage);
    EXPECT_EQ(formatFromPath("a.fgb"), Format::FlatGeobuf);
    EXPECT_EQ(formatFromPath("a.kml"), Format::KML);
    EXPECT_EQ(formatFromPath("a.Csv"), Format::CSV);
    expectThrowNaming<UsageError>([] { formatFromPath("/data/out.dxf"); }, "/data/out.dxf");
    expectThrowNaming<UsageError>([] { formatFromPath("/data/out"); }, "/data/out");
}

// ----- GeoJSON ---------------------------------------------------------------------------

TEST(GeoJsonWriter, PointsRoundTripWithThaiTextAndNulls) {
    ScratchDir dir;
    const std::string path = dir.file("factories.geojson");
    std::vector<std::string> notes;
    writeAll(path, pointSchema(), pointFeatures(), optionsFor(Format::GeoJSON), Crs::wgs84(),
             &notes);
    EXPECT_TRUE(notes.empty());
    checkPoints(readBack(path), 1e-9);
    const std::string text = test::readTextFile(path);
    EXPECT_EQ(text.find("\"crs\""), std::string::npos) << "RFC 7946 has no crs member";
    EXPECT_NE(text.find("[101.28,12.68]"), std::string::npos) << text;
    EXPECT_NE(text.find("\"certified\":true"), std::string::npos);
    EXPECT_NE(text.find("\"employees\":null"), std::string::npos);
    EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"factories.geojson"});
}

TEST(GeoJsonWriter, SevenDecimalsByDefaultAndPrecisionOption) {
    ScratchDir dir;
    Schema schema;
    schema.geometryType = GeometryType::Point;
    Feature f;
    f.geometry = Geometry::point(101.123456789, -0.000000001);
    writeAll(dir.file("a.geojson"), schema, {f}, optionsFor(Format::GeoJSON));
    EXPECT_NE(test::readTextFile(dir.file("a.geojson")).find("[101.1234568,0]"), std::string::npos)
        << test::readTextFile(dir.file("a.geojson"));
    WriteOptions o = optionsFor(Format::GeoJSON);
    o.coordinatePrecision = 3;
    writeAll(dir.file("b.geojson"), schema, {f}, o);
    EXPECT_NE(test::readTextFile(dir.file("b.geojson")).find("[101.123,0]"), std::string::npos);
}

TEST(GeoJsonWriter, PolygonRingsFollowRfc7946) {
    ScratchDir dir;
    const std::string path = dir.file("areas.geojson");
    writeAll(path, polygonSchema(GeometryType::Polygon), polygonFeatures(),
             optionsFor(Format::GeoJSON));
    ReadBack rb = readBack(path);
    ASSERT_EQ(rb.features.size(), 2u);
    const OGRPolygon* poly = rb.features[0]->GetGeometryRef()->toPolygon();
    ASSERT_EQ(poly->getNumInteriorRings(), 1);
    EXPECT_FALSE(poly->getExteriorRing()->isClockwise()) << "exterior must be counter-clockwise";
    EXPECT_TRUE(poly->getInteriorRing(0)->isClockwise()) << "holes must be clockwise";
    EXPECT_TRUE(sameShape(poly, kPolygonWithHole));
    const OGRMultiPolygon* multi = rb.features[1]->GetGeometryRef()->toMultiPolygon();
    ASSERT_EQ(multi->getNumGeometries(), 2);
    for (const OGRPolygon* part : *multi)
        EXPECT_FALSE(part->getExteriorRing()->isClockwise());
    EXPECT_EQ(rb.features[0]->GetFieldAsString("name"), kThaiEstate);
}

TEST(GeoJsonWriter, TransformsToWgs84FromAProjectedSource) {
    ScratchDir dir;
    const Crs utm = Crs::fromUserInput("EPSG:32647");
    CoordinateTransform toUtm(Crs::wgs84(), utm);
    const XY rayong = toUtm.transform(XY{101.28, 12.68});
    Schema schema;
    schema.geometryType = GeometryType::Point;
    Feature f;
    f.geometry = Geometry::point(rayong.x, rayong.y);
    writeAll(dir.file("a.geojson"), schema, {f}, optionsFor(Format::GeoJSON), utm);
    ReadBack rb = readBack(dir.file("a.geojson"));
    ASSERT_EQ(rb.features.size(), 1u);
    EXPECT_NEAR(rb.features[0]->GetGeometryRef()->toPoint()->getX(), 101.28, 1e-6);
    EXPECT_NEAR(rb.features[0]->GetGeometryRef()->toPoint()->getY(), 12.68, 1e-6);
}

TEST(GeoJsonWriter, NonWgs84TargetGetsLegacyCrsMemberAndANote) {
    ScratchDir dir;
    WriteOptions o = optionsFor(Format::GeoJSON);
    o.targetCrs = Crs::fromUserInput("EPSG:32647");
    std::vector<std::string> notes;
    writeAll(dir.file("utm.geojson"), pointSchema(), pointFeatures(), o, Crs::wgs84(), &notes);
    const std::string text = test::readTextFile(dir.file("utm.geojson"));
    EXPECT_NE(text.find("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:"
                        "EPSG::32647\"}}"),
              std::string::npos);
    EXPECT_TRUE(containsText(notes, "not RFC 7946")) << (notes.empty() ? "" : notes[0]);
    ReadBack rb = readBack(dir.file("utm.geojson"));
    EXPECT_EQ(rb.srsCode, "EPSG:32647");
    const OGRFeature* a = findByName(rb, "name", kThaiCompany);
    ASSERT_TRUE(a);
    EXPECT_NEAR(a->GetGeometryRef()->toPoint()->getX(), 747000, 3000);
    EXPECT_NEAR(a->GetGeometryRef()->toPoint()->getY(), 1403000, 3000);
}

TEST(GeoJsonWriter, NumbersIgnoreTheLocale) {
    const char* previous = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = previous ? previous : "C";
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8") && !std::setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
        GTEST_SKIP() << "no comma-decimal locale installed";
    }
    ScratchDir dir;
    writeAll(dir.file("a.geojson"), pointSchema(), pointFeatures(), optionsFor(Format::GeoJSON));
    std::setlocale(LC_NUMERIC, saved.c_str());
    const std::string text = test::readTextFile(dir.file("a.geojson"));
    EXPECT_NE(text.find("[101.28,12.68]"), std::string::npos);
    EXPECT_NE(text.find("\"area_rai\":15.5"), std::string::npos);
}

// ----- Shapefile -------------------------------------------------------------------------

TEST(ShapefileWriter, Utf8RoundTripWithCpgAndTruncatedUniqueNames) {
    ScratchDir dir;
    const std::string path = dir.file("factories.shp");
    Schema schema = pointSchema();
    schema.fields.push_back({"province_category", FieldType::String});
    std::vector<Feature> features = pointFeatures();
    for (Feature& f : features)
        f.values.push_back(std::string("cat"));
    std::vector<std::string> notes, names;
    writeAll(path, schema, features, optionsFor(Format::Shapefile), Crs::wgs84(), &notes, &names);
    EXPECT_EQ(names, (std::vector<std::string>{"name", "province_c", "employees", "area_rai",
                                               "certified", "opened", "province_1"}));
    EXPECT_TRUE(containsText(notes, "province_code -> province_c"));
    EXPECT_TRUE(containsText(notes, "province_category -> province_1"));
    EXPECT_EQ(test::readTextFile(dir.file("factories.cpg")).substr(0, 5), "UTF-8");
    for (const char* ext : {"shp", "shx", "dbf", "prj", "cpg"}) {
        EXPECT_TRUE(fs::exists(dir.file(std::string("factories.") + ext))) << ext;
    }
    EXPECT_EQ(folderEntries(dir.path()).size(), 5u) << "no temporary files left";
    ReadBack rb = readBack(path);
    EXPECT_EQ(rb.layerName, "factories");
    EXPECT_EQ(rb.srsCode, "EPSG:4326");
    checkPoints(rb, 1e-12, {{"province_code", "province_c"}});
    EXPECT_STREQ(rb.features[0]->GetFieldAsString("province_1"), "cat");
}

// CP874 bytes of a Thai UTF-8 string: U+0E01..U+0E5B map to 0xA1..0xFB.
std::string toCp874(const std::string& utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const unsigned cp =
            ((c & 0x0Fu) << 12) | ((utf8[i + 1] & 0x3Fu) << 6) | (utf8[i + 2] & 0x3Fu);
        out += static_cast<char>(cp - 0x0E00 + 0xA0);
        i += 3;
    }
    return out;
}

TEST(ShapefileWriter, Cp874OnRequest) {
    ScratchDir dir;
    const std::string path = dir.file("thai.shp");
    WriteOptions o = optionsFor(Format::Shapefile);
    o.encoding = "CP874";
    writeAll(path, pointSchema(), pointFeatures(), o);
    EXPECT_NE(test::readTextFile(dir.file("thai.cpg")).find("874"), std::string::npos);
    const std::string dbf = test::readTextFile(dir.file("thai.dbf"));
    EXPECT_NE(dbf.find(toCp874(kThaiCompany)), std::string::npos) << "Thai stored as CP874 bytes";
    EXPECT_EQ(dbf.find(kThaiCompany), std::string::npos) << "not as UTF-8";
    checkPoints(readBack(path), 1e-12, {{"province_code", "province_c"}});
}

TEST(ShapefileWriter, PolygonsWithHolesAndMultiPolygons) {
    ScratchDir dir;
    const std::string path = dir.file("areas.shp");
    writeAll(path, polygonSchema(GeometryType::Polygon), polygonFeatures(),
             optionsFor(Format::Shapefile));
    ReadBack rb = readBack(path);
    ASSERT_EQ(rb.features.size(), 2u);
    EXPECT_TRUE(sameShape(rb.features[0]->GetGeometryRef(), kPolygonWithHole));
    EXPECT_TRUE(sameShape(rb.features[1]->GetGeometryRef(), kMultiPolygon));
    EXPECT_EQ(rb.features[0]->GetFieldAsString("name"), kThaiEstate);
}

TEST(ShapefileWriter, RefusesWhenAnySidecarExists) {
    ScratchDir dir;
    test::writeTextFile(dir.file("out.dbf"), "old");
    expectThrowNaming<OutputError>(
        [&] {
            FeatureWriter w(dir.file("out.shp"), pointSchema(), Crs::wgs84(),
                            optionsFor(Format::Shapefile));
        },
        dir.file("out.shp"));
    EXPECT_EQ(test::readTextFile(dir.file("out.dbf")), "old");
    EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"out.dbf"});

    // overwrite replaces the set and removes stale sidecars of the old output
    test::writeTextFile(dir.file("out.qix"), "stale index");
    WriteOptions o = optionsFor(Format::Shapefile);
    o.overwrite = true;
    writeAll(dir.file("out.shp"), pointSchema(), pointFeatures(), o);
    EXPECT_FALSE(fs::exists(dir.file("out.qix")));
    checkPoints(readBack(dir.file("out.shp")), 1e-12, {{"province_code", "province_c"}});
}

TEST(ShapefileWriter, ThaiFieldNamesFitTenBytesInTheirEncoding) {
    ScratchDir dir;
    Schema schema = polygonSchema(GeometryType::Point);
    schema.fields[0].name = "ชื่อโรงงาน";  // 10 characters, 30 bytes in UTF-8
    Feature f;
    f.geometry = Geometry::point(101.28, 12.68);
    f.values = {kThaiCompany};
    std::vector<std::string> notes, names;
    writeAll(dir.file("utf8.shp"), schema, {f}, optionsFor(Format::Shapefile), Crs::wgs84(), &notes,
             &names);
    ASSERT_EQ(names.size(), 1u);
    EXPECT_EQ(names[0], "ชื่");  // three characters: 9 bytes, never a split character
    EXPECT_TRUE(containsText(notes, "ชื่อโรงงาน -> ชื่"));
    EXPECT_EQ(readBack(dir.file("utf8.shp")).features.at(0)->GetFieldAsString(names[0].c_str()),
              kThaiCompany);

    WriteOptions o = optionsFor(Format::Shapefile);
    o.encoding = "CP874";
    writeAll(dir.file("cp874.shp"), schema, {f}, o, Crs::wgs84(), &notes, &names);
    EXPECT_EQ(names[0], "ชื่อโรงงาน") << "one byte per Thai character in CP874";
    EXPECT_TRUE(notes.empty());
    ReadBack rb = readBack(dir.file("cp874.shp"));
    ASSERT_EQ(rb.features.size(), 1u);
    EXPECT_EQ(rb.features[0]->GetFieldAsString("ชื่อโรงงาน"), kThaiCompany);
}

TEST(ShapefileWriter, DateTimeKeptAsText) {
    ScratchDir dir;
    Schema schema = polygonSchema(GeometryType::Point);
    schema.fields.push_back({"updated", FieldType::DateTime});
    Feature f;
    f.geometry = Geometry::point(101.28, 12.68);
    f.values = {kThaiCompany, std::string("2024-01-02T10:20:30+07:00")};
    std::vector<std::string> notes;
    writeAll(dir.file("a.shp"), schema, {f}, optionsFor(Format::Shapefile), Crs::wgs84(), &notes);
    EXPECT_TRUE(containsText(notes, "updated"));
    EXPECT_STREQ(readBack(dir.file("a.shp")).features.at(0)->GetFieldAsString("updated"),
                 "2024-01-02T10:20:30+07:00");
}

// ----- GeoPackage ------------------------------------------------------------------------

sqlite3* openSqlite(const std::string& path) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    return db;
}

std::string sqliteText(const std::string& path, const std::string& sql) {
    sqlite3* db = openSqlite(path);
    sqlite3_stmt* st = nullptr;
    std::string out = "<error>";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
        out = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)
                  ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                  : "<null>";
    } else {
        out = sqlite3_errmsg(db);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

TEST(GpkgWriter, PointsRoundTrip) {
    ScratchDir dir;
    const std::string path = dir.file("factories.gpkg");
    Schema schema = pointSchema();
    schema.fields.push_back({"updated", FieldType::DateTime});
    std::vector<Feature> features = pointFeatures();
    features[0].values.emplace_back(std::in_place_type<std::string>, "2024-01-02T10:20:30+07:00");
    features[1].values.emplace_back(std::in_place_type<std::string>, "2024-01-02T10:20:30Z");
    features[2].values.emplace_back();
    std::vector<std::string> names;
    writeAll(path, schema, features, optionsFor(Format::GeoPackage), Crs::wgs84(), nullptr, &names);
    EXPECT_EQ(names.size(), schema.fields.size());
    ReadBack rb = readBack(path);
    EXPECT_EQ(rb.layerName, "factories");
    EXPECT_EQ(rb.srsCode, "EPSG:4326");
    EXPECT_EQ(wkbFlatten(rb.geometryType), wkbPoint);
    checkPoints(rb, 0);
    const OGRFeature* a = findByName(rb, "name", kThaiCompany);
    ASSERT_TRUE(a);
    // GeoPackage DATETIME is UTC: the offset is applied
    EXPECT_STREQ(a->GetFieldAsString("updated"), "2024/01/02 03:20:30+00");
    EXPECT_EQ(sqliteText(path, "SELECT updated FROM factories WHERE fid = 1"),
              "2024-01-02T03:20:30.000Z");
    EXPECT_EQ(sqliteText(path, "SELECT updated FROM factories WHERE fid = 2"),
              "2024-01-02T10:20:30.000Z");
    EXPECT_EQ(sqliteText(path, "SELECT feature_count FROM gpkg_ogr_contents"), "3");
    EXPECT_EQ(sqliteText(path, "SELECT min_x || ' ' || max_y FROM gpkg_contents"), "100.5 13.75");
    EXPECT_EQ(sqliteText(path,
                         "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                         "name LIKE 'trigger_%_feature_count_factories'"),
              "2");
    EXPECT_EQ(sqliteText(path, "PRAGMA integrity_check"), "ok");
}

TEST(GpkgWriter, PolygonsAndLayerName) {
    ScratchDir dir;
    const std::string path = dir.file("areas.gpkg");
    WriteOptions o = optionsFor(Format::GeoPackage);
    o.layerName = "eco_town_areas";
    writeAll(path, polygonSchema(GeometryType::Polygon), polygonFeatures(), o);
    ReadBack rb = readBack(path);
    EXPECT_EQ(rb.layerName, "eco_town_areas");
    ASSERT_EQ(rb.features.size(), 2u);
    EXPECT_TRUE(sameShape(rb.features[0]->GetGeometryRef(), kPolygonWithHole));
    EXPECT_TRUE(sameShape(rb.features[1]->GetGeometryRef(), kMultiPolygon));
    EXPECT_EQ(rb.features[0]->GetFieldAsString("name"), kThaiEstate);
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_eco_town_areas_geom')"), "ok");
}

TEST(GpkgWriter, TargetCrsUtm47) {
    ScratchDir dir;
    const std::string path = dir.file("utm.gpkg");
    WriteOptions o = optionsFor(Format::GeoPackage);
    o.targetCrs = Crs::fromUserInput("EPSG:32647");
    writeAll(path, pointSchema(), pointFeatures(), o);
    ReadBack rb = readBack(path);
    EXPECT_EQ(rb.srsCode, "EPSG:32647");
    // the expectation computed with OGR itself, not typed in
    OGRSpatialReference wgs, utm;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32647);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs, &utm));
    ASSERT_TRUE(ct);
    double x = 101.28, y = 12.68;
    ASSERT_TRUE(ct->Transform(1, &x, &y));
    const OGRFeature* a = findByName(rb, "name", kThaiCompany);
    ASSERT_TRUE(a);
    const OGRPoint* p = a->GetGeometryRef()->toPoint();
    EXPECT_NEAR(p->getX(), x, 0.01);
    EXPECT_NEAR(p->getY(), y, 0.01);
    EXPECT_NEAR(p->getX(), 747000, 3000);  // Rayong: about 747 km E, 1403 km N
    EXPECT_NEAR(p->getY(), 1403000, 3000);
    EXPECT_EQ(sqliteText(path, "SELECT srs_id FROM gpkg_geometry_columns"), "32647");
}

// A grid of points big enough for a three-level R-tree.
std::vector<Feature> gridFeatures(int n) {
    std::vector<Feature> out;
    for (int i = 0; i < n; ++i) {
        Feature f;
        f.fid = i + 1;
        f.geometry = Geometry::point(97.5 + (i % 100) * 0.05, 5.6 + (i / 100) * 0.05);
        f.values = {std::string("f") + std::to_string(i)};
        out.push_back(std::move(f));
    }
    return out;
}

std::int64_t countInBox(const std::string& path, double minX, double minY, double maxX,
                        double maxY) {
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!ds)
        return -1;
    OGRLayer* layer = ds->GetLayer(0);
    layer->SetSpatialFilterRect(minX, minY, maxX, maxY);
    std::int64_t n = 0;
    for (auto& f : *layer) {
        (void)f;
        ++n;
    }
    return n;
}

TEST(GpkgWriter, SpatialIndexIsValidUsedAndKeepsWorkingForAppends) {
    ScratchDir dir;
    const std::string path = dir.file("grid.gpkg");
    std::vector<std::string> stages;
    {
        FeatureWriter w(path, polygonSchema(GeometryType::Point), Crs::wgs84(),
                        optionsFor(Format::GeoPackage));
        for (const Feature& f : gridFeatures(10000))
            w.write(f);
        w.commit([&](const std::string& stage, std::int64_t, std::int64_t) {
            stages.push_back(stage);
            return true;
        });
    }
    EXPECT_TRUE(containsText(stages, "building spatial index"));
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_grid_geom')"), "ok");
    EXPECT_EQ(sqliteText(path, "SELECT count(*) FROM rtree_grid_geom"), "10000");
    EXPECT_EQ(sqliteText(path, "SELECT extension_name || ' ' || scope FROM gpkg_extensions"),
              "gpkg_rtree_index write-only");
    EXPECT_EQ(sqliteText(path,
                         "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                         "name LIKE 'rtree_grid_geom_%'"),
              "6");  // what GDAL 3.6 creates
    // spatial filters through GDAL (which uses the R-tree) against the truth of the grid:
    // x in [100, 101] -> columns 50..70 (21), y in [6, 6.5] -> rows 8..18 (11)
    EXPECT_EQ(countInBox(path, 99.99, 5.99, 101.01, 6.51), 21 * 11);
    EXPECT_EQ(countInBox(path, 0, 0, 1, 1), 0);
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        OGRLayer* sql = ds->ExecuteSQL("SELECT HasSpatialIndex('grid', 'geom')", nullptr, nullptr);
        ASSERT_TRUE(sql);
        OGRFeatureUniquePtr f(sql->GetNextFeature());
        EXPECT_EQ(f->GetFieldAsInteger(0), 1);
        ds->ReleaseResultSet(sql);
    }
    // append one feature with GDAL: the triggers must index it
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRLayer* layer = ds->GetLayer(0);
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", kThaiCompany.c_str());
        f->SetGeometryDirectly(new OGRPoint(120.5, 20.5));
        ASSERT_EQ(layer->CreateFeature(f.get()), OGRERR_NONE);
    }
    EXPECT_EQ(countInBox(path, 120.4, 20.4, 120.6, 20.6), 1);
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_grid_geom')"), "ok");
    EXPECT_EQ(sqliteText(path, "SELECT feature_count FROM gpkg_ogr_contents"), "10001");
    ReadBack rb = readBack(path);
    EXPECT_EQ(rb.features.size(), 10001u);
    EXPECT_TRUE(findByName(rb, "name", kThaiCompany));
}

TEST(GpkgWriter, WithoutSpatialIndex) {
    ScratchDir dir;
    const std::string path = dir.file("plain.gpkg");
    WriteOptions o = optionsFor(Format::GeoPackage);
    o.spatialIndex = false;
    writeAll(path, pointSchema(), pointFeatures(), o);
    EXPECT_EQ(sqliteText(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree%'"), "0");
    checkPoints(readBack(path), 0);
}

TEST(GpkgWriter, AttributeTableWithoutGeometry) {
    ScratchDir dir;
    const std::string path = dir.file("table.gpkg");
    Schema schema = polygonSchema(GeometryType::None);
    Feature f;
    f.values = {kThaiCompany};
    writeAll(path, schema, {f}, optionsFor(Format::GeoPackage));
    ReadBack rb = readBack(path);
    ASSERT_EQ(rb.features.size(), 1u);
    EXPECT_EQ(rb.features[0]->GetFieldAsString("name"), kThaiCompany);
    EXPECT_EQ(sqliteText(path, "SELECT data_type FROM gpkg_contents"), "attributes");
}

TEST(GpkgWriter, EmptyLayerWithSpatialIndex) {
    ScratchDir dir;
    const std::string path = dir.file("empty.gpkg");
    writeAll(path, pointSchema(), {}, optionsFor(Format::GeoPackage));
    EXPECT_EQ(readBack(path).features.size(), 0u);
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_empty_geom')"), "ok");
    EXPECT_EQ(sqliteText(path, "SELECT feature_count FROM gpkg_ogr_contents"), "0");
}

TEST(GpkgWriter, AppendsALayerToAnExistingGeoPackage) {
    ScratchDir dir;
    const std::string path = dir.file("atlas.gpkg");
    WriteOptions first = optionsFor(Format::GeoPackage);
    first.layerName = "factories";
    writeAll(path, pointSchema(), pointFeatures(), first);
    WriteOptions second = optionsFor(Format::GeoPackage);
    second.layerName = "areas";
    second.appendToExisting = true;
    writeAll(path, polygonSchema(GeometryType::Polygon), polygonFeatures(), second);

    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->GetLayerCount(), 2);
    EXPECT_EQ(ds->GetLayerByName("factories")->GetFeatureCount(), 3);
    EXPECT_EQ(ds->GetLayerByName("areas")->GetFeatureCount(), 2);
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_factories_geom')"), "ok");
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_areas_geom')"), "ok");
    EXPECT_EQ(sqliteText(path, "SELECT count(*) FROM gpkg_extensions"), "2");
    EXPECT_EQ(sqliteText(path, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"atlas.gpkg"});

    // the same layer twice, another format, a missing file: refused, file unchanged
    expectThrowNaming<OutputError>(
        [&] { FeatureWriter w(path, pointSchema(), Crs::wgs84(), second); }, path);
    WriteOptions shp = optionsFor(Format::Shapefile);
    shp.appendToExisting = true;
    expectThrowNaming<UsageError>(
        [&] { FeatureWriter w(dir.file("a.shp"), pointSchema(), Crs::wgs84(), shp); },
        dir.file("a.shp"));
    expectThrowNaming<OutputError>(
        [&] { FeatureWriter w(dir.file("none.gpkg"), pointSchema(), Crs::wgs84(), second); },
        dir.file("none.gpkg"));
    EXPECT_EQ(sqliteText(path, "SELECT count(*) FROM gpkg_contents"), "2");
}

// ----- null and empty geometries -----------------------------------------------------------

TEST(FeatureWriter, NullAndEmptyGeometries) {
    for (const auto& [format, name] :
         std::vector<std::pair<Format, std::string>>{{Format::GeoJSON, "out.geojson"},
                                                     {Format::Shapefile, "out.shp"},
                                                     {Format::GeoPackage, "out.gpkg"},
                                                     {Format::CSV, "out.csv"}}) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        Schema schema = polygonSchema(GeometryType::Point);
        Feature none;
        none.values = {std::string("none")};
        Feature empty;
        empty.geometry.type = GeometryType::Point;
        empty.values = {std::string("empty")};
        Feature point;
        point.geometry = Geometry::point(101.28, 12.68);
        point.values = {kThaiCompany};
        writeAll(dir.file(name), schema, {none, empty, point}, optionsFor(format));
        ReadBack rb = readBack(dir.file(name));
        ASSERT_EQ(rb.features.size(), 3u);
        const OGRFeature* n = findByName(rb, "name", "none");
        ASSERT_TRUE(n);
        EXPECT_TRUE(n->GetGeometryRef() == nullptr || n->GetGeometryRef()->IsEmpty());
        const OGRFeature* p = findByName(rb, "name", kThaiCompany);
        ASSERT_TRUE(p && p->GetGeometryRef());
        EXPECT_NEAR(p->GetGeometryRef()->toPoint()->getX(), 101.28, 1e-9);
    }
}

TEST(FlatGeobufWriter, FeaturesWithoutGeometryAreNamedInTheNotes) {
    ScratchDir dir;
    Feature none;
    none.values = {std::string("none")};
    Feature point;
    point.geometry = Geometry::point(101.28, 12.68);
    point.values = {kThaiCompany};
    std::vector<std::string> notes;
    writeAll(dir.file("a.fgb"), polygonSchema(GeometryType::Point), {none, point},
             optionsFor(Format::FlatGeobuf), Crs::wgs84(), &notes);
    EXPECT_TRUE(containsText(notes, "1 feature(s) without geometry left out"));
    EXPECT_EQ(readBack(dir.file("a.fgb")).features.size(), 1u);
}

// ----- FlatGeobuf, KML, CSV --------------------------------------------------------------

TEST(FlatGeobufWriter, PointsAndPromotedPolygons) {
    ScratchDir dir;
    writeAll(dir.file("f.fgb"), pointSchema(), pointFeatures(), optionsFor(Format::FlatGeobuf));
    checkPoints(readBack(dir.file("f.fgb")), 0);
    std::vector<std::string> notes;
    WriteOptions o = optionsFor(Format::FlatGeobuf);
    o.spatialIndex = false;
    writeAll(dir.file("p.fgb"), polygonSchema(GeometryType::Polygon), polygonFeatures(), o,
             Crs::wgs84(), &notes);
    EXPECT_TRUE(containsText(notes, "MultiPolygon"));
    ReadBack rb = readBack(dir.file("p.fgb"));
    ASSERT_EQ(rb.features.size(), 2u);
    EXPECT_EQ(rb.srsCode, "EPSG:4326");
    ASSERT_TRUE(findByName(rb, "name", "multi"));
    EXPECT_TRUE(sameShape(findByName(rb, "name", "multi")->GetGeometryRef(), kMultiPolygon));
    // a polygon written as a one-part multipolygon
    EXPECT_TRUE(sameShape(findByName(rb, "name", kThaiEstate)->GetGeometryRef(),
                          "MULTIPOLYGON (((101 12,101 13,102 13,102 12,101 12),(101.25 12.25,"
                          "101.75 12.25,101.75 12.75,101.25 12.75,101.25 12.25)))"));
    EXPECT_EQ(folderEntries(dir.path()), (std::vector<std::string>{"f.fgb", "p.fgb"}));
}

TEST(KmlWriter, AlwaysWgs84) {
    ScratchDir dir;
    const Crs utm = Crs::fromUserInput("EPSG:32647");
    CoordinateTransform toUtm(Crs::wgs84(), utm);
    std::vector<Feature> features = pointFeatures();
    // GDAL's KML reader stops a <name> at a line break: markup characters instead
    const std::string tricky = "Bang \"kok\" & <b>co</b> \\ ltd";
    features[2].values[0] = tricky;
    for (Feature& f : features) {
        const XY p = toUtm.transform(f.geometry.coords[0]);
        f.geometry = Geometry::point(p.x, p.y);
    }
    std::vector<std::string> names;
    writeAll(dir.file("f.kml"), pointSchema(), features, optionsFor(Format::KML), utm, nullptr,
             &names);
    // the KML driver keeps a field called "name" as the placemark's <name>, read back as "Name"
    EXPECT_EQ(names.front(), "Name");
    checkPoints(readBack(dir.file("f.kml")), 1e-6, {{"name", "Name"}}, false, tricky);
    WriteOptions o = optionsFor(Format::KML);
    o.targetCrs = utm;
    expectThrowNaming<UsageError>(
        [&] { FeatureWriter w(dir.file("g.kml"), pointSchema(), utm, o); }, dir.file("g.kml"));
}

TEST(CsvWriter, WktColumn) {
    ScratchDir dir;
    const std::string path = dir.file("f.csv");
    writeAll(path, pointSchema(), pointFeatures(), optionsFor(Format::CSV));
    const std::string text = test::readTextFile(path);
    EXPECT_EQ(text.substr(0, 4), "WKT,");
    char** openOptions = CSLSetNameValue(nullptr, "EMPTY_STRING_AS_NULL", "YES");
    checkPoints(readBack(path, openOptions), 1e-12, {}, false);
    CSLDestroy(openOptions);
    ReadBack polygons;
    writeAll(dir.file("p.csv"), polygonSchema(GeometryType::Polygon), polygonFeatures(),
             optionsFor(Format::CSV));
    polygons = readBack(dir.file("p.csv"));
    ASSERT_EQ(polygons.features.size(), 2u);
    EXPECT_EQ(polygons.features[0]->GetFieldAsString("name"), kThaiEstate);
}

TEST(CsvWriter, LonLatColumnsInWgs84) {
    ScratchDir dir;
    const std::string path = dir.file("f.csv");
    WriteOptions o = optionsFor(Format::CSV);
    o.csvGeometry = CsvGeometry::LonLat;
    const Crs utm = Crs::fromUserInput("EPSG:32647");
    CoordinateTransform toUtm(Crs::wgs84(), utm);
    std::vector<Feature> features = pointFeatures();
    for (Feature& f : features) {
        const XY p = toUtm.transform(f.geometry.coords[0]);
        f.geometry = Geometry::point(p.x, p.y);
    }
    std::vector<std::string> names;
    writeAll(path, pointSchema(), features, o, utm, nullptr, &names);
    EXPECT_EQ(names.front(), "name");
    const std::string text = test::readTextFile(path);
    EXPECT_EQ(text.substr(0, 13), "lon,lat,name,") << text;
    char** openOptions = CSLSetNameValue(nullptr, "X_POSSIBLE_NAMES", "lon");
    openOptions = CSLSetNameValue(openOptions, "Y_POSSIBLE_NAMES", "lat");
    openOptions = CSLSetNameValue(openOptions, "EMPTY_STRING_AS_NULL", "YES");
    ReadBack rb = readBack(path, openOptions);
    CSLDestroy(openOptions);
    checkPoints(rb, 1e-6, {}, false);
    // lon/lat cannot be projected
    o.targetCrs = utm;
    expectThrowNaming<UsageError>(
        [&] { FeatureWriter w(dir.file("g.csv"), pointSchema(), Crs::wgs84(), o); },
        dir.file("g.csv"));
}

// ----- atomic output, refusal, failures --------------------------------------------------

const std::vector<std::pair<Format, std::string>> kAllFormats = {
    {Format::GeoJSON, "out.geojson"}, {Format::Shapefile, "out.shp"},
    {Format::GeoPackage, "out.gpkg"}, {Format::FlatGeobuf, "out.fgb"},
    {Format::KML, "out.kml"},         {Format::CSV, "out.csv"}};

TEST(FeatureWriter, NothingVisibleBeforeCommitAndNothingLeftWithoutIt) {
    for (const auto& [format, name] : kAllFormats) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        {
            FeatureWriter w(dir.file(name), pointSchema(), Crs::wgs84(), optionsFor(format));
            for (const Feature& f : pointFeatures())
                w.write(f);
            EXPECT_FALSE(fs::exists(dir.file(name)));
            for (const auto& entry : folderEntries(dir.path())) {
                EXPECT_EQ(entry.substr(0, 9), ".out.tmp-") << entry;
            }
        }
        EXPECT_TRUE(folderEntries(dir.path()).empty()) << folderEntries(dir.path()).front();
    }
}

TEST(FeatureWriter, RefusesAnExistingOutputAndOverwritesOnRequest) {
    for (const auto& [format, name] : kAllFormats) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        const std::string path = dir.file(name);
        test::writeTextFile(path, "precious");
        expectThrowNaming<OutputError>(
            [&] { FeatureWriter w(path, pointSchema(), Crs::wgs84(), optionsFor(format)); }, path);
        EXPECT_EQ(test::readTextFile(path), "precious");
        EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{name});

        WriteOptions o = optionsFor(format);
        o.overwrite = true;
        writeAll(path, pointSchema(), pointFeatures(), o);
        EXPECT_NE(test::readTextFile(path), "precious");
        EXPECT_EQ(readBack(path).features.size(), 3u);
    }
}

TEST(FeatureWriter, MissingOrUnusableFolder) {
    ScratchDir dir;
    const std::string missing = dir.file("no-such-folder/out.geojson");
    expectThrowNaming<OutputError>(
        [&] { FeatureWriter w(missing, pointSchema(), Crs::wgs84(), optionsFor(Format::GeoJSON)); },
        missing);
    // a regular file as the "folder": fails for root too
    test::writeTextFile(dir.file("plain-file"), "x");
    for (const auto& [format, name] : kAllFormats) {
        const std::string path = dir.file("plain-file/" + name);
        expectThrowNaming<OutputError>(
            [&] { FeatureWriter w(path, pointSchema(), Crs::wgs84(), optionsFor(format)); }, path);
    }
}

TEST(FeatureWriter, ReadOnlyFolder) {
    ScratchDir dir;
    const fs::path folder = dir.path() / "locked";
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (::access(folder.c_str(), W_OK) == 0) {
        GTEST_SKIP() << "running as root: permissions do not stop writing";
    }
    const std::string path = (folder / "out.gpkg").string();
    expectThrowNaming<OutputError>(
        [&] { FeatureWriter w(path, pointSchema(), Crs::wgs84(), optionsFor(Format::GeoPackage)); },
        path);
}

TEST(FeatureWriter, CommitTwiceOrWriteAfterCommitIsAnError) {
    ScratchDir dir;
    FeatureWriter w(dir.file("a.geojson"), pointSchema(), Crs::wgs84(),
                    optionsFor(Format::GeoJSON));
    w.write(pointFeatures()[0]);
    w.commit();
    EXPECT_THROW(w.commit(), OutputError);
    EXPECT_THROW(w.write(pointFeatures()[0]), OutputError);
    EXPECT_EQ(readBack(dir.file("a.geojson")).features.size(), 1u);
}

TEST(FeatureWriter, UnknownSourceCrsWithTargetIsAUsageError) {
    ScratchDir dir;
    WriteOptions o = optionsFor(Format::GeoPackage);
    o.targetCrs = Crs::fromUserInput("EPSG:32647");
    expectThrowNaming<UsageError>(
        [&] { FeatureWriter w(dir.file("a.gpkg"), pointSchema(), Crs(), o); }, dir.file("a.gpkg"));
    EXPECT_TRUE(folderEntries(dir.path()).empty());
}

// Runs a writer in a child whose files may not grow beyond `limit` bytes (RLIMIT_FSIZE with
// SIGXFSZ ignored: writes fail with EFBIG, as on a full disk). Exit code 0: OutputError.
int writeWithFileSizeLimit(const std::string& path, Format format, rlim_t limit, int count) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit rl{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        int code = 1;
        try {
            FeatureWriter w(path, pointSchema(), Crs::wgs84(), optionsFor(format));
            std::vector<Feature> features = pointFeatures();
            for (int i = 0; i < count; ++i) {
                Feature& f = features[static_cast<std::size_t>(i % 3)];
                f.fid = i;
                f.geometry = Geometry::point(97.5 + (i % 1000) * 0.006, 5.6 + (i / 1000) * 0.006);
                w.write(f);
            }
            w.commit();
        } catch (const OutputError& e) {
            code = std::string(e.what()).find(path) != std::string::npos ? 0 : 3;
        } catch (...) {
            code = 2;
        }
        std::_Exit(code);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

TEST(FeatureWriter, DiskFullThrowsAndLeavesNothing) {
    for (const auto& [format, name] : kAllFormats) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        const std::string path = dir.file(name);
        // 1 MiB: more than an empty GeoPackage, much less than 100,000 features
        EXPECT_EQ(writeWithFileSizeLimit(path, format, 1 << 20, 100000), 0);
        const auto left = folderEntries(dir.path());
        EXPECT_TRUE(left.empty()) << left.front();
    }
}

TEST(FeatureWriter, DiskFullLeavesThePreviousOutputUntouched) {
    ScratchDir dir;
    const std::string path = dir.file("out.gpkg");
    test::writeTextFile(path, "previous");
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit rl{1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        int code = 1;
        try {
            WriteOptions o = optionsFor(Format::GeoPackage);
            o.overwrite = true;
            FeatureWriter w(path, pointSchema(), Crs::wgs84(), o);
            for (int i = 0; i < 100000; ++i)
                w.write(pointFeatures()[static_cast<std::size_t>(i % 3)]);
            w.commit();
        } catch (const OutputError&) {
            code = 0;
        } catch (...) {
            code = 2;
        }
        std::_Exit(code);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(test::readTextFile(path), "previous");
    EXPECT_EQ(folderEntries(dir.path()), std::vector<std::string>{"out.gpkg"});
}

TEST(FeatureWriter, UntransformableCoordinateRejectsOnlyThatFeature) {
    ScratchDir dir;
    WriteOptions o = optionsFor(Format::GeoJSON);
    FeatureWriter w(dir.file("a.geojson"), pointSchema(), Crs::fromUserInput("EPSG:32647"), o);
    Feature bad = pointFeatures()[0];
    bad.fid = 42;
    bad.geometry = Geometry::point(1e30, 1e30);
    try {
        w.write(bad);
        ADD_FAILURE() << "no exception";
    } catch (const OutputError& e) {
        EXPECT_EQ(e.featureId(), std::optional<std::int64_t>(42));
    }
    Feature good = pointFeatures()[0];
    good.geometry = Geometry::point(747000, 1403000);
    w.write(good);
    w.commit();
    EXPECT_EQ(readBack(dir.file("a.geojson")).features.size(), 1u);
}

TEST(FeatureWriter, NonFiniteCoordinateRejectsOnlyThatFeature) {
    for (const auto& [format, name] : std::vector<std::pair<Format, std::string>>{
             {Format::GeoJSON, "out.geojson"}, {Format::GeoPackage, "out.gpkg"}}) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        FeatureWriter w(dir.file(name), pointSchema(), Crs::wgs84(), optionsFor(format));
        Feature bad = pointFeatures()[0];
        bad.fid = 7;
        bad.geometry = Geometry::point(std::nan(""), 12.0);
        try {
            w.write(bad);
            ADD_FAILURE() << "no exception";
        } catch (const OutputError& e) {
            EXPECT_EQ(e.featureId(), std::optional<std::int64_t>(7));
        }
        for (const Feature& f : pointFeatures())
            w.write(f);
        w.commit();
        checkPoints(readBack(dir.file(name)), 1e-9);
    }
}

TEST(FeatureWriter, CancelledCommitLeavesNothing) {
    for (const auto& [format, name] : kAllFormats) {
        SCOPED_TRACE(name);
        ScratchDir dir;
        FeatureWriter w(dir.file(name), pointSchema(), Crs::wgs84(), optionsFor(format));
        for (const Feature& f : pointFeatures())
            w.write(f);
        EXPECT_THROW(w.commit([](const std::string&, std::int64_t, std::int64_t) { return false; }),
                     Cancelled);
        EXPECT_TRUE(folderEntries(dir.path()).empty());
    }
}

// --- replacing an output: one group, whatever fails -------------------------------------------

namespace {

std::map<std::string, std::string> folderContents(const fs::path& folder) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(folder))
        out[e.path().filename().string()] = test::readTextFile(e.path().string());
    return out;
}

int g_renameCalls = 0;
int g_failAtRename = -1;
int failingRename(const char* from, const char* to) {
    if (g_renameCalls++ == g_failAtRename) {
        errno = EIO;
        return -1;
    }
    return std::rename(from, to);
}

}  // namespace

// A new shapefile replaces the old one as one set of files: a failure at any rename leaves the
// previous set whole (not a new .dbf beside an old .shp), and a replaced file keeps its mode.
TEST(FeatureWriter, FailedRenameAtAnyStepLeavesThePreviousShapefileWhole) {
    ScratchDir dir;
    const std::string path = dir.file("out.shp");
    {
        FeatureWriter w(path, pointSchema(), Crs::wgs84(), optionsFor(Format::Shapefile));
        for (const Feature& f : pointFeatures())
            w.write(f);
        w.commit();
    }
    test::writeTextFile(dir.file("out.qix"), "an index of the previous output");
    ASSERT_EQ(::chmod(dir.file("out.dbf").c_str(), 0640), 0);
    const auto before = folderContents(dir.path());
    ASSERT_EQ(before.size(), 6u);  // .shp .shx .dbf .prj .cpg .qix
    WriteOptions o = optionsFor(Format::Shapefile);
    o.overwrite = true;
    detail::renameFunction() = &failingRename;
    for (g_failAtRename = 0;; ++g_failAtRename) {
        SCOPED_TRACE(g_failAtRename);
        g_renameCalls = 0;
        FeatureWriter w(path, pointSchema(), Crs::wgs84(), o);
        w.write(pointFeatures().front());
        if (g_failAtRename == 5)
            break;  // five files to move: the sixth call never comes
        EXPECT_THROW(w.commit(), OutputError);
        EXPECT_EQ(folderContents(dir.path()), before);
    }
    detail::renameFunction() = &std::rename;
    {
        FeatureWriter w(path, pointSchema(), Crs::wgs84(), o);
        w.write(pointFeatures().front());
        w.commit();
    }
    const auto after = folderContents(dir.path());
    EXPECT_EQ(after.size(), 5u) << "the stale .qix goes with the set it belonged to";
    EXPECT_NE(after.at("out.dbf"), before.at("out.dbf"));
    struct stat st {};
    ASSERT_EQ(::stat(dir.file("out.dbf").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
}

}  // namespace
}  // namespace ecotown::geo
