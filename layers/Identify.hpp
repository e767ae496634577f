#pragma once
// What lies under a point of the map, among what a filter selected: the province, the eco-town
// area and the industrial estate. Answered through the atlas's polygon indexes (Atlas::areaAt...)
// so that it is cheap enough for every mouse move, also with a million factories loaded.

#include <cstdint>

#include "geo/Geometry.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

struct PlaceAt {
    std::int32_t province = kNoIndex;  // any province (the map draws them all)
    std::int32_t area = kNoIndex;      // a selected area
    std::int32_t estate = kNoIndex;    // a selected estate
};

// The province holding `p`, and the selected area and estate holding it (where a selected area
// overlaps one the filter left out, the selected one).
PlaceAt placeAt(const Atlas& atlas, const Selection& selection, geo::XY p);

}  // namespace ecotown::layers
