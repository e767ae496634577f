#include <gtest/gtest.h>

#include "layers/Style.hpp"

using namespace ecotown::layers;

TEST(FactorySymbolTest, EcoFactoryOverGreenIndustryOverCsrDiw) {
    EXPECT_EQ(factorySymbol(true, 3, true), FactorySymbol::EcoFactory);
    EXPECT_EQ(factorySymbol(false, 3, true), FactorySymbol::GreenIndustry3);
    EXPECT_EQ(factorySymbol(false, 5, false), FactorySymbol::GreenIndustry5);
    EXPECT_EQ(factorySymbol(false, 0, true), FactorySymbol::CsrDiw);
    EXPECT_EQ(factorySymbol(false, 0, false), std::nullopt);
    // What is toggled off gives way to the next thing the factory holds.
    FactorySymbolToggles noEco;
    noEco.ecoFactory = false;
    EXPECT_EQ(factorySymbol(true, 2, false, noEco), FactorySymbol::GreenIndustry2);
    EXPECT_EQ(factorySymbol(true, 0, false, noEco), std::nullopt);
    FactorySymbolToggles onlyCsr{false, false, true};
    EXPECT_EQ(factorySymbol(true, 4, true, onlyCsr), FactorySymbol::CsrDiw);
}

TEST(FactorySymbolTest, ColoursAndSizesAreTheCertificatesOwn) {
    EXPECT_EQ(factorySymbolColor(FactorySymbol::EcoFactory), ecoFactoryColor());
    EXPECT_EQ(factorySymbolColor(FactorySymbol::CsrDiw), csrDiwColor());
    for (int l = 1; l <= 5; ++l) {
        const auto symbol =
            static_cast<FactorySymbol>(static_cast<int>(FactorySymbol::GreenIndustry1) + l - 1);
        EXPECT_EQ(factorySymbolColor(symbol),
                  greenIndustryColor(static_cast<GreenIndustryLevel>(l)));
        EXPECT_DOUBLE_EQ(factorySymbolSize(symbol),
                         greenIndustrySymbolSize(static_cast<GreenIndustryLevel>(l)));
    }
    EXPECT_DOUBLE_EQ(factorySymbolSize(FactorySymbol::EcoFactory), certificateSymbolSize());
    EXPECT_EQ(static_cast<std::size_t>(FactorySymbol::EcoFactory) + 1, kFactorySymbolCount);
}
