#pragma once
// The one style definition of Eco-Town Atlas: colours and symbol sizes used by the map window
// and by `ecotown-cli render` alike. Plain data (no Qt): app/ turns Rgba into QColor.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "layers/Domain.hpp"

namespace ecotown::layers {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    constexpr std::uint32_t argb() const {
        return (std::uint32_t(a) << 24) | (std::uint32_t(r) << 16) | (std::uint32_t(g) << 8) | b;
    }
    friend constexpr bool operator==(const Rgba&, const Rgba&) = default;
};

// Colour-blind-safe 5-class sequential ramp (ColorBrewer YlGnBu 5) for development stages 1-5.
Rgba stageColor(DevelopmentStage stage);
// IEAT eco levels (ColorBrewer Oranges); estates without a level are grey.
Rgba ieatLevelColor(const IeatEcoLevel* level);
// Green Industry levels 1-5 (ColorBrewer Greens), with a symbol diameter growing by level.
Rgba greenIndustryColor(GreenIndustryLevel level);
double greenIndustrySymbolSize(GreenIndustryLevel level);  // pixels at 96 dpi
Rgba ecoFactoryColor();
Rgba csrDiwColor();
double certificateSymbolSize();

// The symbol of a factory's point, in order of importance: where points crowd, the more important
// is drawn on top and stands for the spot (the window's aggregated cells, `render`'s stamping).
enum class FactorySymbol : std::uint8_t {
    CsrDiw,
    GreenIndustry1,
    GreenIndustry2,
    GreenIndustry3,
    GreenIndustry4,
    GreenIndustry5,
    EcoFactory,
};
inline constexpr std::size_t kFactorySymbolCount = 7;

// Which certificate kinds the map shows (each toggled in the window's legend).
struct FactorySymbolToggles {
    bool greenIndustry = true;
    bool ecoFactory = true;
    bool csrDiw = true;
};

// What a factory's point shows: Eco Factory over its Green Industry level (1-5) over CSR-DIW;
// none when it holds nothing that is shown.
std::optional<FactorySymbol> factorySymbol(bool ecoFactory, int giLevel, bool csrDiw,
                                           const FactorySymbolToggles& shown = {});
Rgba factorySymbolColor(FactorySymbol symbol);
double factorySymbolSize(FactorySymbol symbol);  // pixels at 96 dpi

// At country and region zoom the factories are a quiet density (cells of kDensityCellPixels
// with a small grey dot, darker and a little larger with more factories) so that the areas'
// stage colours stay legible under them: a dot covers at most 1/16 of its cell.
inline constexpr double kDensityCellPixels = 10.0;
Rgba factoryDensityColor(std::uint32_t count);
double factoryDensitySize(std::uint32_t count);  // pixels at 96 dpi

// The map's look, for the window (AtlasController::style, bound in MapPane.qml) and for
// `render` (AtlasScene) alike. Widths are pixels at 96 dpi.
struct MapStyle {
    Rgba sea{0xc6, 0xdb, 0xef, 255};
    Rgba land{0xf2, 0xef, 0xe6, 255};  // neighbouring countries
    Rgba landOutline{0xb8, 0xb2, 0xa4, 255};
    Rgba province{0xfb, 0xfa, 0xf6, 255};  // Thai provinces, unshaded
    Rgba provinceOutline{0x63, 0x63, 0x63, 255};
    Rgba provinceOutlineSelected{0x30, 0x30, 0x30, 255};  // provinces the filter names
    Rgba areaOutline{0x1f, 0x1f, 0x1f, 255};
    Rgba estateOutline{0x7f, 0x27, 0x04, 255};
    Rgba highlight{0xe3, 0x1a, 0x1c, 255};  // hovered or selected area, points of a plain file
    Rgba selection{0xff, 0x7f, 0x00, 255};
    Rgba label{0x20, 0x20, 0x20, 255};
    Rgba areaLabel{0x08, 0x30, 0x6b, 255};  // eco-town area names (YlGnBu's darkest blue)
    Rgba labelHalo{0xff, 0xff, 0xff, 220};
    double provinceOutlineWidth = 0.8;
    double areaOutlineWidth = 1.0;
    double areaOutlineWidthSelected = 3.0;
    double areaFillOpacity = 0.85;
    // Estates lie above the factories, see-through, with a heavier outline.
    double estateFillOpacity = 0.75;
    double estateOutlineWidth = 2.0;
    // What the data is not sure of (layers/Provenance.hpp): illustrative stages hatched, lines
    // `hatchSpacing` apart; approximate outlines dashed, `dashLength` on, `dashGap` off.
    Rgba uncertain{0x21, 0x21, 0x21, 150};
    double hatchSpacing = 16.0;
    double dashLength = 5.0;
    double dashGap = 4.0;
};
const MapStyle& mapStyle();

// Province shading by number of certified factories: 5 classes (ColorBrewer Purples).
Rgba provinceShade(int classIndex);  // 0..4

}  // namespace ecotown::layers
