#include <gtest/gtest.h>

#include <filesystem>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"

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
