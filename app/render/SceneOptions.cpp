#include "app/render/SceneOptions.hpp"

#include "geo/Error.hpp"
#include "layers/Filter.hpp"

namespace ecotown::render {

MapLanguage mapLanguageFromText(std::string_view text, std::string_view flag) {
    if (text == "en")
        return MapLanguage::English;
    if (text == "th")
        return MapLanguage::Thai;
    throw UsageError("", std::string(flag) + ": '" + std::string(text) + "' is not one of en, th");
}

MapLayers hideLayers(std::string_view list, std::string_view flag) {
    MapLayers out;
    for (const std::string& name : layers::splitList(list)) {
        if (name == "countries") {
            out.countries = false;
        } else if (name == "provinces" || name == "polygons") {
            out.provinces = false;
        } else if (name == "areas") {
            out.areas = false;
        } else if (name == "estates") {
            out.estates = false;
        } else if (name == "factories" || name == "points") {
            out.factories = false;
        } else if (name == "labels") {
            out.labels = false;
        } else if (name == "legend") {
            out.legend = false;
        } else {
            throw UsageError("", std::string(flag) + ": '" + name +
                                     "' is not one of countries, provinces, areas, estates, "
                                     "factories, labels, legend (polygons, points)");
        }
    }
    return out;
}

geo::Extent thailandExtent() {
    geo::Extent e;
    e.include(97.2, 5.5);
    e.include(105.8, 20.6);
    return e;
}

geo::Extent withMargin(const geo::Extent& extent, double fraction) {
    if (!extent.valid)
        return extent;
    geo::Extent e = extent;
    const double dx = (e.maxX - e.minX) * fraction, dy = (e.maxY - e.minY) * fraction;
    e.minX -= dx, e.maxX += dx, e.minY -= dy, e.maxY += dy;
    return e;
}

std::string groupDigits(long long value) {
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        if ((n - 1 - i) % 3 == 0 && i + 1 < n)
            out += ',';
    }
    return negative ? "-" + out : out;
}

}  // namespace ecotown::render
