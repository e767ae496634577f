#pragma once
// A map of a plain point file over a plain polygon file (any GDAL sources), in the atlas's style:
// polygons filled like provinces, or by the 5-class development-stage ramp when a class field
// holds stages 1-5; points as small circles in the style's highlight red. Points are read with
// geo::Dataset::readPoints (the fast path: a million in a fraction of a second), polygons with
// geo::FeatureReader; both are transformed to WGS 84 when their layer has another CRS.
//
// The points are the bulk of the work, so they are read on a worker thread while the caller
// does everything else: FileSceneLoader's constructor starts the worker, reads the polygons and
// builds the scene from what the point layer declares (its extent and feature count); the
// caller can draw all but the points (MapPainter::renderLayers) before finishPoints() waits for
// them and puts them into the scene.

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "app/render/MapScene.hpp"
#include "app/render/SceneOptions.hpp"
#include "geo/Dataset.hpp"

namespace ecotown::render {

struct FileMapSources {
    std::string points;  // empty: no points
    std::string pointsLayer;
    std::string polygons;  // empty: no polygons
    std::string polygonsLayer;
    std::string classField;  // empty: polygons unclassed
    double pointSize = 2.0;  // diameter, pixels at 96 dpi
};

class FileSceneLoader {
  public:
    // Throws InputError/UsageError naming the file (cannot open, unknown layer, no such field).
    FileSceneLoader(const FileMapSources& sources, const SceneOptions& options);
    ~FileSceneLoader();  // waits for the worker
    FileSceneLoader(const FileSceneLoader&) = delete;
    FileSceneLoader& operator=(const FileSceneLoader&) = delete;

    // Complete but for the points until finishPoints().
    MapScene& scene() { return m_scene; }
    // Waits for the points and moves them into the scene; returns what the user should know
    // (points skipped, a CRS assumed). Throws what reading them threw.
    std::vector<std::string> finishPoints();

  private:
    struct LoadedPoints {
        geo::Dataset::PointColumns columns;  // WGS 84 longitude/latitude
        std::vector<std::string> notes;
    };
    void takePoints();

    MapScene m_scene;
    std::future<LoadedPoints> m_points;
    std::vector<std::string> m_notes;
};

// Both steps at once.
MapScene fileScene(const FileMapSources& sources, const SceneOptions& options,
                   std::vector<std::string>& notes);

}  // namespace ecotown::render
