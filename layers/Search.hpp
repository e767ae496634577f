#pragma once
// Finding a place by what a user types: a province (ISO code, number, English or Thai name), a
// region, an eco-town area (id or part of its name) or an industrial estate (part of its name).
// For the map window's search box and its --view flag.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Geometry.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::layers {

enum class PlaceKind : std::uint8_t { Province, Region, Area, Estate };

struct SearchHit {
    PlaceKind kind = PlaceKind::Province;
    std::size_t index = 0;  // into the atlas's provinces, areas or estates; kRegions for a region
    std::string nameEn;
    std::string nameTh;
    geo::Extent extent;  // longitude/latitude
};

// The first of: a province, a region, an area by id, an area or estate whose English name holds
// the text (case-free) or whose Thai name holds it. "TH-20 Chon Buri · ชลบุรี" (a suggestion as
// searchSuggestions gives it) finds TH-20. nullopt for blank text or no match.
std::optional<SearchHit> searchPlace(const Atlas& atlas, std::string_view text);

// Up to `limit` lines for a search box's list: "TH-20 Chon Buri · ชลบุรี" for provinces whose
// line holds the prefix, then matching areas by name (Thai when `thai`).
std::vector<std::string> searchSuggestions(const Atlas& atlas, std::string_view prefix, bool thai,
                                           std::size_t limit = 12);

}  // namespace ecotown::layers
