#include <gtest/gtest.h>

#include "layers/Domain.hpp"

using namespace ecotown::layers;

TEST(DomainTest, StagesHavePublishedNamesExceptTheTopLevel) {
    EXPECT_EQ(stageName(DevelopmentStage::Engagement).en, "Engagement");
    EXPECT_EQ(stageName(DevelopmentStage::Symbiosis).th, "การพึ่งพาอาศัย");
    EXPECT_TRUE(stageName(DevelopmentStage::ResourceEfficiency).confirmed);
    EXPECT_FALSE(stageName(DevelopmentStage::Level5).confirmed);
    EXPECT_FALSE(stageFromNumber(0));
    EXPECT_FALSE(stageFromNumber(6));
    EXPECT_EQ(stageFromNumber(3), DevelopmentStage::ResourceEfficiency);
}

TEST(DomainTest, GreenIndustryLevels) {
    EXPECT_EQ(greenIndustryLevelName(GreenIndustryLevel::GreenNetwork).en, "Green Network");
    EXPECT_EQ(greenIndustryLevelFromNumber(1), GreenIndustryLevel::GreenCommitment);
    EXPECT_FALSE(greenIndustryLevelFromNumber(6));
}

TEST(DomainTest, IeatLevelsParseFromWhatPeopleWrite) {
    EXPECT_EQ(ieatEcoLevelFromText("Eco-World Class"), IeatEcoLevel::EcoWorldClass);
    EXPECT_EQ(ieatEcoLevelFromText("eco champion"), IeatEcoLevel::EcoChampion);
    EXPECT_EQ(ieatEcoLevelFromText("ECO-EXCELLENCE"), IeatEcoLevel::EcoExcellence);
    EXPECT_FALSE(ieatEcoLevelFromText("gold"));
}

TEST(DomainTest, RegionsFromIdsAndNames) {
    EXPECT_EQ(regionFromText("east"), Region::East);
    EXPECT_EQ(regionFromText("North East"), Region::Northeast);
    EXPECT_EQ(regionFromText("ภาคใต้"), Region::South);
    EXPECT_FALSE(regionFromText("mars"));
    EXPECT_EQ(buddhistEraYear(2011), 2554);
    EXPECT_EQ(commonEraYear(2565), 2022);
}

#include "layers/Style.hpp"

TEST(StyleTest, StageRampIsOrderedAndDistinct) {
    // Sequential ramp: each stage darker than the one before (sum of channels falls).
    int previous = 3 * 256;
    for (int s = 1; s <= 5; ++s) {
        const Rgba c = stageColor(static_cast<DevelopmentStage>(s));
        const int lightness = c.r + c.g + c.b;
        EXPECT_LT(lightness, previous) << "stage " << s;
        previous = lightness;
    }
    EXPECT_EQ(stageColor(DevelopmentStage::Engagement).argb(), 0xffffffccu);
    const IeatEcoLevel wc = IeatEcoLevel::EcoWorldClass;
    EXPECT_NE(ieatLevelColor(&wc), ieatLevelColor(nullptr));
    EXPECT_LT(greenIndustrySymbolSize(GreenIndustryLevel::GreenCommitment),
              greenIndustrySymbolSize(GreenIndustryLevel::GreenNetwork));
}
