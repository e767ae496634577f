#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <utility>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "geo/detail/Sqlite.hpp"

using namespace ecotown;
using namespace ecotown::geo;
using ecotown::test::ScratchDir;

namespace {

// A small point layer written with GDAL itself, independent of our writers.
void writePoints(const std::string& path, const char* driver, const char* srs, int n) {
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driver);
    GDALDatasetUniquePtr ds(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds);
    OGRSpatialReference sr;
    OGRSpatialReference* srp = nullptr;
    if (srs) {
        sr.SetFromUserInput(srs);
        sr.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        srp = &sr;
    }
    OGRLayer* l = ds->CreateLayer("factories", srp, wkbPoint, nullptr);
    OGRFieldDefn id("factory_id", OFTString);
    l->CreateField(&id);
    for (int i = 0; i < n; ++i) {
        OGRFeature f(l->GetLayerDefn());
        f.SetField("factory_id", ("F" + std::to_string(i)).c_str());
        OGRPoint p(100.0 + i * 0.01, 13.0 + i * 0.005);
        f.SetGeometry(&p);
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
}

}  // namespace

TEST(DatasetTest, DescribesNaturalEarthProvinces) {
    Dataset ds = Dataset::open(test::kWorldMap);
    const auto names = ds.layerNames();
    ASSERT_NE(std::find(names.begin(), names.end(), "states_provinces"), names.end());
    const LayerInfo info = ds.layerInfo("states_provinces");
    EXPECT_EQ(info.featureCount, 4556);
    EXPECT_EQ(info.geometryType, GeometryType::MultiPolygon);
    EXPECT_EQ(info.crs.authorityCode(), "EPSG:4326");
    EXPECT_EQ(info.driver, "GPKG");
    ASSERT_TRUE(info.extentWgs84.valid);
    EXPECT_LT(info.extentWgs84.minX, -179);
    EXPECT_GT(info.extentWgs84.maxY, 83);
    bool hasIso = false;
    for (const auto& f : info.fields)
        hasIso = hasIso || f.name == "iso_a2";
    EXPECT_TRUE(hasIso);
}

TEST(DatasetTest, ReadsThaiProvincesWithAFilterAndLongitudeFirst) {
    Dataset ds = Dataset::open(test::kWorldMap);
    ReadOptions options;
    options.where = "iso_a2 = 'TH'";
    options.fields = {"name"};
    FeatureReader reader = ds.read("states_provinces", options);
    ASSERT_EQ(reader.schema().fields.size(), 1u);
    Feature f;
    int n = 0;
    Extent all;
    while (reader.next(f)) {
        ++n;
        all.include(f.geometry.extent());
        EXPECT_TRUE(std::holds_alternative<std::string>(f.values[0]));
    }
    EXPECT_EQ(n, 77);
    EXPECT_GT(all.minX, 97.0);  // x is longitude
    EXPECT_LT(all.maxX, 106.0);
    EXPECT_GT(all.minY, 5.0);
    EXPECT_LT(all.maxY, 21.0);
}

TEST(DatasetTest, ReadPointsFastMatchesFeatureLoop) {
    ScratchDir dir;
    const std::string path = dir.file("pts.gpkg");
    writePoints(path, "GPKG", "EPSG:4326", 1000);
    Dataset ds = Dataset::open(path);
    const auto cols = ds.readPoints();
    ASSERT_EQ(cols.x.size(), 1000u);
    EXPECT_EQ(cols.skipped, 0);
    EXPECT_NEAR(cols.x[10], 100.1, 1e-12);
    EXPECT_NEAR(cols.y[10], 13.05, 1e-12);
    FeatureReader reader = ds.read();
    Feature f;
    std::size_t i = 0;
    while (reader.next(f)) {
        ASSERT_LT(i, cols.x.size());
        EXPECT_EQ(f.fid, cols.fid[i]);
        EXPECT_DOUBLE_EQ(f.geometry.coords[0].x, cols.x[i]);
        ++i;
    }
    EXPECT_EQ(i, 1000u);
}

