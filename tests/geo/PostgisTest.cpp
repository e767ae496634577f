// A real PostgreSQL/PostGIS server (scripts/pg-test-server.sh, started by scripts/test.sh):
// a PG: connection string opens like a file, with the layer's CRS, Thai text and points.

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Writer.hpp"

using namespace ecotown;
using namespace ecotown::geo;

namespace {

const char* connection() {
    return std::getenv("ECOTOWN_TEST_PG");
}

}  // namespace

TEST(PostgisTest, OpensReadsAndConvertsAPostgisTable) {
    if (!connection())
        GTEST_SKIP() << "ECOTOWN_TEST_PG is not set (scripts/test.sh starts a server)";
    const std::string table = "factories_" + std::to_string(::getpid());
    const std::string thai = "บริษัท ระยองปิโตรเคมี จำกัด";
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GDALDataset::Open(connection(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds) << CPLGetLastErrorMsg();
        OGRSpatialReference utm;
        utm.importFromEPSG(32647);
        const char* lco[] = {"OVERWRITE=YES", nullptr};
        OGRLayer* l = ds->CreateLayer(table.c_str(), &utm, wkbPoint, const_cast<char**>(lco));
        ASSERT_NE(l, nullptr) << CPLGetLastErrorMsg();
        OGRFieldDefn name("name_th", OFTString);
        ASSERT_EQ(l->CreateField(&name), OGRERR_NONE);
        OGRFieldDefn level("gi_level", OFTInteger);
        ASSERT_EQ(l->CreateField(&level), OGRERR_NONE);
        for (int i = 0; i < 3; ++i) {
            OGRFeature f(l->GetLayerDefn());
            f.SetField("name_th", thai.c_str());
            f.SetField("gi_level", i + 1);
            OGRPoint p(747618.7 + i * 1000.0, 1402830.4);  // Rayong city, eastwards
            f.SetGeometry(&p);
            ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
        }
    }
    Dataset ds = Dataset::open(connection());
    const auto names = ds.layerNames();
    EXPECT_NE(std::find(names.begin(), names.end(), table), names.end());
    const std::string layer = ds.resolveLayerName(table);
    const LayerInfo info = ds.layerInfo(layer);
    EXPECT_EQ(info.driver, "PostgreSQL");
    EXPECT_EQ(info.featureCount, 3);
    EXPECT_EQ(info.geometryType, GeometryType::Point);
    EXPECT_EQ(info.crs.authorityCode(), "EPSG:32647");
    EXPECT_NEAR(info.extentWgs84.minX, 101.28, 1e-3);
    EXPECT_NEAR(info.extentWgs84.minY, 12.68, 1e-3);

    FeatureReader r = ds.read(layer);
    Feature f;
    int n = 0;
    while (r.next(f)) {
        ++n;
        EXPECT_EQ(std::get<std::string>(
                      f.values.at(static_cast<std::size_t>(r.schema().fieldIndex("name_th")))),
                  thai);
    }
    EXPECT_EQ(n, 3);
    EXPECT_EQ(ds.readPoints(layer).x.size(), 3u);

    // PostGIS to a GeoJSON file: WGS 84, Thai text intact
    test::ScratchDir dir;
    const std::string out = dir.file("from_pg.geojson");
    {
        FeatureReader reader = ds.read(layer);
        WriteOptions o;
        o.format = Format::GeoJSON;
        FeatureWriter w(out, reader.schema(), reader.crs(), o);
        while (reader.next(f))
            w.write(f);
        w.commit();
    }
    const std::string text = test::readTextFile(out);
    EXPECT_NE(text.find(thai), std::string::npos);
    EXPECT_NE(text.find("101.28"), std::string::npos);

    GDALDatasetUniquePtr cleanup(GDALDataset::Open(connection(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    cleanup->ExecuteSQL(("DROP TABLE " + table).c_str(), nullptr, nullptr);
}
