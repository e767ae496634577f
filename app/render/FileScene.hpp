#pragma once
// A map of a plain point file over a plain polygon file (any GDAL sources), in the atlas's style:
// polygons filled like provinces, or by the 5-class development-stage ramp when a class field
// holds stages 1-5; points as small circles in the style's highlight red. Points are read with
// geo::Dataset::readPoints (the fast path: a million in a fraction of a second), polygons with
// geo::FeatureReader; both are transformed to WGS 84 when their layer has another CRS.
//
// The points are the bulk of the work, so they are read on worker threads from the start while
// the caller does everything else: FileSceneLoader's constructor starts the reading (a GeoPackage
// straight through SQLite, before GDAL has even opened it), reads the polygons and builds the
// scene from what the point layer declares (its extent and feature count). For a PNG the caller
// then hands over the painter (streamPointsInto), which from then on stamps the points as they
// are read, draws all but the points (MapPainter::renderLayers) and takes the stamped layer
// (streamedPoints); otherwise finishPoints() waits for the points and puts them into the scene.

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "app/render/MapPainter.hpp"
#include "app/render/MapScene.hpp"
#include "app/render/PointStamper.hpp"
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
    // From now on the points are stamped, as they are read, for `painter` (whose scene this is);
    // a no-op where they cannot be (points to transform first, no extent declared).
    void streamPointsInto(const MapPainter& painter);
    // Waits for the points and moves them into the scene; returns what the user should know
    // (points skipped, a CRS assumed). Throws what reading them threw.
    std::vector<std::string> finishPoints();
    // After finishPoints(): the points stamped as they were read (MapPainter::Layers::points), or
    // a null image when they were not.
    QImage streamedPoints();

  private:
    void takePoints();

    MapScene m_scene;
    std::string m_pointsPath;
    geo::LayerInfo m_pointsInfo;
    StreamedPoints m_streamed;  // before m_points: the reader hands it points until it is done
    std::future<geo::Dataset::PointColumns> m_points;
    std::vector<std::string> m_notes;
};

// Both steps at once.
MapScene fileScene(const FileMapSources& sources, const SceneOptions& options,
                   std::vector<std::string>& notes);

}  // namespace ecotown::render
