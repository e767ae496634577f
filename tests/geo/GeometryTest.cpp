#include <gtest/gtest.h>

#include "geo/Error.hpp"
#include "geo/Geometry.hpp"

using namespace ecotown::geo;

TEST(GeometryTest, WktRoundTripKeepsStructure) {
    const std::string wkt =
        "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((20 20,30 20,30 30,20 "
        "20)))";
    Geometry g = Geometry::fromWkt(wkt);
    EXPECT_EQ(g.type, GeometryType::MultiPolygon);
    ASSERT_EQ(g.partEnds.size(), 2u);
    EXPECT_EQ(g.partEnds[0], 2u);  // exterior + hole
    EXPECT_EQ(g.ringEnds.size(), 3u);
    EXPECT_EQ(g.toWkt(), wkt);
    EXPECT_EQ(Geometry::fromWkt(g.toWkt()), g);
}

TEST(GeometryTest, PointLineAndZ) {
    Geometry p = Geometry::point(101.28, 12.68);
    EXPECT_EQ(p.toWkt(), "POINT (101.28 12.68)");
    Geometry z = Geometry::fromWkt("LINESTRING Z (1 2 3,4 5 6)");
    EXPECT_TRUE(z.hasZ());
    EXPECT_EQ(z.toWkt(), "LINESTRING Z (1 2 3,4 5 6)");
    Geometry ml = Geometry::fromWkt("MULTILINESTRING ((0 0,1 1),(2 2,3 3,4 4))");
    EXPECT_EQ(ml.partEnds.size(), 2u);
    EXPECT_EQ(ml.toWkt(), "MULTILINESTRING ((0 0,1 1),(2 2,3 3,4 4))");
    Geometry mp = Geometry::fromWkt("MULTIPOINT ((1 2),(3 4))");
    EXPECT_EQ(mp.toWkt(), "MULTIPOINT ((1 2),(3 4))");
}

TEST(GeometryTest, CurvesAreLinearised) {
    Geometry g = Geometry::fromWkt("CIRCULARSTRING (0 0,1 1,2 0)");
    EXPECT_EQ(g.type, GeometryType::LineString);
    EXPECT_GT(g.coords.size(), 3u);
}

TEST(GeometryTest, ExtentAndBadWkt) {
    Geometry g = Geometry::fromWkt("POLYGON ((100 10,102 10,102 14,100 14,100 10))");
    const Extent e = g.extent();
    EXPECT_DOUBLE_EQ(e.minX, 100);
    EXPECT_DOUBLE_EQ(e.maxY, 14);
    EXPECT_TRUE(e.contains(101, 12));
    EXPECT_FALSE(e.contains(99, 12));
    EXPECT_THROW(Geometry::fromWkt("POLYGON ((0 0, 1"), ecotown::UsageError);
}

TEST(GeometryTest, SegmentTouchesBox) {
    Extent box;
    box.include(0, 0);
    box.include(10, 5);
    EXPECT_TRUE(segmentTouchesBox({-5, 2}, {15, 3}, box));   // crosses
    EXPECT_TRUE(segmentTouchesBox({2, 1}, {3, 2}, box));     // inside
    EXPECT_TRUE(segmentTouchesBox({-5, 5}, {15, 5}, box));   // along an edge
    EXPECT_TRUE(segmentTouchesBox({10, 5}, {12, 8}, box));   // from a corner out
    EXPECT_FALSE(segmentTouchesBox({-5, 6}, {15, 6}, box));  // parallel, above
    EXPECT_FALSE(segmentTouchesBox({11, 0}, {20, 5}, box));  // to the right
    EXPECT_FALSE(segmentTouchesBox({-1, 4}, {1, 7}, box));   // past the top-left corner
}