TEST(DatasetTest, LayerWithoutCrsNeedsAssumeCrs) {
    ScratchDir dir;
    const std::string path = dir.file("nocrs.geojson");
    test::writeTextFile(
        path,
        R"({"type":"FeatureCollection","crs":null,"features":[{"type":"Feature","properties":{"a":1},)"
        R"("geometry":{"type":"Point","coordinates":[747618.7,1402830.4]}}]})");
    // GeoJSON is WGS 84 by definition, so use a CSV, which declares nothing.
    const std::string csv = dir.file("nocrs.csv");
    test::writeTextFile(csv, "id,x,y\n1,747618.7,1402830.4\n");
    Dataset plain = Dataset::open(csv);
    EXPECT_FALSE(plain.layerInfo().crs.isKnown());
    try {
        (void)plain.read();
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(csv), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("--assume-crs"), std::string::npos);
    }
    Dataset assumed = Dataset::open(csv, OpenOptions{"", "EPSG:32647"});
    const LayerInfo info = assumed.layerInfo();
    EXPECT_TRUE(info.crsAssumed);
    EXPECT_EQ(info.geometryType, GeometryType::Point);
    EXPECT_NEAR(info.extentWgs84.minX, 101.28, 1e-4);
    EXPECT_NEAR(info.extentWgs84.minY, 12.68, 1e-4);
}

TEST(DatasetTest, CsvWithLonLatColumns) {
    ScratchDir dir;
    const std::string csv = dir.file("factories.csv");
    test::writeTextFile(
        csv, "factory_id,name,lon,lat\nF1,โรงงาน ก,101.28,12.68\nF2,\"Plant, B\",100.5,13.7\n");
    Dataset ds = Dataset::open(csv, OpenOptions{"", "EPSG:4326"});
    FeatureReader r = ds.read();
    Feature f;
    ASSERT_TRUE(r.next(f));
    EXPECT_EQ(f.geometry.type, GeometryType::Point);
    EXPECT_DOUBLE_EQ(f.geometry.coords[0].x, 101.28);
    EXPECT_EQ(std::get<std::string>(f.values[r.schema().fieldIndex("name")]), "โรงงาน ก");
    EXPECT_EQ(r.schema().fieldIndex("lon"), -1);  // coordinates became the geometry
}

TEST(DatasetTest, BadInputsAreInputErrorsNamingTheFile) {
    ScratchDir dir;
    auto expectInputError = [](const std::string& path) {
        SCOPED_TRACE(path);
        try {
            Dataset ds = Dataset::open(path);
            FeatureReader r = ds.read({}, ReadOptions{.requireCrs = false});
            Feature f;
            while (r.next(f)) {
            }
            FAIL() << "expected InputError";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        }
    };
    expectInputError(dir.file("missing.gpkg"));
    test::writeTextFile(dir.file("empty.geojson"), "");
    expectInputError(dir.file("empty.geojson"));
    test::writeTextFile(dir.file("broken.geojson"),
                        R"({"type":"FeatureCollection","features":[{"type":)");
    expectInputError(dir.file("broken.geojson"));

    // Shapefiles missing a sidecar, and one cut short.
    writePoints(dir.file("shp"), "ESRI Shapefile", "EPSG:4326", 200);
    namespace fs = std::filesystem;
    const fs::path base = dir.path() / "shp" / "factories";
    for (const char* drop : {".shx", ".dbf"}) {
        const fs::path copyDir = dir.path() / (std::string("no") + (drop + 1));
        fs::create_directories(copyDir);
        for (const char* ext : {".shp", ".shx", ".dbf", ".prj"}) {
            if (std::string(ext) != drop)
                fs::copy_file(fs::path(base).replace_extension(ext),
                              copyDir / (std::string("f") + ext));
        }
        expectInputError((copyDir / "f.shp").string());
    }
    const fs::path cut = dir.path() / "cut";
    fs::create_directories(cut);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj"})
        fs::copy_file(fs::path(base).replace_extension(ext), cut / (std::string("f") + ext));
    fs::resize_file(cut / "f.shp", fs::file_size(cut / "f.shp") / 2);
    expectInputError((cut / "f.shp").string());
}

TEST(DatasetTest, UnknownLayerListsTheLayers) {
    Dataset ds = Dataset::open(test::kWorldMap);
    try {
        (void)ds.layerInfo("provinces");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("states_provinces"), std::string::npos);
    }
}

