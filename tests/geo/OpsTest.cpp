#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "geo/Crs.hpp"
#include "geo/Error.hpp"
#include "geo/Ops.hpp"

using namespace ecotown;
using namespace ecotown::geo;

namespace {

Geometry wkt(const std::string& text) {
    return Geometry::fromWkt(text);
}

// Same point set, whatever the start vertex and ring orientation GEOS chose: the symmetric
// difference has no area.
void expectSameShape(const Geometry& actual, const std::string& expectedWkt) {
    const Geometry expected = wkt(expectedWkt);
    const double a = area(actual), b = area(expected);
    const double common = area(intersection(actual, expected));
    EXPECT_NEAR(a + b - 2 * common, 0.0, 1e-9) << actual.toWkt() << " vs " << expectedWkt;
    EXPECT_NEAR(a, b, 1e-9);
}

}  // namespace

TEST(OpsTest, BufferOfAPointIsARegularPolygon) {
    const Geometry diamond = buffer(Geometry::point(0, 0), 1.0, 1);
    EXPECT_EQ(diamond.type, GeometryType::Polygon);
    expectSameShape(diamond, "POLYGON ((1 0,0 1,-1 0,0 -1,1 0))");

    const Geometry circle = buffer(Geometry::point(10, 20), 2.0, 8);  // 32 segments
    EXPECT_EQ(circle.type, GeometryType::Polygon);
    EXPECT_EQ(circle.coords.size(), 33u);  // closed ring
    const double expected = 0.5 * 32 * 4.0 * std::sin(2 * std::numbers::pi / 32);
    EXPECT_NEAR(area(circle), expected, 1e-9);
    const Extent e = circle.extent();
    EXPECT_NEAR(e.minX, 8, 1e-12);
    EXPECT_NEAR(e.maxX, 12, 1e-12);
    EXPECT_NEAR(e.minY, 18, 1e-12);
    EXPECT_NEAR(e.maxY, 22, 1e-12);
}

TEST(OpsTest, BufferOfAPolygonAndNegativeBuffer) {
    const Geometry square = wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    expectSameShape(buffer(square, -1.0), "POLYGON ((1 1,9 1,9 9,1 9,1 1))");
    const Geometry gone = buffer(square, -6.0);
    EXPECT_TRUE(gone.isEmpty());
    // square corners are rounded: area = 10*10 + 4*10*1 + pi (approximately)
    EXPECT_NEAR(area(buffer(square, 1.0, 64)), 140.0 + std::numbers::pi, 1e-3);
}

