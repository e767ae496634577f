#pragma once
// Where a map should look to show what a filter selected: the filter's box when it has one, the
// selected provinces when it names provinces or regions, the selected areas when it names phases
// or stages. For the map window's "view follows the filter" and "Zoom to selection", and for
// `render`'s default extent.

#include <optional>

#include "geo/Geometry.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

// All provinces' extent (Thailand); invalid when the atlas has no provinces.
geo::Extent countryExtent(const Atlas& atlas);

// The extent `filter` is about (its `selection` made by it), as above; nullopt when the filter
// has no place of its own (no criterion, or only certificates and years) or selects none.
std::optional<geo::Extent> filterExtent(const Atlas& atlas, const Filter& filter,
                                        const Selection& selection);

}  // namespace ecotown::layers
