#include "layers/Identify.hpp"

#include <algorithm>
#include <vector>

#include "geo/Ops.hpp"

namespace ecotown::layers {
namespace {

bool isSelected(const std::vector<std::uint32_t>& selected, std::int32_t i) {
    return i != kNoIndex &&
           std::binary_search(selected.begin(), selected.end(), static_cast<std::uint32_t>(i));
}

// The index answers the first polygon holding `p`; when that one is not selected, another,
// overlapping and selected, may still hold it: those few are checked one by one.
template <typename T>
std::int32_t selectedAt(std::int32_t first, const std::vector<T>& items,
                        const std::vector<std::uint32_t>& selected, geo::XY p) {
    if (first == kNoIndex || isSelected(selected, first))
        return first;
    for (std::uint32_t i : selected) {
        const T& item = items[i];
        if (static_cast<std::int32_t>(i) != first && item.extent.contains(p.x, p.y) &&
            geo::covers(item.shape, p))
            return static_cast<std::int32_t>(i);
    }
    return kNoIndex;
}

}  // namespace

PlaceAt placeAt(const Atlas& atlas, const Selection& selection, geo::XY p) {
    PlaceAt out;
    out.province = atlas.provinceAt(p);
    out.area = selectedAt(atlas.areaAt(p), atlas.areas(), selection.areas, p);
    out.estate = selectedAt(atlas.estateAt(p), atlas.estates(), selection.estates, p);
    return out;
}

}  // namespace ecotown::layers