TEST(OpsTest, BufferInMetresAroundABangkokPoint) {
    // The dataset's method: a circle of 2 km built in UTM 47N and brought back to WGS 84.
    const CoordinateTransform toUtm(Crs::wgs84(), Crs::fromUserInput("EPSG:32647"));
    const CoordinateTransform back(Crs::fromUserInput("EPSG:32647"), Crs::wgs84());
    const XY centre = toUtm.transform(XY{100.5, 13.75});
    Geometry circle = buffer(Geometry::point(centre.x, centre.y), 2000.0, 16);
    EXPECT_NEAR(area(circle), std::numbers::pi * 2000.0 * 2000.0, 0.01 * std::numbers::pi * 4e6);
    back.transform(circle);
    const Extent e = circle.extent();
    EXPECT_NEAR((e.minX + e.maxX) / 2, 100.5, 1e-4);
    EXPECT_NEAR((e.minY + e.maxY) / 2, 13.75, 1e-4);
    EXPECT_NEAR(e.maxY - e.minY, 4000.0 / 110'700.0, 2e-4);  // about 110.7 km per degree here
    EXPECT_TRUE(covers(circle, {100.5, 13.75}));
}

TEST(OpsTest, IntersectionOfOverlappingSquares) {
    const Geometry a = wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    const Geometry b = wkt("POLYGON ((5 5,15 5,15 15,5 15,5 5))");
    const Geometry i = intersection(a, b);
    EXPECT_EQ(i.type, GeometryType::Polygon);
    expectSameShape(i, "POLYGON ((5 5,10 5,10 10,5 10,5 5))");
    EXPECT_DOUBLE_EQ(area(i), 25.0);
}

TEST(OpsTest, IntersectionKeepsOnlyPolygonalParts) {
    const Geometry a = wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    // shares only an edge: the line is dropped, the result is empty
    const Geometry touching = intersection(a, wkt("POLYGON ((10 0,20 0,20 10,10 10,10 0))"));
    EXPECT_TRUE(touching.isEmpty());
    EXPECT_EQ(touching.type, GeometryType::Polygon);
    // disjoint
    EXPECT_TRUE(intersection(a, wkt("POLYGON ((30 30,40 30,40 40,30 30))")).isEmpty());
    // a polygon and a line overlapping it: no area
    EXPECT_TRUE(intersection(a, wkt("LINESTRING (-5 5,15 5)")).isEmpty());
    // an area and a touching corner: the polygon part stays, the point goes
    const Geometry mixed = intersection(
        a, wkt("MULTIPOLYGON (((8 8,12 8,12 12,8 12,8 8)),((-5 -5,0 -5,0 0,-5 0,-5 -5)))"));
    expectSameShape(mixed, "POLYGON ((8 8,10 8,10 10,8 10,8 8))");
}

TEST(OpsTest, IntersectionOfAMultiPolygonAndACircleClip) {
    // Two islands, a clip box over both: a MultiPolygon with two parts.
    const Geometry islands =
        wkt("MULTIPOLYGON (((0 0,4 0,4 4,0 4,0 0)),((6 0,10 0,10 4,6 4,6 0)))");
    const Geometry box = wkt("POLYGON ((2 1,8 1,8 3,2 3,2 1))");
    const Geometry i = intersection(islands, box);
    EXPECT_EQ(i.type, GeometryType::MultiPolygon);
    EXPECT_EQ(i.partEnds.size(), 2u);
    expectSameShape(i, "MULTIPOLYGON (((2 1,4 1,4 3,2 3,2 1)),((6 1,8 1,8 3,6 3,6 1)))");
}

TEST(OpsTest, IntersectionRepairsAnInvalidInput) {
    // A bow-tie (self-intersecting ring), as coarse boundaries sometimes have.
    const Geometry bowtie = wkt("POLYGON ((0 0,10 10,10 0,0 10,0 0))");
    const Geometry square = wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    Geometry i;
    ASSERT_NO_THROW(i = intersection(bowtie, square));
    EXPECT_NEAR(area(i), 50.0, 1e-9);
}

TEST(OpsTest, Union) {
    const Geometry u = unionOf(wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0))"),
                               wkt("POLYGON ((10 0,20 0,20 10,10 10,10 0))"));
    EXPECT_EQ(u.type, GeometryType::Polygon);
    expectSameShape(u, "POLYGON ((0 0,20 0,20 10,0 10,0 0))");
    const Geometry two =
        unionOf(wkt("POLYGON ((0 0,1 0,1 1,0 1,0 0))"), wkt("POLYGON ((5 5,6 5,6 6,5 6,5 5))"));
    EXPECT_EQ(two.type, GeometryType::MultiPolygon);
    EXPECT_DOUBLE_EQ(area(two), 2.0);
}

TEST(OpsTest, Area) {
    EXPECT_DOUBLE_EQ(area(wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2))")), 96.0);
    EXPECT_DOUBLE_EQ(area(wkt("MULTIPOLYGON (((0 0,1 0,1 1,0 1,0 0)),((2 0,4 0,4 2,2 2,2 0)))")),
                     5.0);
    EXPECT_DOUBLE_EQ(area(wkt("POLYGON ((0 0,0 10,10 10,10 0,0 0))")), 100.0);  // clockwise too
    EXPECT_DOUBLE_EQ(area(Geometry::point(3, 4)), 0.0);
    EXPECT_DOUBLE_EQ(area(wkt("LINESTRING (0 0,5 5)")), 0.0);
    EXPECT_THROW(area(Geometry{}), Error);  // a null geometry
}

TEST(OpsTest, PointOnSurfaceLiesInside) {
    // A U shape: its centroid (5, ~4.2) is in the notch, the label point must not be.
    const Geometry u = wkt("POLYGON ((0 0,10 0,10 10,7 10,7 3,3 3,3 10,0 10,0 0))");
    const XY p = pointOnSurface(u);
    EXPECT_TRUE(covers(u, p)) << p.x << " " << p.y;
    EXPECT_FALSE(p.x > 3 && p.x < 7 && p.y > 3);
    const XY q = pointOnSurface(wkt("POLYGON ((0 0,4 0,4 2,0 2,0 0))"));
    EXPECT_DOUBLE_EQ(q.y, 1.0);
    EXPECT_GT(q.x, 0.0);
    EXPECT_LT(q.x, 4.0);
    const XY pt = pointOnSurface(Geometry::point(100.5, 13.75));
    EXPECT_EQ(pt, (XY{100.5, 13.75}));
    EXPECT_THROW(pointOnSurface(wkt("POLYGON EMPTY")), Error);
}

