#pragma once
// What the scene builders (AtlasScene, FileScene) share: the language of the words on the map,
// which layers to show (the map window's layer toggles), and the default extents.

#include <optional>
#include <string>
#include <string_view>

#include "geo/Geometry.hpp"
#include "layers/Style.hpp"

namespace ecotown::render {

enum class MapLanguage { English, Thai };
// "en" or "th"; throws UsageError naming the flag otherwise.
MapLanguage mapLanguageFromText(std::string_view text, std::string_view flag);

// The layers and furniture a map shows.
struct MapLayers {
    bool countries = true;
    bool provinces = true;  // also the polygons of FileScene
    bool areas = true;
    bool estates = true;
    bool factories = true;  // also the points of FileScene
    bool labels = true;
    bool legend = true;
};
// Turns off the layers named in a comma-separated list (countries, provinces, polygons, areas,
// estates, factories, points, labels, legend); throws UsageError naming the flag for another name.
MapLayers hideLayers(std::string_view list, std::string_view flag);

struct SceneOptions {
    MapLanguage language = MapLanguage::English;
    MapLayers layers;
    std::string title;                            // empty: a default title; "-" for none
    std::string source;                           // empty: a default source line
    std::optional<geo::Extent> extent;            // the view; empty: what the data is about
    layers::FactorySymbolToggles factorySymbols;  // the certificate kinds shown (the window's)
};

// Thailand as the map window first shows it (97.2-105.8° E, 5.5-20.6° N).
geo::Extent thailandExtent();
// An extent grown by `fraction` of its size on every side (the window's 8 %).
geo::Extent withMargin(const geo::Extent& extent, double fraction = 0.08);

// 1234567 -> "1,234,567" (independent of the locale).
std::string groupDigits(long long value);

}  // namespace ecotown::render
