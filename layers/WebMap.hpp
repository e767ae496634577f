#pragma once
// The data of the shareable web map (`ecotown-cli webmap`): the selection of the atlas as
// GeoJSON-like JSON that the page's script draws with Leaflet. Provinces, areas and estates are
// GeoJSON FeatureCollections whose properties hold the facts the window's identify card shows;
// factories, 78,000 of them, are compact rows ([lon, lat, GI level, flags, index]) that the page
// aggregates into cells at low zoom, with their names and certificates in parallel arrays.

#include <cstdint>
#include <string>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

struct WebMapCounts {
    std::int64_t provinces = 0;
    std::int64_t areas = 0;
    std::int64_t estates = 0;
    std::int64_t factories = 0;
};

// `language`: "en" or "th", the page's first language (it can switch). Coordinates with
// `decimals` decimals (5: about 1 m). Returns the JSON text; `counts` says what it holds.
std::string webMapDataJson(const Atlas& atlas, const Selection& selection,
                           const std::string& language, WebMapCounts& counts, int decimals = 5);

}  // namespace ecotown::layers
