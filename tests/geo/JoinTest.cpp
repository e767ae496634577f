#include <gtest/gtest.h>

#include <random>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Join.hpp"

using namespace ecotown;
using namespace ecotown::geo;

TEST(JoinTest, SquaresHolesBoundariesAndOverlaps) {
    std::vector<Geometry> polys;
    polys.push_back(Geometry::fromWkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(4 4,6 4,6 6,4 6,4 4))"));
    polys.push_back(Geometry::fromWkt(
        "MULTIPOLYGON (((10 0,20 0,20 10,10 10,10 0)),((30 0,40 0,40 10,30 0)))"));
    polys.push_back(Geometry::fromWkt("POLYGON ((15 5,25 5,25 15,15 15,15 5))"));  // overlaps 1
    const PolygonIndex index(polys);
    EXPECT_EQ(index.size(), 3u);
    EXPECT_EQ(index.locate(1, 1), 0);
    EXPECT_EQ(index.locate(5, 5), -1);  // in the hole
    EXPECT_EQ(index.locate(4, 5), 0);   // on the hole's edge: boundary counts as inside
    EXPECT_EQ(index.locate(10, 5), 0);  // shared edge: the first polygon wins
    EXPECT_EQ(index.locate(12, 2), 1);
    EXPECT_EQ(index.locate(39, 1), 1);  // second part of the multipolygon
    EXPECT_EQ(index.locate(17, 7), 1);  // overlap: first match wins
    EXPECT_EQ(index.locate(22, 12), 2);
    EXPECT_EQ(index.locate(-1, 5), -1);
    EXPECT_EQ(index.locate(std::nan(""), 5), -1);
    const std::vector<double> xs{1, 5, 12, 22, 100}, ys{1, 5, 2, 12, 100};
    const auto ids = index.locateAll(xs, ys, 2);
    EXPECT_EQ(ids, (std::vector<std::int32_t>{0, -1, 1, 2, -1}));
    EXPECT_EQ(index.countAll(xs, ys), (std::vector<std::int64_t>{1, 1, 1}));
    EXPECT_THROW(PolygonIndex({Geometry::point(1, 1)}), ecotown::Error);
}

// Thailand's 77 provinces against 30,000 random points: the grid and STR-tree answer must
// equal a brute-force OGR (GEOS) intersects test of every province.
TEST(JoinTest, AgreesWithBruteForceOnThaiProvinces) {
    Dataset ds = Dataset::open(test::kWorldMap);
    ReadOptions options;
    options.where = "iso_a2 = 'TH'";
    options.geometryOnly = true;
    FeatureReader reader = ds.read("states_provinces", options);
    std::vector<Geometry> provinces;
    Feature f;
    while (reader.next(f))
        provinces.push_back(f.geometry);
    ASSERT_EQ(provinces.size(), 77u);

    GDALAllRegister();
    GDALDatasetUniquePtr gd(GDALDataset::Open(test::kWorldMap, GDAL_OF_VECTOR));
    OGRLayer* l = gd->GetLayerByName("states_provinces");
    l->SetAttributeFilter("iso_a2 = 'TH'");
    std::vector<std::unique_ptr<OGRGeometry>> ogr;
    for (auto& feat : *l)
        ogr.emplace_back(feat->StealGeometry());
    ASSERT_EQ(ogr.size(), 77u);

    const PolygonIndex index(provinces);
    std::mt19937 rng(20240601);
    std::uniform_real_distribution<double> lon(97.0, 106.0), lat(5.5, 20.5);
    std::vector<double> xs(30000), ys(30000);
    for (std::size_t i = 0; i < xs.size(); ++i)
        xs[i] = lon(rng), ys[i] = lat(rng);
    const auto ids = index.locateAll(xs, ys, 2);
    int inside = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        OGRPoint p(xs[i], ys[i]);
        std::int32_t expected = -1;
        for (std::size_t k = 0; k < ogr.size(); ++k) {
            if (ogr[k]->Intersects(&p)) {
                expected = static_cast<std::int32_t>(k);
                break;
            }
        }
        ASSERT_EQ(ids[i], expected) << "point " << xs[i] << " " << ys[i];
        inside += expected >= 0;
    }
    EXPECT_GT(inside, 8000);  // the test covers both paths
}
