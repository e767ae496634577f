// What lies under a point: through the atlas's polygon indexes, among what the filter selected.

#include <gtest/gtest.h>

#include "AtlasFixture.hpp"
#include "layers/Identify.hpp"

namespace ecotown::test {
namespace {

using layers::kNoIndex;

std::int32_t indexOf(const std::vector<layers::EcoTownArea>& v, const char* id) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].id == id)
            return static_cast<std::int32_t>(i);
    }
    return kNoIndex;
}

class IdentifyFixture : public AtlasFixture {};

TEST_F(IdentifyFixture, FindsTheProvinceAreaAndEstateUnderAPoint) {
    const layers::Atlas& atlas = *s_atlas;
    const layers::Selection all = layers::select(atlas, {});
    const layers::PlaceAt at = layers::placeAt(atlas, all, {101.35, 13.35});
    ASSERT_NE(at.province, kNoIndex);
    EXPECT_EQ(atlas.provinces()[static_cast<std::size_t>(at.province)].code, "TH-21");
    EXPECT_EQ(at.area, indexOf(atlas.areas(), "ETA-01"));
    ASSERT_NE(at.estate, kNoIndex);
    EXPECT_EQ(atlas.estates()[static_cast<std::size_t>(at.estate)].id, "E01");
    // the index agrees with the accessors
    EXPECT_EQ(atlas.areaAt({101.35, 13.35}), at.area);
    EXPECT_EQ(atlas.provinceAt({98.3, 18.3}), *atlas.findProvince("TH-50"));

    const layers::PlaceAt sea = layers::placeAt(atlas, all, {105, 5});
    EXPECT_EQ(sea.province, kNoIndex);
    EXPECT_EQ(sea.area, kNoIndex);
    EXPECT_EQ(sea.estate, kNoIndex);
}

TEST_F(IdentifyFixture, AreasAndEstatesTheFilterLeftOutAreNotFound) {
    const layers::Atlas& atlas = *s_atlas;
    layers::Filter f;
    f.provinces = {"TH-20"};
    const layers::PlaceAt at = layers::placeAt(atlas, layers::select(atlas, f), {101.35, 13.35});
    EXPECT_EQ(atlas.provinces()[static_cast<std::size_t>(at.province)].code, "TH-21");
    EXPECT_EQ(at.area, kNoIndex);
    EXPECT_EQ(at.estate, kNoIndex);
}

layers::EcoTownArea square(const char* id, const char* wkt) {
    layers::EcoTownArea a;
    a.id = id;
    a.shape = geo::Geometry::fromWkt(wkt);
    a.extent = a.shape.extent();
    a.labelPoint = {a.extent.minX + 0.5, a.extent.minY + 0.5};
    return a;
}

TEST(Identify, ASelectedAreaUnderAnOverlappingLeftOutOneIsFound) {
    layers::Atlas atlas;
    atlas.setAreas({square("BIG", "POLYGON((0 0,10 0,10 10,0 10,0 0))"),
                    square("SMALL", "POLYGON((2 2,4 2,4 4,2 4,2 2))")});
    EXPECT_EQ(atlas.areaAt({3, 3}), kNoIndex);  // no index before the join
    atlas.setFactories({}, {});
    atlas.joinFactories(1);
    EXPECT_EQ(atlas.areaAt({3, 3}), 0);  // the first in the atlas's order
    layers::Selection onlySmall;
    onlySmall.areas = {1};
    EXPECT_EQ(layers::placeAt(atlas, onlySmall, {3, 3}).area, 1);
    EXPECT_EQ(layers::placeAt(atlas, onlySmall, {8, 8}).area, kNoIndex);
    layers::Selection onlyBig;
    onlyBig.areas = {0};
    EXPECT_EQ(layers::placeAt(atlas, onlyBig, {3, 3}).area, 0);
    // a copy shares the index; replacing a layer drops it
    const layers::Atlas copy = atlas;
    EXPECT_EQ(copy.areaAt({8, 8}), 0);
    atlas.setAreas({});
    EXPECT_EQ(atlas.areaAt({8, 8}), kNoIndex);
}

}  // namespace
}  // namespace ecotown::test