TEST(DatasetTest, EmptyLayerReadsNothing) {
    ScratchDir dir;
    writePoints(dir.file("empty.gpkg"), "GPKG", "EPSG:4326", 0);
    Dataset ds = Dataset::open(dir.file("empty.gpkg"));
    EXPECT_EQ(ds.layerInfo().featureCount, 0);
    FeatureReader r = ds.read();
    Feature f;
    EXPECT_FALSE(r.next(f));
    EXPECT_TRUE(ds.readPoints().x.empty());
}

// --- the fast point reader and its runs ----------------------------------------------------------

namespace {

// A GeoPackage point layer written with GDAL: n points (over 200,000 for the two-thread path),
// rows 1000..1099 deleted (a gap in the fids) and every 997th geometry null. Returns how many
// null geometries are left.
int writeLargePointLayer(const std::string& path, int n, const char* layer = "factories",
                         bool create = true) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(create
                                ? GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
                                      path.c_str(), 0, 0, 0, GDT_Unknown, nullptr)
                                : GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    EXPECT_TRUE(ds);
    OGRSpatialReference sr;
    sr.importFromEPSG(4326);
    sr.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* noIndex[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRLayer* l = ds->CreateLayer(layer, &sr, wkbPoint, const_cast<char**>(noIndex));
    OGRFieldDefn name("name", OFTString);
    l->CreateField(&name);
    int nulls = 0;
    ds->StartTransaction();
    for (int i = 0; i < n; ++i) {
        OGRFeature f(l->GetLayerDefn());
        f.SetField("name", ("โรงงาน " + std::to_string(i)).c_str());
        OGRPoint p(97.5 + (i % 1000) * 0.008, 5.7 + (i / 1000) * 0.00005);
        if (i % 997 == 5)
            ++nulls;
        else
            f.SetGeometry(&p);
        EXPECT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    for (GIntBig fid = 1000; fid < 1100 && fid <= n; ++fid) {
        if ((fid - 1) % 997 == 5)
            --nulls;  // fids start at 1: feature i has fid i + 1
        EXPECT_EQ(l->DeleteFeature(fid), OGRERR_NONE);
    }
    ds->CommitTransaction();
    return nulls;
}

struct HandedOn {
    std::vector<double> x, y;
    std::size_t calls = 0;
    std::atomic<int> inside{0};
    bool overlapped = false;
};

PointReadOptions collecting(HandedOn& h) {
    PointReadOptions o;
    o.onPoints = [&h](const double* x, const double* y, std::size_t n) {
        if (h.inside.fetch_add(1) != 0)
            h.overlapped = true;
        h.x.insert(h.x.end(), x, x + n);
        h.y.insert(h.y.end(), y, y + n);
        ++h.calls;
        h.inside.fetch_sub(1);
    };
    return o;
}

}  // namespace

TEST(DatasetTest, GeoPackagePointsMatchGdalAndAreHandedOnOnceInAFixedOrder) {
    ScratchDir dir;
    const std::string path = dir.file("large.gpkg");
    const int n = 300000;
    const int nulls = writeLargePointLayer(path, n);

    // What GDAL's own feature loop reads.
    std::vector<GIntBig> fids;
    std::vector<double> gx, gy;
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        for (auto& f : *ds->GetLayer(0)) {
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                fids.push_back(f->GetFID());
                gx.push_back(g->toPoint()->getX());
                gy.push_back(g->toPoint()->getY());
            }
        }
    }
    ASSERT_EQ(gx.size(), static_cast<std::size_t>(n - 100 - nulls));

    HandedOn first, second;
    const auto direct = readGeoPackagePoints(path, "", collecting(first));
    ASSERT_TRUE(direct.has_value());
    EXPECT_EQ(direct->skipped, nulls);
    ASSERT_EQ(direct->x.size(), gx.size());
    for (std::size_t i = 0; i < gx.size(); ++i) {
        ASSERT_EQ(direct->fid[i], fids[i]) << i;
        ASSERT_EQ(direct->x[i], gx[i]) << i;
        ASSERT_EQ(direct->y[i], gy[i]) << i;
    }
    // Every point handed on exactly once, one call at a time, in runs.
    EXPECT_FALSE(first.overlapped);
    EXPECT_GT(first.calls, 10u);
    std::vector<std::pair<double, double>> handed, read;
    for (std::size_t i = 0; i < first.x.size(); ++i)
        handed.emplace_back(first.x[i], first.y[i]);
    for (std::size_t i = 0; i < gx.size(); ++i)
        read.emplace_back(gx[i], gy[i]);
    std::sort(handed.begin(), handed.end());
    std::sort(read.begin(), read.end());
    EXPECT_EQ(handed, read);

    // The same order on another run, through Dataset::readPoints too, and without fids.
    PointReadOptions options = collecting(second);
    options.fids = false;
    const auto again = Dataset::open(path).readPoints("factories", options);
    EXPECT_TRUE(again.fid.empty());
    EXPECT_EQ(again.x, direct->x);
    EXPECT_EQ(second.x, first.x);
    EXPECT_EQ(second.y, first.y);
}

