// Finding a place by what a user types, in Thai or English or by code.

#include <gtest/gtest.h>

#include "AtlasFixture.hpp"
#include "layers/Search.hpp"

namespace ecotown::test {
namespace {

class SearchFixture : public AtlasFixture {};

TEST_F(SearchFixture, FindsProvincesRegionsAreasAndEstates) {
    const layers::Atlas& atlas = *s_atlas;
    auto kindOf = [&](const char* text) {
        const auto hit = layers::searchPlace(atlas, text);
        return hit ? static_cast<int>(hit->kind) : -1;
    };
    const auto rayong = layers::searchPlace(atlas, "ระยอง");
    ASSERT_TRUE(rayong);
    EXPECT_EQ(rayong->kind, layers::PlaceKind::Province);
    EXPECT_EQ(rayong->nameEn, "Rayong");
    EXPECT_DOUBLE_EQ(rayong->extent.minX, 101);
    EXPECT_DOUBLE_EQ(rayong->extent.maxY, 14);
    EXPECT_EQ(layers::searchPlace(atlas, "TH-20 Chon Buri · ชลบุรี")->nameEn, "Chon Buri");
    EXPECT_EQ(layers::searchPlace(atlas, " th-50 ")->nameTh, "เชียงใหม่");

    const auto east = layers::searchPlace(atlas, "East");
    ASSERT_TRUE(east);
    EXPECT_EQ(east->kind, layers::PlaceKind::Region);
    EXPECT_DOUBLE_EQ(east->extent.minX, 100);  // Chon Buri and Rayong
    EXPECT_DOUBLE_EQ(east->extent.maxX, 102);

    EXPECT_EQ(kindOf("ETA-03"), static_cast<int>(layers::PlaceKind::Area));
    const auto mapTaPhut = layers::searchPlace(atlas, "map ta");
    ASSERT_TRUE(mapTaPhut);
    EXPECT_EQ(mapTaPhut->kind, layers::PlaceKind::Area);
    EXPECT_EQ(atlas.areas()[mapTaPhut->index].id, "ETA-01");
    EXPECT_EQ(layers::searchPlace(atlas, "แม่แฝก")->nameEn, "Mae Faek");
    const auto bangChan = layers::searchPlace(atlas, "bang chan");
    ASSERT_TRUE(bangChan);
    EXPECT_EQ(bangChan->kind, layers::PlaceKind::Estate);
    EXPECT_EQ(atlas.estates()[bangChan->index].id, "E02");

    EXPECT_EQ(kindOf("Atlantis"), -1);
    EXPECT_EQ(kindOf("   "), -1);
}

TEST_F(SearchFixture, SuggestsProvinceLinesThenAreas) {
    const layers::Atlas& atlas = *s_atlas;
    EXPECT_EQ(layers::searchSuggestions(atlas, "chon", false),
              (std::vector<std::string>{"TH-20 Chon Buri · ชลบุรี", "Chon Buri"}));
    EXPECT_EQ(layers::searchSuggestions(atlas, "chon", true),
              (std::vector<std::string>{"TH-20 Chon Buri · ชลบุรี", "จังหวัดชลบุรี"}));
    EXPECT_EQ(layers::searchSuggestions(atlas, "TH-", false, 2).size(), 2u);
    EXPECT_TRUE(layers::searchSuggestions(atlas, "", false).empty());
}

}  // namespace
}  // namespace ecotown::test
