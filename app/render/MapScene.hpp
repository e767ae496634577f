#pragma once
// What a rendered map shows, as plain data: polygon layers bottom to top, one point layer above
// them, labels, the legend, title and source line, and the extent to fit. Colours come from the
// one style definition (layers/Style.hpp) through the scene builders (AtlasScene, FileScene);
// MapPainter only draws what it is given.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/Geometry.hpp"
#include "layers/Style.hpp"

namespace ecotown::render {

// Sizes and widths are pixels at 96 dpi (scaled with MapCanvas::scale()).
struct PolygonStyle {
    layers::Rgba fill;
    double fillOpacity = 1.0;
    layers::Rgba outline;
    double outlineWidth = 1.0;  // 0: no outline
    // What the data is not sure of (layers/Provenance.hpp), in mapStyle().uncertain: hatched
    // (an illustrative stage), a dashed outline (an approximate shape).
    bool hatched = false;
    bool dashedOutline = false;
};

struct MapPolygon {
    geo::Geometry shape;  // Polygon or MultiPolygon, longitude/latitude
    PolygonStyle style;
};

struct PolygonLayer {
    std::string name;  // "countries", "provinces", ...
    std::vector<MapPolygon> polygons;
};

struct PointSymbol {
    layers::Rgba color;
    double diameter = 2.0;  // a filled circle without outline
};

// Points in columns (a million of them: no object per point). Drawn symbol by symbol, in the
// order of `symbols`, so that later symbols lie on top.
struct PointLayer {
    std::vector<PointSymbol> symbols;
    std::vector<double> lon, lat;
    std::vector<std::uint8_t> symbol;  // per point, index into symbols; empty: all use symbols[0]
    std::size_t size() const { return lon.size(); }
};

// A label centred on its point, with a halo; dropped when it would overlap one placed before it.
struct MapLabel {
    double lon = 0, lat = 0;
    std::string text;  // UTF-8
    double size = 11;
    bool bold = false;
    double minZoom = 0;  // shown from this zoom level on (the window's: 256 px world at zoom 0)
    std::optional<layers::Rgba> color;  // none: the scene's labelColor
};

struct LegendEntry {
    enum class Symbol : std::uint8_t { Fill, Point };
    Symbol symbol = Symbol::Fill;
    PolygonStyle fill;  // for Fill
    PointSymbol point;  // for Point
    std::string text;   // UTF-8
    std::string count;  // right-aligned; may be empty
};

struct LegendSection {
    std::string heading;
    std::vector<LegendEntry> entries;
};

struct MapScene {
    layers::Rgba background;                  // the sea
    std::vector<PolygonLayer> polygonLayers;  // below the points, bottom first
    std::vector<PolygonLayer> upperLayers;    // above the points (the window's estates)
    PointLayer points;
    std::vector<MapLabel> labels;  // in priority order
    layers::Rgba labelColor;
    layers::Rgba haloColor;
    std::string title;                  // empty: no title
    std::string subtitle;               // under the title
    std::vector<LegendSection> legend;  // empty: no legend
    std::string source;                 // the source line
    geo::Extent extent;                 // longitude/latitude, fitted into the layout's frame
    bool scaleBar = true;
    bool northArrow = true;
};

}  // namespace ecotown::render
