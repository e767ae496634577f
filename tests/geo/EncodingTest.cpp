#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Encoding.hpp"

using namespace ecotown;
using namespace ecotown::geo;
using ecotown::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

const std::string kThaiName = "นิคมอุตสาหกรรมมาบตาพุด";
const std::string kThaiProvince = "ระยอง";

// Writes a one-feature shapefile whose DBF holds CP874 bytes, as Thai agencies' files do,
// then sets the sidecars as asked: .cpg content ("" = no .cpg) and the DBF language driver id.
std::string writeCp874Shapefile(const fs::path& dir, const std::string& cpg, unsigned char ldid) {
    GDALAllRegister();
    fs::create_directories(dir);
    const std::string shp = (dir / "estates.shp").string();
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr ds(drv->Create(shp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference sr;
        sr.importFromEPSG(32647);
        const char* lco[] = {"ENCODING=CP874", nullptr};
        OGRLayer* l = ds->CreateLayer("estates", &sr, wkbPoint, const_cast<char**>(lco));
        OGRFieldDefn name("NAME_TH", OFTString);
        name.SetWidth(80);
        l->CreateField(&name);
        OGRFieldDefn prov("PROV", OFTString);
        l->CreateField(&prov);
        OGRFeature f(l->GetLayerDefn());
        f.SetField("NAME_TH", kThaiName.c_str());  // GDAL recodes UTF-8 -> CP874 on write
        f.SetField("PROV", kThaiProvince.c_str());
        OGRPoint p(747618.7, 1402830.4);
        f.SetGeometry(&p);
        EXPECT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    fs::remove(dir / "estates.cpg");
    if (!cpg.empty())
        test::writeTextFile((dir / "estates.cpg").string(), cpg);
    std::fstream dbf(dir / "estates.dbf", std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put(static_cast<char>(ldid));
    return shp;
}

std::string firstString(const Dataset& ds, const std::string& field) {
    FeatureReader r = ds.read();
    Feature f;
    EXPECT_TRUE(r.next(f));
    return std::get<std::string>(
        f.values.at(static_cast<std::size_t>(r.schema().fieldIndex(field))));
}

}  // namespace

TEST(EncodingTest, Cp874Decoding) {
    const std::string cp = utf8ToCp874(kThaiName);
    EXPECT_EQ(cp.size(), 22u);  // one byte per Thai character
    EXPECT_FALSE(isValidUtf8(cp));
    EXPECT_TRUE(isValidCp874(cp));
    EXPECT_EQ(cp874ToUtf8(cp), kThaiName);
    EXPECT_TRUE(isValidUtf8(kThaiName));
    EXPECT_TRUE(isAscii("Rayong"));
    EXPECT_FALSE(isValidUtf8("\xC0\x80"));  // overlong
    EXPECT_FALSE(isValidCp874("\xFC"));     // undefined in Windows-874
    EXPECT_EQ(encodingFromCpg("874"), "CP874");
    EXPECT_EQ(encodingFromCpg(" UTF-8\r\n"), "UTF-8");
    EXPECT_EQ(encodingFromCpg("TIS-620"), "CP874");
    EXPECT_EQ(encodingFromCpg("1252"), "CP1252");
}

TEST(EncodingTest, UndeclaredCp874ShapefileIsDetected) {
    ScratchDir dir;
    const std::string shp = writeCp874Shapefile(dir.path() / "undeclared", "", 0x00);
    const ShapefileDeclaration decl = readShapefileDeclaration(shp);
    EXPECT_TRUE(decl.cpg.empty());
    EXPECT_EQ(decl.ldid, 0);
    Dataset ds = Dataset::open(shp);
    const LayerInfo info = ds.layerInfo();
    EXPECT_EQ(info.encoding.name, "CP874");
    EXPECT_NE(info.encoding.reason.find("not UTF-8"), std::string::npos);
    EXPECT_EQ(firstString(ds, "NAME_TH"), kThaiName);
    EXPECT_EQ(firstString(ds, "PROV"), kThaiProvince);
}

TEST(EncodingTest, AnsiLanguageDriverIsNotTrustedForThaiBytes) {
    // LDID 0x57 means "the writer's ANSI code page": on a Thai Windows machine that is CP874.
    ScratchDir dir;
    const std::string shp = writeCp874Shapefile(dir.path() / "ansi", "", 0x57);
    Dataset ds = Dataset::open(shp);
    EXPECT_EQ(ds.layerInfo().encoding.name, "CP874");
    EXPECT_EQ(firstString(ds, "NAME_TH"), kThaiName);
}

TEST(EncodingTest, CpgDeclarationIsHonoured) {
    ScratchDir dir;
    const std::string shp = writeCp874Shapefile(dir.path() / "cpg", "874", 0x00);
    Dataset ds = Dataset::open(shp);
    EXPECT_EQ(ds.layerInfo().encoding.name, "CP874");
    EXPECT_NE(ds.layerInfo().encoding.reason.find(".cpg"), std::string::npos);
    EXPECT_EQ(firstString(ds, "NAME_TH"), kThaiName);
}

TEST(EncodingTest, EncodingOptionOverrides) {
    ScratchDir dir;
    const std::string shp = writeCp874Shapefile(dir.path() / "override", "874", 0x00);
    Dataset ds = Dataset::open(shp, OpenOptions{"ISO-8859-1", ""});
    EXPECT_EQ(ds.layerInfo().encoding.name, "ISO-8859-1");
    EXPECT_EQ(ds.layerInfo().encoding.reason, "--encoding");
    const std::string latin = firstString(ds, "NAME_TH");
    EXPECT_NE(latin, kThaiName);
    EXPECT_TRUE(isValidUtf8(latin));
}

TEST(EncodingTest, UndeclaredUtf8ShapefileStaysUtf8) {
    ScratchDir dir;
    GDALAllRegister();
    const fs::path d = dir.path() / "utf8";
    fs::create_directories(d);
    const std::string shp = (d / "a.shp").string();
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr ds(drv->Create(shp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        const char* lco[] = {"ENCODING=UTF-8", nullptr};
        OGRSpatialReference sr;
        sr.importFromEPSG(4326);
        OGRLayer* l = ds->CreateLayer("a", &sr, wkbPoint, const_cast<char**>(lco));
        OGRFieldDefn name("NAME", OFTString);
        l->CreateField(&name);
        OGRFeature f(l->GetLayerDefn());
        f.SetField("NAME", kThaiName.c_str());
        OGRPoint p(101.28, 12.68);
        f.SetGeometry(&p);
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    fs::remove(d / "a.cpg");
    std::fstream dbf(d / "a.dbf", std::ios::in | std::ios::out | std::ios::binary);
    dbf.seekp(29);
    dbf.put(0);
    dbf.close();
    Dataset ds = Dataset::open(shp);
    EXPECT_EQ(ds.layerInfo().encoding.name, "UTF-8");
    EXPECT_EQ(firstString(ds, "NAME"), kThaiName);
}

// A folder of shapefiles: each is decoded with its own code page, not the first one's.
TEST(EncodingTest, EachShapefileOfAFolderHasItsOwnCodePage) {
    GDALAllRegister();  // the shapefiles are written with GDAL, and the test may run alone
    ScratchDir dir;
    const fs::path folder = dir.path() / "folder";
    fs::create_directories(folder);
    // a_utf8 (read first): UTF-8 declared by its .cpg
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        const std::string shp = (folder / "a_utf8.shp").string();
        GDALDatasetUniquePtr ds(drv->Create(shp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        const char* lco[] = {"ENCODING=UTF-8", nullptr};
        OGRLayer* l = ds->CreateLayer("a_utf8", nullptr, wkbPoint, const_cast<char**>(lco));
        OGRFieldDefn name("NAME_TH", OFTString);
        name.SetWidth(80);
        l->CreateField(&name);
        OGRFeature f(l->GetLayerDefn());
        f.SetField("NAME_TH", kThaiName.c_str());
        OGRPoint p(100, 13);
        f.SetGeometry(&p);
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    // b_cp874: CP874 declared by its .cpg; c_undeclared: CP874 bytes, nothing declared
    for (const char* name : {"b_cp874", "c_undeclared"}) {
        const fs::path one = dir.path() / name;
        writeCp874Shapefile(one, std::string(name) == "b_cp874" ? "874" : "", 0x00);
        for (const auto& e : fs::directory_iterator(one))
            fs::copy_file(e.path(), folder / (name + e.path().extension().string()));
    }
    ASSERT_EQ(test::readTextFile((folder / "a_utf8.cpg").string()).substr(0, 5), "UTF-8");
    const Dataset ds = Dataset::open(folder.string());
    for (const char* layer : {"a_utf8", "b_cp874", "c_undeclared"}) {
        FeatureReader r = ds.read(layer, ReadOptions{"", {}, {"NAME_TH"}, false, false});
        Feature f;
        ASSERT_TRUE(r.next(f)) << layer;
        EXPECT_EQ(std::get<std::string>(f.values.at(0)), kThaiName) << layer;
    }
    EXPECT_EQ(ds.layerInfo("a_utf8").encoding.name, "UTF-8");
    EXPECT_EQ(ds.layerInfo("b_cp874").encoding.name, "CP874");
    EXPECT_NE(ds.layerInfo("b_cp874").encoding.reason.find(".cpg"), std::string::npos);
    EXPECT_EQ(ds.layerInfo("c_undeclared").encoding.name, "CP874");
}

// A .cpg that is not a code page name: no internal error, nothing sent to the terminal raw.
TEST(EncodingTest, HostileCpgIsShownEscapedAndIgnored) {
    EXPECT_EQ(displayText("874"), "874");
    EXPECT_EQ(displayText("a\x1b[31mb"), "a\\x1B[31mb");
    EXPECT_EQ(displayText("\xFF\xFE"
                          "8"),
              "\\xFF\\xFE8");
    EXPECT_EQ(displayText(kThaiName), kThaiName);
    EXPECT_EQ(displayText("\xC2\x9B"), "\\xC2\\x9B");   // C1 control (CSI)
    EXPECT_TRUE(isValidUtf8(displayText("\xE0\xB8")));  // a cut sequence
    EXPECT_TRUE(isKnownEncoding("CP874"));
    EXPECT_FALSE(isKnownEncoding("no-such-code-page"));
    EXPECT_FALSE(isKnownEncoding("874\x1b"));

    ScratchDir dir;
    const std::string shp = writeCp874Shapefile(dir.path() / "hostile", "\x1b]0;owned\x07\xFF", 0);
    const ShapefileDeclaration decl = readShapefileDeclaration(shp);
    EXPECT_EQ(decl.encoding(), "");
    EXPECT_TRUE(isValidUtf8(decl.describe()));
    EXPECT_EQ(decl.describe().find('\x1b'), std::string::npos);
    Dataset ds = Dataset::open(shp);
    EXPECT_EQ(ds.layerInfo().encoding.name, "CP874");  // detected instead
    EXPECT_EQ(firstString(ds, "NAME_TH"), kThaiName);
}
