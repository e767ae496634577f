#include "layers/Focus.hpp"

#include <vector>

namespace ecotown::layers {
namespace {

template <typename T>
geo::Extent extentOf(const std::vector<T>& items, const std::vector<std::uint32_t>& chosen) {
    geo::Extent e;
    for (std::uint32_t i : chosen)
        e.include(items[i].extent);
    return e;
}

}  // namespace

geo::Extent countryExtent(const Atlas& atlas) {
    geo::Extent e;
    for (const Province& p : atlas.provinces())
        e.include(p.extent);
    return e;
}

std::optional<geo::Extent> filterExtent(const Atlas& atlas, const Filter& filter,
                                        const Selection& selection) {
    geo::Extent e;
    if (filter.bbox)
        e = *filter.bbox;
    else if (!filter.provinces.empty() || !filter.regions.empty())
        e = extentOf(atlas.provinces(), selection.provinces);
    else if (!filter.phases.empty() || filter.stages)
        e = extentOf(atlas.areas(), selection.areas);
    return e.valid ? std::optional<geo::Extent>(e) : std::nullopt;
}

}  // namespace ecotown::layers