TEST(DatasetTest, FastPointReaderDeclinesWhatItDoesNotHandle) {
    ScratchDir dir;
    const std::string two = dir.file("two.gpkg");
    writeLargePointLayer(two, 50, "factories");
    writeLargePointLayer(two, 50, "estates", false);
    const std::string json = dir.file("pts.geojson");
    writePoints(json, "GeoJSON", "EPSG:4326", 20);
    HandedOn h;
    EXPECT_FALSE(readGeoPackagePoints(two, "", collecting(h)));  // which layer?
    EXPECT_FALSE(readGeoPackagePoints(two, "nosuch", collecting(h)));
    EXPECT_FALSE(readGeoPackagePoints(json, "", collecting(h)));
    EXPECT_FALSE(readGeoPackagePoints(dir.file("missing.gpkg"), "", collecting(h)));
    EXPECT_EQ(h.calls, 0u);
    const auto estates = readGeoPackagePoints(two, "ESTATES", collecting(h));
    ASSERT_TRUE(estates.has_value());
    EXPECT_EQ(estates->x.size(), h.x.size());

    // Other formats hand on their points too (GDAL's Arrow stream), in file order.
    HandedOn fromJson;
    const auto cols = Dataset::open(json).readPoints("", collecting(fromJson));
    ASSERT_EQ(cols.x.size(), 20u);
    EXPECT_EQ(fromJson.x, cols.x);
    EXPECT_EQ(fromJson.y, cols.y);
}

TEST(DatasetTest, WhatTheRunCallbackThrowsEndsTheRead) {
    ScratchDir dir;
    const std::string path = dir.file("large.gpkg");
    writeLargePointLayer(path, 250000);
    PointReadOptions options;
    std::atomic<int> calls{0};
    options.onPoints = [&](const double*, const double*, std::size_t) {
        if (++calls == 3)
            throw Cancelled(path, "stop");
    };
    EXPECT_THROW(readGeoPackagePoints(path, "", options), Cancelled);
    EXPECT_EQ(calls.load(), 3);  // nothing more after the throw
}

// The fast reader goes through our read-ahead SQLite VFS: a file in WAL mode reads the same,
// and a change made between two reads is seen by the second.
TEST(DatasetTest, FastPointReaderSeesChangesAndReadsWalFiles) {
    ScratchDir dir;
    const std::string path = dir.file("wal.gpkg");
    writeLargePointLayer(path, 5000);
    const auto before = readGeoPackagePoints(path, "");
    ASSERT_TRUE(before.has_value());
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("PRAGMA journal_mode=WAL", nullptr, nullptr);
        OGRLayer* l = ds->GetLayer(0);
        for (int i = 0; i < 10; ++i) {
            OGRFeature f(l->GetLayerDefn());
            OGRPoint p(120.0 + i, 10.0);
            f.SetGeometry(&p);
            ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
        }
        // still open: the new rows are in the write-ahead log, not yet in the database file
        const auto during = readGeoPackagePoints(path, "");
        ASSERT_TRUE(during.has_value());
        ASSERT_EQ(during->x.size(), before->x.size() + 10);
        EXPECT_EQ(during->x.back(), 129.0);
    }
    const auto after = readGeoPackagePoints(path, "");
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->x.size(), before->x.size() + 10);
}

// --- hostile GeoPackages: the fast reader checks what it assumes, and declines otherwise --------

namespace {

void execSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message << "\n" << sql;
}

