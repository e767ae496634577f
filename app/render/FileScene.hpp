#pragma once
// A map of a plain point file over a plain polygon file (any GDAL sources), in the atlas's style:
// polygons filled like provinces, or by the 5-class development-stage ramp when a class field
// holds stages 1-5; points as small circles in the style's highlight red. Points are read with
// geo::Dataset::readPoints (the fast path: a million in a fraction of a second), polygons with
// geo::FeatureReader; both are transformed to WGS 84 when their layer has another CRS.

#include <string>
#include <vector>

#include "app/render/MapScene.hpp"
#include "app/render/SceneOptions.hpp"

namespace ecotown::render {

struct FileMapSources {
    std::string points;  // empty: no points
    std::string pointsLayer;
    std::string polygons;  // empty: no polygons
    std::string polygonsLayer;
    std::string classField;  // empty: polygons unclassed
    double pointSize = 2.0;  // diameter, pixels at 96 dpi
};

// Throws InputError/UsageError naming the file (cannot open, unknown layer, no such field).
// Things the user should know (points skipped, a CRS assumed) are appended to `notes`.
MapScene fileScene(const FileMapSources& sources, const SceneOptions& options,
                   std::vector<std::string>& notes);

}  // namespace ecotown::render
