#include "layers/Style.hpp"

namespace ecotown::layers {
namespace {

constexpr std::array<Rgba, 5> kStage = {{
    {0xff, 0xff, 0xcc, 255},
    {0xa1, 0xda, 0xb4, 255},
    {0x41, 0xb6, 0xc4, 255},
    {0x2c, 0x7f, 0xb8, 255},
    {0x25, 0x34, 0x94, 255},
}};
constexpr std::array<Rgba, 3> kIeat = {{
    {0xfd, 0xbe, 0x85, 255},
    {0xfd, 0x8d, 0x3c, 255},
    {0xd9, 0x47, 0x01, 255},
}};
constexpr Rgba kIeatNone{0xbd, 0xbd, 0xbd, 255};
constexpr std::array<Rgba, 5> kGreen = {{
    {0xa1, 0xd9, 0x9b, 255},
    {0x74, 0xc4, 0x76, 255},
    {0x31, 0xa3, 0x54, 255},
    {0x00, 0x6d, 0x2c, 255},
    {0x00, 0x44, 0x1b, 255},
}};
constexpr std::array<Rgba, 5> kPurples = {{
    {0xf2, 0xf0, 0xf7, 255},
    {0xcb, 0xc9, 0xe2, 255},
    {0x9e, 0x9a, 0xc8, 255},
    {0x75, 0x6b, 0xb1, 255},
    {0x54, 0x27, 0x8f, 255},
}};

}  // namespace

Rgba stageColor(DevelopmentStage stage) {
    return kStage[static_cast<std::size_t>(stage) - 1];
}

Rgba ieatLevelColor(const IeatEcoLevel* level) {
    return level ? kIeat[static_cast<std::size_t>(*level) - 1] : kIeatNone;
}

Rgba greenIndustryColor(GreenIndustryLevel level) {
    return kGreen[static_cast<std::size_t>(level) - 1];
}

double greenIndustrySymbolSize(GreenIndustryLevel level) {
    return 3.0 + static_cast<double>(level);
}

Rgba ecoFactoryColor() {
    return {0x21, 0x71, 0xb5, 255};
}
Rgba csrDiwColor() {
    return {0xae, 0x01, 0x7e, 255};
}
double certificateSymbolSize() {
    return 6.0;
}

std::optional<FactorySymbol> factorySymbol(bool ecoFactory, int giLevel, bool csrDiw,
                                           const FactorySymbolToggles& shown) {
    if (shown.ecoFactory && ecoFactory)
        return FactorySymbol::EcoFactory;
    if (shown.greenIndustry && giLevel >= 1 && giLevel <= 5)
        return static_cast<FactorySymbol>(static_cast<int>(FactorySymbol::GreenIndustry1) +
                                          giLevel - 1);
    if (shown.csrDiw && csrDiw)
        return FactorySymbol::CsrDiw;
    return std::nullopt;
}

Rgba factorySymbolColor(FactorySymbol symbol) {
    switch (symbol) {
        case FactorySymbol::CsrDiw:
            return csrDiwColor();
        case FactorySymbol::EcoFactory:
            return ecoFactoryColor();
        default:
            return greenIndustryColor(static_cast<GreenIndustryLevel>(
                static_cast<int>(symbol) - static_cast<int>(FactorySymbol::GreenIndustry1) + 1));
    }
}

Rgba factoryDensityColor(std::uint32_t count) {
    if (count < 10)
        return {0x61, 0x61, 0x61, 120};
    if (count < 100)
        return {0x42, 0x42, 0x42, 160};
    return {0x21, 0x21, 0x21, 200};
}

double factoryDensitySize(std::uint32_t count) {
    return count < 100 ? 2.0 : 2.5;
}

double factorySymbolSize(FactorySymbol symbol) {
    switch (symbol) {
        case FactorySymbol::CsrDiw:
        case FactorySymbol::EcoFactory:
            return certificateSymbolSize();
        default:
            return greenIndustrySymbolSize(static_cast<GreenIndustryLevel>(
                static_cast<int>(symbol) - static_cast<int>(FactorySymbol::GreenIndustry1) + 1));
    }
}

const MapStyle& mapStyle() {
    static const MapStyle style;
    return style;
}

Rgba provinceShade(int classIndex) {
    if (classIndex < 0)
        classIndex = 0;
    if (classIndex > 4)
        classIndex = 4;
    return kPurples[static_cast<std::size_t>(classIndex)];
}

}  // namespace ecotown::layers