// Replaces the feature table "factories" with one made by `create` (columns fid, geom, name)
// and filled by `fill` from the old one (called "old").
void rebuildFactories(const std::string& path, const std::string& create, const std::string& fill) {
    execSql(path,
            "ALTER TABLE factories RENAME TO old; " + create + "; " + fill + "; DROP TABLE old;");
}

// What GDAL's own feature loop reads: the reference.
std::vector<std::pair<double, double>> gdalPoints(const std::string& path) {
    std::vector<std::pair<double, double>> out;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    EXPECT_TRUE(ds);
    if (!ds)
        return out;
    for (auto& f : *ds->GetLayer(0)) {
        if (const OGRGeometry* g = f->GetGeometryRef())
            out.emplace_back(g->toPoint()->getX(), g->toPoint()->getY());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::pair<double, double>> sorted(const Dataset::PointColumns& c) {
    std::vector<std::pair<double, double>> out;
    for (std::size_t i = 0; i < c.x.size(); ++i)
        out.emplace_back(c.x[i], c.y[i]);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST(DatasetTest, NullGeometryColumnNameIsDeclinedNotACrash) {
    ScratchDir dir;
    const std::string path = dir.file("nullcol.gpkg");
    writeLargePointLayer(path, 50);
    execSql(path,
            "ALTER TABLE gpkg_geometry_columns RENAME TO gc_old; "
            "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, "
            "geometry_type_name TEXT, srs_id INTEGER, z TINYINT, m TINYINT); "
            "INSERT INTO gpkg_geometry_columns SELECT table_name, NULL, geometry_type_name, "
            "srs_id, z, m FROM gc_old; DROP TABLE gc_old;");
    EXPECT_FALSE(readGeoPackagePoints(path, ""));
    EXPECT_FALSE(readGeoPackagePoints(path, "factories"));
}

TEST(DatasetTest, RealAndTextFidsAreReadByGdalNotTheFastPath) {
    ScratchDir dir;
    for (const char* type : {"REAL", "TEXT"}) {
        const std::string path = dir.file(std::string("fid_") + type + ".gpkg");
        writeLargePointLayer(path, 300);
        rebuildFactories(path,
                         std::string("CREATE TABLE factories (fid ") + type +
                             " PRIMARY KEY, geom BLOB, name TEXT)",
                         std::string("INSERT INTO factories SELECT ") +
                             (std::string(type) == "REAL" ? "fid + 0.5" : "'f' || fid") +
                             ", geom, name FROM old");
        EXPECT_FALSE(readGeoPackagePoints(path, "")) << type;
        const auto reference = gdalPoints(path);
        ASSERT_GT(reference.size(), 100u) << type;
        EXPECT_EQ(sorted(Dataset::open(path).readPoints("factories")), reference) << type;
    }
}

TEST(DatasetTest, WithoutRowidTablesAreReadByGdalNotTheFastPath) {
    ScratchDir dir;
    const std::string path = dir.file("norowid.gpkg");
    writeLargePointLayer(path, 300);
    rebuildFactories(path,
                     "CREATE TABLE factories (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT) "
                     "WITHOUT ROWID",
                     "INSERT INTO factories SELECT fid, geom, name FROM old; "
                     "INSERT INTO factories SELECT 'x' || fid, geom, name FROM old WHERE fid < 20");
    EXPECT_FALSE(readGeoPackagePoints(path, ""));
    const auto reference = gdalPoints(path);
    ASSERT_GT(reference.size(), 100u);
    EXPECT_EQ(sorted(Dataset::open(path).readPoints("factories")), reference);
}

// Fids at both ends of the 64-bit range: the range arithmetic must not overflow, and the
// runs handed on while reading must stay where they are (the columns cannot be reserved).
TEST(DatasetTest, ExtremeFidsAreReadWhole) {
    ScratchDir dir;
    const std::string path = dir.file("extreme.gpkg");
    writeLargePointLayer(path, 40000);
    execSql(path,
            "UPDATE factories SET fid = -9223372036854775807 - 1 WHERE fid = 7; "
            "UPDATE factories SET fid = 9223372036854775807 WHERE fid = 8;");
    HandedOn h;
    const auto direct = readGeoPackagePoints(path, "", collecting(h));
    const auto reference = gdalPoints(path);
    ASSERT_TRUE(direct.has_value());
    EXPECT_EQ(sorted(*direct), reference);
    std::vector<std::pair<double, double>> handed;
    for (std::size_t i = 0; i < h.x.size(); ++i)
        handed.emplace_back(h.x[i], h.y[i]);
    std::sort(handed.begin(), handed.end());
    EXPECT_EQ(handed, reference);
}

// A feature count far beyond what the file holds is not what memory is sized by.
TEST(DatasetTest, LyingFeatureCountSizesNothing) {
    ScratchDir dir;
    const std::string path = dir.file("lying.gpkg");
    writeLargePointLayer(path, 300);
    rebuildFactories(path, "CREATE TABLE factories (fid REAL PRIMARY KEY, geom BLOB, name TEXT)",
                     "INSERT INTO factories SELECT fid, geom, name FROM old");
    execSql(path, "UPDATE gpkg_ogr_contents SET feature_count = 4000000000000000000");
    const auto reference = gdalPoints(path);
    EXPECT_EQ(sorted(Dataset::open(path).readPoints("factories")), reference);
}

// Every SQLite connection of geo/ refuses what a hostile file could ask of it: SQL functions
// with side effects from its schema (trusted_schema=OFF) and writes that corrupt (defensive).
TEST(DatasetTest, SqliteConnectionsAreHardened) {
    ScratchDir dir;
    const std::string path = dir.file("plain.gpkg");
    writeLargePointLayer(path, 10);
    const detail::SqlitePtr db = detail::openSqlite(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    int value = -1;
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, -1, &value);
    EXPECT_EQ(value, 1);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &value);
    EXPECT_EQ(value, 0);
    EXPECT_NE(sqlite3_exec(db.get(),
                           "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = 'x' WHERE "
                           "name = 'factories'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::string why;
    EXPECT_FALSE(
        detail::openSqlite(dir.file("missing/none.gpkg"), SQLITE_OPEN_READONLY, nullptr, &why));
    EXPECT_FALSE(why.empty());
    EXPECT_EQ(detail::quoteIdentifier("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(detail::quoteLiteral("it's"), "'it''s'");
}

// --- rows through SQLite (ReadOptions::pointXYOnly)
// ------------------------------------------------

namespace {

struct ReadBack {
    std::vector<std::int64_t> fids;
    std::vector<std::vector<FieldValue>> values;
    std::vector<std::string> geometries;  // a point as "x y", anything else as WKT
    bool throughSqlite = false;
};

ReadBack readBack(const std::string& path, const std::string& layer, bool pointXYOnly) {
    ReadOptions o;
    o.pointXYOnly = pointXYOnly;
    o.requireCrs = false;
    FeatureReader r = Dataset::open(path).read(layer, o);
    ReadBack out;
    out.throughSqlite = r.readsThroughSqlite();
    Feature f;  // one feature for every row, as callers do
    while (r.next(f)) {
        out.fids.push_back(f.fid);
        out.values.push_back(f.values);
        out.geometries.push_back(f.geometry.type == GeometryType::Point &&
                                         f.geometry.coords.size() == 1
                                     ? std::to_string(f.geometry.coords[0].x) + " " +
                                           std::to_string(f.geometry.coords[0].y)
                                     : f.geometry.toWkt());
    }
    return out;
}

void expectSameRows(const ReadBack& direct, const ReadBack& gdal) {
    ASSERT_EQ(direct.fids, gdal.fids);
    EXPECT_EQ(direct.values, gdal.values);
    EXPECT_EQ(direct.geometries, gdal.geometries);
}

}  // namespace

// Every kind of row the direct reader meets: plain points with Thai text, nulls, other geometries,
// no geometry, empty points, and values stored with another type than their column's (SQLite
// lets a file hold them), which it hands to GDAL row by row. The rows equal GDAL's, in fid order.
TEST(DatasetTest, RowsThroughSqliteEqualGdalsForEveryKindOfRow) {
    ScratchDir dir;
    const std::string path = dir.file("mixed.gpkg");
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        ASSERT_TRUE(ds);
        OGRSpatialReference sr;
        sr.importFromEPSG(4326);
        const char* noIndex[] = {"SPATIAL_INDEX=NO", nullptr};  // no triggers on updates
        OGRLayer* l = ds->CreateLayer("mixed", &sr, wkbUnknown, const_cast<char**>(noIndex));
        OGRFieldDefn name("name", OFTString), n32("n32", OFTInteger), n64("n64", OFTInteger64),
            real("r", OFTReal);
        for (OGRFieldDefn* d : {&name, &n32, &n64, &real})
            l->CreateField(d);
        OGRLayer* table = ds->CreateLayer("certificates", nullptr, wkbNone, nullptr);
        table->CreateField(&name);
        table->CreateField(&n32);
        for (int i = 0; i < 40; ++i) {
            OGRFeature f(l->GetLayerDefn());
            if (i % 5 != 1) {
                f.SetField("name", ("โรงงาน " + std::to_string(i)).c_str());
                f.SetField("n32", i * 1000);
                f.SetField("n64", static_cast<GIntBig>(i) * 10000000000LL);
                f.SetField("r", i + 0.25);
            }
            std::unique_ptr<OGRGeometry> g;
            switch (i % 8) {
                case 2: {
                    OGRGeometry* polygon = nullptr;
                    OGRGeometryFactory::createFromWkt("POLYGON ((100 13,101 13,101 14,100 13))",
                                                      nullptr, &polygon);
                    g.reset(polygon);
                    break;
                }
                case 3:
                    break;  // no geometry
                case 4:
                    g = std::make_unique<OGRPoint>();  // empty
                    break;
                default:
                    g = std::make_unique<OGRPoint>(100.0 + i * 0.01, 13.0 - i * 0.02);
            }
            if (g)
                f.SetGeometry(g.get());
            ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
            OGRFeature t(table->GetLayerDefn());
            t.SetField("name", ("F" + std::to_string(i)).c_str());
            t.SetField("n32", i);
            ASSERT_EQ(table->CreateFeature(&t), OGRERR_NONE);
        }
    }
    // Values of another storage class than the column's: an integer column holding text and a
    // number beyond 32 bits, a real column holding text, a text column holding a blob.
    execSql(path,
            "UPDATE mixed SET n32 = 'abc' WHERE fid = 6; "
            "UPDATE mixed SET n32 = 5000000000 WHERE fid = 8; "
            "UPDATE mixed SET r = 'x' WHERE fid = 9; "
            "UPDATE mixed SET name = X'41FF42' WHERE fid = 10; "
            "DELETE FROM mixed WHERE fid IN (20, 21);");
    for (const char* layer : {"mixed", "certificates"}) {
        const ReadBack direct = readBack(path, layer, true);
        const ReadBack gdal = readBack(path, layer, false);
        EXPECT_TRUE(direct.throughSqlite) << layer;
        EXPECT_FALSE(gdal.throughSqlite) << layer;
        EXPECT_GE(direct.fids.size(), 38u) << layer;
        expectSameRows(direct, gdal);
    }
}

// What the direct reader does not handle is read through GDAL as a whole: another format, a
// table whose fid is not its rowid.
TEST(DatasetTest, RowsThroughSqliteOnlyWhereTheyCanBe) {
    ScratchDir dir;
    const std::string shp = dir.file("points.shp");
    writePoints(shp, "ESRI Shapefile", "EPSG:4326", 20);
    EXPECT_FALSE(readBack(shp, "", true).throughSqlite);
    expectSameRows(readBack(shp, "", true), readBack(shp, "", false));

    const std::string norowid = dir.file("norowid.gpkg");
    writeLargePointLayer(norowid, 300);
    rebuildFactories(norowid,
                     "CREATE TABLE factories (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT) "
                     "WITHOUT ROWID",
                     "INSERT INTO factories SELECT fid, geom, name FROM old");
    EXPECT_FALSE(readBack(norowid, "factories", true).throughSqlite);
    expectSameRows(readBack(norowid, "factories", true), readBack(norowid, "factories", false));

    const std::string plain = dir.file("plain.gpkg");
    writeLargePointLayer(plain, 3000);
    const ReadBack direct = readBack(plain, "factories", true);
    EXPECT_TRUE(direct.throughSqlite);
    expectSameRows(direct, readBack(plain, "factories", false));
}