TEST(OpsTest, CoversCountsTheBoundaryAndNotHoles) {
    const Geometry g = wkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(4 4,6 4,6 6,4 6,4 4))");
    EXPECT_TRUE(covers(g, {1, 1}));
    EXPECT_TRUE(covers(g, {0, 5}));    // outer boundary
    EXPECT_TRUE(covers(g, {10, 10}));  // a vertex
    EXPECT_TRUE(covers(g, {4, 5}));    // the hole's boundary
    EXPECT_FALSE(covers(g, {5, 5}));   // in the hole
    EXPECT_FALSE(covers(g, {10.000001, 5}));
    EXPECT_FALSE(covers(g, {std::nan(""), 5}));
    const Geometry multi = wkt("MULTIPOLYGON (((0 0,1 0,1 1,0 1,0 0)),((5 5,6 5,6 6,5 6,5 5)))");
    EXPECT_TRUE(covers(multi, {5.5, 5.5}));
    EXPECT_FALSE(covers(multi, {3, 3}));
}

TEST(OpsTest, SimplifyKeepsTopology) {
    expectSameShape(simplify(wkt("POLYGON ((0 0,5 0.01,10 0,10 10,5 9.99,0 10,0 0))"), 0.1),
                    "POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    const Geometry line = simplify(wkt("LINESTRING (0 0,1 0.01,2 0,3 0.01,4 0)"), 0.1);
    EXPECT_EQ(line.toWkt(), "LINESTRING (0 0,4 0)");
    // A hole close to the shell: Douglas-Peucker alone would let the shell cross it.
    const Geometry withHole =
        wkt("POLYGON ((0 0,10 0,10 10,5 5.5,0 10,0 0),(4 4,6 4,6 5,4 5,4 4))");
    const Geometry s = simplify(withHole, 10.0);
    EXPECT_EQ(s.ringEnds.size(), 2u);  // the hole is kept
    EXPECT_GT(area(s), 0.0);
    EXPECT_TRUE(covers(s, {5, 3}));
    EXPECT_FALSE(covers(s, {5, 4.5}));  // still a hole
    // nothing to simplify
    expectSameShape(simplify(wkt("POLYGON ((0 0,1 0,1 1,0 1,0 0))"), 0.5),
                    "POLYGON ((0 0,1 0,1 1,0 1,0 0))");
}

TEST(OpsTest, NullGeometryThrows) {
    EXPECT_THROW(buffer(Geometry{}, 1.0), Error);
    EXPECT_THROW(intersection(Geometry{}, Geometry::point(0, 0)), Error);
    EXPECT_THROW(covers(Geometry{}, {0, 0}), Error);
    EXPECT_THROW(simplify(Geometry{}, 1.0), Error);
}

TEST(OpsTest, TrianglesCoverThePolygonAndLeaveItsHolesOut) {
    // A square with a hole, and an island apart: the triangles' areas add up to the area, and
    // no triangle's centroid lies in the hole or outside.
    const Geometry g = wkt(
        "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2)),((20 0,23 0,23 3,20 0)))");
    const std::vector<XY> t = triangulate(g);
    ASSERT_EQ(t.size() % 3, 0u);
    ASSERT_GE(t.size(), 3u * 9);
    double sum = 0;
    for (std::size_t i = 0; i < t.size(); i += 3) {
        const XY a = t[i], b = t[i + 1], c = t[i + 2];
        sum += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
        const XY centroid{(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
        EXPECT_TRUE(covers(g, centroid)) << centroid.x << " " << centroid.y;
    }
    EXPECT_NEAR(sum, area(g), 1e-9);
    EXPECT_TRUE(triangulate(Geometry::point(1, 2)).empty());
    EXPECT_TRUE(triangulate(wkt("LINESTRING (0 0,5 5)")).empty());
}
