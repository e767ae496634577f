#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include "CliOutput.hpp"
#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Encoding.hpp"

using namespace ecotown;
using ecotown::test::runCli;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kWorld = test::kWorldMap;

using test::lineCount;  // CliOutput.hpp

// N points on a diagonal through central Thailand, written with GDAL itself.
void writePoints(const std::string& path, const char* driver, int n,
                 const char* epsg = "EPSG:4326") {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName(driver)->Create(
        path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(ds);
    OGRSpatialReference sr;
    sr.SetFromUserInput(epsg);
    sr.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* l = ds->CreateLayer("factories", &sr, wkbPoint, nullptr);
    OGRFieldDefn id("factory_id", OFTString);
    l->CreateField(&id);
    ASSERT_EQ(l->StartTransaction(), OGRERR_NONE);
    for (int i = 0; i < n; ++i) {
        OGRFeature f(l->GetLayerDefn());
        f.SetField("factory_id", ("F" + std::to_string(i)).c_str());
        OGRPoint p(99.0 + 4.0 * i / std::max(1, n - 1), 14.0 + 2.0 * i / std::max(1, n - 1));
        f.SetGeometry(&p);
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    ASSERT_EQ(l->CommitTransaction(), OGRERR_NONE);
}

std::int64_t countFeatures(const std::string& path) {
    return geo::Dataset::open(path).layerInfo().featureCount;
}

bool hasTempFiles(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename().string().find("tmp") != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

TEST(CliTest, InfoDescribesNaturalEarth) {
    const auto r = runCli({"info", kWorld, "--layer", "states_provinces"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("states_provinces"), std::string::npos);
    EXPECT_NE(r.out.find("EPSG:4326"), std::string::npos);
    EXPECT_NE(r.out.find("4556"), std::string::npos);
    EXPECT_NE(r.out.find("MultiPolygon"), std::string::npos);
    EXPECT_NE(r.out.find("iso_a2"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
}

TEST(CliTest, InfoJson) {
    const auto r = runCli({"info", kWorld, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_GE(j["layers"].size(), 2u);
    bool found = false;
    for (const auto& l : j["layers"]) {
        if (l["name"] == "countries") {
            found = true;
            EXPECT_EQ(l["crs"]["authority"], "EPSG:4326");
            EXPECT_EQ(l["geometry_type"], "MultiPolygon");
            EXPECT_EQ(l["extent_wgs84"].size(), 4u);
        }
    }
    EXPECT_TRUE(found);
}

TEST(CliTest, BadInputsExitTwoWithOneLineNamingTheFile) {
    ScratchDir dir;
    std::vector<std::string> bad;
    bad.push_back(dir.file("missing.shp"));
    test::writeTextFile(dir.file("empty.gpkg"), "");
    bad.push_back(dir.file("empty.gpkg"));
    test::writeTextFile(dir.file("malformed.geojson"),
                        "{\"type\": \"FeatureCollection\", \"features\": [ {");
    bad.push_back(dir.file("malformed.geojson"));
    writePoints(dir.file("src"), "ESRI Shapefile", 300);
    const fs::path base = dir.path() / "src" / "factories";
    for (const std::string drop : {".shx", ".dbf", "cut"}) {
        const fs::path d = dir.path() / ("case" + drop);
        fs::create_directories(d);
        for (const char* ext : {".shp", ".shx", ".dbf", ".prj"}) {
            if (drop != ext)
                fs::copy_file(fs::path(base).replace_extension(ext), d / (std::string("f") + ext));
        }
        if (drop == "cut")
            fs::resize_file(d / "f.shp", 1000);
        bad.push_back((d / "f.shp").string());
    }
    for (const auto& path : bad) {
        for (const std::vector<std::string>& args : {std::vector<std::string>{"info", path},
                                                     {"validate", path},
                                                     {"convert", path, dir.file("out.geojson")}}) {
            SCOPED_TRACE(args[0] + " " + path);
            const auto r = runCli(args);
            EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
            EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
            EXPECT_EQ(lineCount(r.err), 1) << r.err;
            EXPECT_FALSE(fs::exists(dir.file("out.geojson")));
        }
    }
}

TEST(CliTest, EmptyLayerConvertsToAnEmptyFile) {
    ScratchDir dir;
    writePoints(dir.file("none.gpkg"), "GPKG", 0);
    auto r = runCli({"info", dir.file("none.gpkg")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Features:   0"), std::string::npos);
    r = runCli({"convert", dir.file("none.gpkg"), dir.file("none.geojson")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(countFeatures(dir.file("none.geojson")), 0);
    r = runCli({"validate", dir.file("none.gpkg")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    // joining against no polygons at all is an input problem, not a crash
    r = runCli({"join", kWorld, dir.file("none.gpkg"), dir.file("j.gpkg")});
    EXPECT_EQ(r.exitCode, 2) << r.err;
}

TEST(CliTest, UnwritableOutputsAreRefusedNamingTheOutput) {
    ScratchDir dir;
    for (const std::string& out :
         {dir.file("no/such/folder/out.geojson"), std::string("/etc/hostname/out.gpkg")}) {
        SCOPED_TRACE(out);
        const auto r = runCli({"convert", kWorld, out, "--layer", "countries"});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_NE(r.err.find(out), std::string::npos) << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
    }
    if (::geteuid() != 0) {  // root ignores permissions; the case above covers it there
        fs::create_directories(dir.path() / "ro");
        fs::permissions(dir.path() / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        const auto r =
            runCli({"convert", kWorld, dir.file("ro/out.geojson"), "--layer", "countries"});
        EXPECT_EQ(r.exitCode, 2);
    }
}

TEST(CliTest, DiskFullLeavesNothingBehind) {
    ScratchDir dir;
    for (const char* name : {"full.geojson", "full.gpkg", "full.shp", "full.fgb"}) {
        SCOPED_TRACE(name);
        const auto r =
            runCli({"convert", kWorld, dir.file(name), "--layer", "states_provinces"}, 200 * 1024);
        EXPECT_EQ(r.exitCode, 2) << r.err;
        EXPECT_NE(r.err.find(dir.file(name)), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(dir.file(name)));
        EXPECT_FALSE(hasTempFiles(dir.path())) << "temporary files left";
    }
}

TEST(CliTest, ExistingOutputNeedsOverwrite) {
    ScratchDir dir;
    const std::string out = dir.file("th.geojson");
    test::writeTextFile(out, "precious");
    auto r =
        runCli({"convert", kWorld, out, "--layer", "states_provinces", "--where", "iso_a2 = 'TH'"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(out), std::string::npos);
    EXPECT_NE(r.err.find("exists"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("overwrite"), std::string::npos) << r.err;
    EXPECT_EQ(test::readTextFile(out), "precious");
    r = runCli({"convert", kWorld, out, "--layer", "states_provinces", "--where", "iso_a2 = 'TH'",
                "--overwrite"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(countFeatures(out), 77);
}

TEST(CliTest, ConvertToEveryFormatAndCrs) {
    ScratchDir dir;
    for (const char* ext : {"geojson", "shp", "gpkg", "fgb", "kml", "csv"}) {
        SCOPED_TRACE(ext);
        const std::string out = dir.file(std::string("th.") + ext);
        const auto r = runCli(
            {"convert", kWorld, out, "--layer", "states_provinces", "--where", "iso_a2 = 'TH'"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        if (std::string(ext) == "csv")
            continue;  // WKT CSV declares no CRS: checked below
        EXPECT_EQ(countFeatures(out), 77);
    }
    const std::string utm = dir.file("th_utm.gpkg");
    auto r = runCli({"convert", kWorld, utm, "--layer", "states_provinces", "--where",
                     "iso_a2 = 'TH'", "--crs", "EPSG:32647"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto info = geo::Dataset::open(utm).layerInfo();
    EXPECT_EQ(info.crs.authorityCode(), "EPSG:32647");
    EXPECT_GT(info.extent.maxX, 1000000);  // metres, not degrees
    r = runCli({"convert", kWorld, dir.file("x.geojson"), "--crs", "EPSG:0000"});
    EXPECT_EQ(r.exitCode, 2);
    r = runCli({"convert", kWorld, dir.file("x.unknown")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("x.unknown"), std::string::npos);
}

TEST(CliTest, ValidateExitCodesAndLines) {
    ScratchDir dir;
    const std::string bad = dir.file("areas.geojson");
    test::writeTextFile(bad, R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":1,"properties":{"area_id":"A1"},"geometry":{"type":"Polygon","coordinates":[[[100,13],[101,13],[101,14],[100,14],[100,13]]]}},
{"type":"Feature","id":2,"properties":{"area_id":"A2"},"geometry":{"type":"Polygon","coordinates":[[[100,13],[101,14],[101,13],[100,14],[100,13]]]}},
{"type":"Feature","id":3,"properties":{"area_id":"A1"},"geometry":null}]})");
    auto r = runCli({"validate", bad, "--id-field", "area_id"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(lineCount(r.out), 3) << r.out;
    EXPECT_NE(r.out.find(bad + ": layer areas: feature area_id A2 (fid 2): invalid geometry: "
                               "Self-intersection at (100.5 13.5)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("feature area_id A1 (fid 3): null geometry"), std::string::npos);
    EXPECT_NE(r.out.find("duplicate id"), std::string::npos);
    // The id field is found without --id-field, and duplicates are always reported.
    const auto unasked = runCli({"validate", bad});
    EXPECT_EQ(unasked.out, r.out);
    const auto json = nlohmann::json::parse(runCli({"validate", bad, "--json"}).out);
    ASSERT_EQ(json.size(), 3u);
    EXPECT_EQ(json[0]["id"], "A2");
    EXPECT_EQ(json[0]["id_field"], "area_id");

    const std::string fixed = dir.file("fixed.gpkg");
    r = runCli({"validate", bad, "--make-valid", fixed});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("Self-intersection repaired"), std::string::npos) << r.out;
    r = runCli({"validate", fixed});
    EXPECT_EQ(r.exitCode, 1) << r.out;  // the null geometry is still there: reported, not invented
    EXPECT_EQ(lineCount(r.out), 2) << r.out;  // and the duplicate area_id A1
    EXPECT_NE(r.out.find("null geometry"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("duplicate area_id 'A1'"), std::string::npos) << r.out;
    r = runCli({"validate", kWorld, "--layer", "countries"});
    EXPECT_LE(r.exitCode, 1);
    r = runCli({"validate", dir.file("nothing.gpkg")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliTest, JoinAssignsAndCounts) {
    ScratchDir dir;
    const std::string points = dir.file("factories.gpkg");
    writePoints(points, "GPKG", 500);
    // the provinces, through our own convert
    const std::string provinces = dir.file("provinces.gpkg");
    auto r = runCli(
        {"convert", kWorld, provinces, "--layer", "states_provinces", "--where", "iso_a2 = 'TH'"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    r = runCli({"join", points, provinces, dir.file("assigned.gpkg"), "--id-field", "fips"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli(
        {"join", points, provinces, dir.file("counts.gpkg"), "--id-field", "fips", "--count"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    // Independent answer: OGR's own intersects test, point by point.
    GDALAllRegister();
    GDALDatasetUniquePtr prov(GDALDataset::Open(provinces.c_str(), GDAL_OF_VECTOR));
    std::vector<std::pair<std::string, std::unique_ptr<OGRGeometry>>> polys;
    for (auto& f : *prov->GetLayer(0))
        polys.emplace_back(f->GetFieldAsString("fips"), f->StealGeometry());
    std::map<std::string, int> expectedCounts;
    GDALDatasetUniquePtr assigned(
        GDALDataset::Open(dir.file("assigned.gpkg").c_str(), GDAL_OF_VECTOR));
    int n = 0;
    for (auto& f : *assigned->GetLayer(0)) {
        std::string expected;
        for (auto& [code, g] : polys) {
            if (g->Intersects(f->GetGeometryRef())) {
                expected = code;
                break;
            }
        }
        EXPECT_EQ(
            f->IsFieldSetAndNotNull(f->GetFieldIndex("fips")) ? f->GetFieldAsString("fips") : "",
            expected);
        if (!expected.empty())
            ++expectedCounts[expected];
        ++n;
    }
    EXPECT_EQ(n, 500);
    GDALDatasetUniquePtr counts(GDALDataset::Open(dir.file("counts.gpkg").c_str(), GDAL_OF_VECTOR));
    int rows = 0;
    for (auto& f : *counts->GetLayer(0)) {
        ++rows;
        EXPECT_EQ(f->GetFieldAsInteger("n_points"), expectedCounts[f->GetFieldAsString("fips")]);
    }
    EXPECT_EQ(rows, 77);
}

TEST(CliTest, ProgressOnlyOnATerminal) {
    ScratchDir dir;
    const std::string points = dir.file("many.gpkg");
    writePoints(points, "GPKG", 60000);
    auto piped = runCli({"convert", points, dir.file("a.geojson")});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_TRUE(piped.err.empty()) << piped.err;
    auto tty = test::runCliInTerminal({"convert", points, dir.file("b.geojson")});
    ASSERT_EQ(tty.exitCode, 0) << tty.out;
    EXPECT_NE(tty.out.find("%"), std::string::npos) << tty.out;
    EXPECT_NE(tty.out.find("converting"), std::string::npos) << tty.out;
}

TEST(CliTest, UsageErrorsExitTwo) {
    EXPECT_EQ(runCli({}).exitCode, 2);
    EXPECT_EQ(runCli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(runCli({"info"}).exitCode, 2);
    EXPECT_EQ(runCli({"info", kWorld, "--no-such-flag"}).exitCode, 2);
    EXPECT_EQ(runCli({"info", kWorld, "--layer", "nope"}).exitCode, 2);
    EXPECT_EQ(runCli({"info", "--help"}).exitCode, 0);
}

TEST(CliTest, AnUnknownSubcommandIsNamedAndTheRealOnesListed) {
    const auto r = runCli({"frobnicate", "--output", "x.gpkg"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("unknown subcommand 'frobnicate'"), std::string::npos) << r.err;
    for (const char* sub :
         {"info", "validate", "convert", "join", "sample", "stats", "export", "render"}) {
        EXPECT_NE(r.err.find(std::string(" ") + sub), std::string::npos) << sub << ": " << r.err;
    }
    const auto none = runCli({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_EQ(lineCount(none.err), 1) << none.err;
    EXPECT_NE(none.err.find("a subcommand is required: info,"), std::string::npos) << none.err;
    const auto option = runCli({"--bogus"});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_EQ(lineCount(option.err), 1) << option.err;
    EXPECT_NE(option.err.find("unknown option '--bogus'; a subcommand comes first: info,"),
              std::string::npos)
        << option.err;
}

TEST(CliTest, VersionComesFromTheProject) {
    const auto r = runCli({"--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, std::string("ecotown-cli ") + ECOTOWN_VERSION + "\n");
}

// A GeometryCollection is written whole where the format holds one, reprojected like any
// geometry, and refused by name where it cannot be held (a shapefile): never emptied silently.
TEST(CliTest, GeometryCollectionsAreWrittenWholeOrRefusedByName) {
    GDALAllRegister();  // the test reads the outputs with GDAL, and may run alone
    ScratchDir dir;
    const std::string in = dir.file("mixed.geojson");
    test::writeTextFile(in, R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":7,"properties":{"site_id":"S7"},"geometry":{"type":"GeometryCollection","geometries":[
 {"type":"Point","coordinates":[100.5,13.5]},
 {"type":"LineString","coordinates":[[100,13],[101,14]]},
 {"type":"Polygon","coordinates":[[[100,13],[101,13],[101,14],[100,14],[100,13]]]}]}}]})");
    const std::string expected =
        "GEOMETRYCOLLECTION (POINT (100.5 13.5),LINESTRING (100 13,101 14),POLYGON ((100 "
        "13,101 "
        "13,101 14,100 14,100 13)))";
    for (const char* ext : {"gpkg", "geojson", "fgb", "kml", "csv"}) {
        const std::string out = dir.file(std::string("out.") + ext);
        const auto r = runCli({"convert", in, out});
        ASSERT_EQ(r.exitCode, 0) << ext << ": " << r.err;
        GDALDatasetUniquePtr ds(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR));
        ASSERT_TRUE(ds) << ext;
        OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
        ASSERT_TRUE(f && f->GetGeometryRef()) << ext;
        OGRGeometry* g = f->GetGeometryRef();
        if (std::string(ext) == "kml" || std::string(ext) == "csv")
            g->flattenTo2D();
        EXPECT_EQ(g->exportToWkt(), expected) << ext;
    }
    // Reprojected: every member's vertices, not the collection's shell only.
    const std::string utm = dir.file("utm.gpkg");
    ASSERT_EQ(runCli({"convert", in, utm, "--crs", "EPSG:32647"}).exitCode, 0);
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(utm.c_str(), GDAL_OF_VECTOR));
        OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
        const auto* gc = f->GetGeometryRef()->toGeometryCollection();
        ASSERT_EQ(gc->getNumGeometries(), 3);
        EXPECT_GT(gc->getGeometryRef(0)->toPoint()->getX(), 100000);  // metres, not degrees
        EXPECT_GT(gc->getGeometryRef(1)->toLineString()->getY(1), 1000000);
    }
    // validate checks the collection instead of calling it empty
    auto r = runCli({"validate", in});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    r = runCli({"convert", in, dir.file("out.shp")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("GeometryCollection"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("out.shp")));
}

// A .cpg holding control characters and bytes that are not UTF-8: `info` answers (text and
// JSON) with the bytes escaped, never an internal JSON error, never the raw bytes on a
// terminal.
TEST(CliTest, InfoOnAHostileCpgEscapesIt) {
    ScratchDir dir;
    const std::string shp = dir.file("sites.shp");
    writePoints(shp, "ESRI Shapefile", 3);
    test::writeTextFile(dir.file("sites.cpg"), "\x1b]0;owned\x07\xff\xfe");
    auto r = runCli({"info", shp, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(geo::isValidUtf8(r.out));
    const auto j = nlohmann::json::parse(r.out);
    const std::string reason = j["layers"][0]["encoding"]["reason"];
    EXPECT_NE(reason.find("\\x1B]0;owned\\x07\\xFF\\xFE"), std::string::npos) << reason;
    r = runCli({"info", shp});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(r.out.find('\x07'), std::string::npos);
    EXPECT_TRUE(geo::isValidUtf8(r.out));
}

// A shapefile that cannot be made says why, not only that it was not made.
TEST(CliTest, FailedShapefileWriteSaysWhy) {
    ScratchDir dir;
    const std::string table = dir.file("table.csv");
    test::writeTextFile(table, "name,v\na,1\nb,2\n");
    const auto r = runCli({"convert", table, dir.file("table.shp")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("table.shp"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("without geometry"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("GDAL wrote no .shp file (only "), std::string::npos) << r.err;
    EXPECT_FALSE(hasTempFiles(dir.path()));
}
