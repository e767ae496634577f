// Illustrative stages and approximate outlines: which areas, and the hatch and dash geometry
// every map output draws them with.

#include <gtest/gtest.h>

#include <cmath>

#include "geo/Ops.hpp"
#include "layers/Provenance.hpp"

namespace ecotown::test {
namespace {

layers::EcoTownArea area(const char* status, const char* source) {
    layers::EcoTownArea a;
    a.status = status;
    a.source = source;
    return a;
}

TEST(Provenance, StageIsIllustrativeByStatusOrByTheSourcesStageClause) {
    EXPECT_TRUE(layers::stageIsIllustrative(
        area("illustrative", "stage and reference point illustrative (not found)")));
    EXPECT_TRUE(layers::stageIsIllustrative(
        area("partial", "area: http://ecocenter.diw.go.th [confirmed]; stage illustrative; year")));
    EXPECT_TRUE(layers::stageIsIllustrative(
        area("partial", "area: x [confirmed]; stage 4: illustrative (award not found)")));
    EXPECT_FALSE(layers::stageIsIllustrative(
        area("partial", "area: x [confirmed]; stage 4: probable, award 2019; year: illustrative")));
    EXPECT_FALSE(
        layers::stageIsIllustrative(area("confirmed", "stage 4: certified; year illustrative")));
}

double totalLength(const std::vector<geo::XY>& pairs) {
    double sum = 0;
    for (std::size_t i = 0; i + 1 < pairs.size(); i += 2)
        sum += std::hypot(pairs[i + 1].x - pairs[i].x, pairs[i + 1].y - pairs[i].y);
    return sum;
}

TEST(Provenance, HatchingStaysInsideThePolygonAndOutOfItsHoles) {
    const geo::Geometry square =
        geo::Geometry::fromWkt("POLYGON((0 0,4 0,4 4,0 4,0 0),(1 1,3 1,3 3,1 3,1 1))");
    const std::vector<geo::XY> hatch = layers::hatchSegments(square, 0.25);
    ASSERT_EQ(hatch.size() % 2, 0u);
    ASSERT_GT(hatch.size(), 30u);
    for (std::size_t i = 0; i + 1 < hatch.size(); i += 2) {
        const geo::XY mid{(hatch[i].x + hatch[i + 1].x) / 2, (hatch[i].y + hatch[i + 1].y) / 2};
        if (std::hypot(hatch[i + 1].x - hatch[i].x, hatch[i + 1].y - hatch[i].y) < 1e-9)
            continue;  // a line through a corner only
        EXPECT_TRUE(geo::covers(square, mid)) << mid.x << " " << mid.y;
        EXPECT_FALSE(mid.x > 1.001 && mid.x < 2.999 && mid.y > 1.001 && mid.y < 2.999)
            << "in the hole: " << mid.x << " " << mid.y;
        // 45°, falling to the right
        EXPECT_NEAR(hatch[i + 1].x - hatch[i].x, -(hatch[i + 1].y - hatch[i].y), 1e-9);
    }
    // lines 0.25 apart across 12 units² of surface: about 12 / 0.25 long
    EXPECT_NEAR(totalLength(hatch), 12 / 0.25, 1.5);
}

TEST(Provenance, DashesCoverTheOutlineInTheRatioAsked) {
    const geo::Geometry square = geo::Geometry::fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))");
    const std::vector<geo::XY> dashes = layers::dashSegments(square, 1.0, 1.0);
    EXPECT_NEAR(totalLength(dashes), 20.0, 1e-9);  // half of the 40 units of outline
    EXPECT_EQ(dashes.size(), 40u);                 // 20 dashes, none split at a corner here
    EXPECT_TRUE(layers::dashSegments(square, 0, 1).empty());
}

}  // namespace
}  // namespace ecotown::test
