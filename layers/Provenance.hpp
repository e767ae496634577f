#pragma once
// How sure the atlas is of what it shows. The bundled data marks most areas' stages as
// illustrative (invented for the sample, or not published) and draws every area smaller than a
// province as an approximate circle around a reference point (data/README.md); maps draw both
// distinguishably: illustrative stages hatched, approximate outlines dashed. The hatch and dash
// geometry is here so that every map output draws the same.

#include <vector>

#include "geo/Geometry.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::layers {

// The area's stage is illustrative: the area's status is "illustrative", or its source says the
// stage is ("stage illustrative", "stage 4: illustrative", "stage and reference ... illustrative").
// A confirmed area, or a source naming evidence for the stage ("stage 4: certified"), is not.
bool stageIsIllustrative(const EcoTownArea& area);

// Line segments (pairs of points) hatching `polygon` at 45° (falling to the right: x + y is
// constant along a line, y north), `spacing`
// apart, clipped to its interior (holes excluded). In the polygon's units.
std::vector<geo::XY> hatchSegments(const geo::Geometry& polygon, double spacing);

// The outline of `polygon` as dashes: `dash` drawn, `gap` left out, along each ring. Pairs of
// points, in the polygon's units.
std::vector<geo::XY> dashSegments(const geo::Geometry& polygon, double dash, double gap);

}  // namespace ecotown::layers
