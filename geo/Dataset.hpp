#pragma once
// Opening any GDAL vector source (a file, a folder of shapefiles, a "PG:" connection string),
// describing its layers and reading their features as our own types, with text as UTF-8.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/Crs.hpp"
#include "geo/Feature.hpp"
#include "geo/Progress.hpp"

namespace ecotown::geo {

struct OpenOptions {
    std::string encoding;   // empty: the file's declaration, else detection (UTF-8, CP874)
    std::string assumeCrs;  // used only when a layer declares no CRS
};

// How the text of a layer was decoded, and why.
struct TextEncoding {
    std::string name;    // "UTF-8", "CP874", "ISO-8859-1", ... (empty: not applicable)
    std::string reason;  // "declared by .cpg", "detected: not UTF-8, valid CP874", "--encoding"
};

struct LayerInfo {
    std::string name;
    std::int64_t featureCount = 0;
    GeometryType geometryType = GeometryType::None;
    bool hasZ = false;
    Crs crs;                  // unknown when the layer has none and no --assume-crs
    bool crsAssumed = false;  // crs came from OpenOptions::assumeCrs
    Extent extent;            // in the layer's CRS
    Extent extentWgs84;       // longitude/latitude
    std::vector<FieldDef> fields;
    TextEncoding encoding;
    std::string driver;  // GDAL driver short name
};

struct ReadOptions {
    std::string where;                // OGR SQL attribute filter (already safe; see layers/)
    std::optional<Extent> bbox;       // spatial filter in the layer's CRS
    std::vector<std::string> fields;  // subset of fields to read (empty: all)
    bool geometryOnly = false;        // read no attributes at all
    bool requireCrs = true;           // throw InputError when the layer has no CRS
    // Only the x/y of point geometries is wanted (a point's Z is dropped). A GeoPackage file's
    // rows are then read through SQLite directly, a few times faster than through GDAL; a row
    // that is not a plain point with plain values (another geometry, an unusual blob, a value
    // stored with another type than its column's) is read through GDAL, as without this option.
    bool pointXYOnly = false;
};

// Runs of coordinates as they are read, for work that can start before the whole layer is in
// (a map stamping points while the rest are read): x and y, n of them, valid during the call.
using PointRunCallback = std::function<void(const double* x, const double* y, std::size_t n)>;

struct PointReadOptions {
    bool fids = true;  // false: leave PointColumns::fid empty (less memory, less to write)
    ProgressCallback progress;
    // Called on the reading threads, one call at a time, every point exactly once, in an order
    // that is the same for the same file on every run; every call has returned when the read
    // returns. Throwing from it aborts the read with that exception.
    PointRunCallback onPoints;
};

class FeatureReader;

class Dataset {
  public:
    // Throws InputError naming the source when it cannot be opened as a vector dataset.
    static Dataset open(const std::string& source, const OpenOptions& options = {});
    ~Dataset();
    Dataset(Dataset&&) noexcept;
    Dataset& operator=(Dataset&&) noexcept;

    const std::string& source() const;
    std::vector<std::string> layerNames() const;
    // "" names the only (or first) layer. Throws InputError for an unknown layer.
    LayerInfo layerInfo(const std::string& layer = {}) const;
    std::string resolveLayerName(const std::string& layer) const;
    FeatureReader read(const std::string& layer = {}, const ReadOptions& options = {}) const;

    // Read all point coordinates of a layer fast (GeoPackage: SQLite directly, two threads;
    // elsewhere GDAL's columnar Arrow stream where the driver has it): for joins and rendering
    // of large point layers. Non-point features are skipped and counted in `skipped`.
    struct PointColumns {
        std::vector<double> x, y;       // in the layer's CRS, x = longitude/easting
        std::vector<std::int64_t> fid;  // empty when PointReadOptions::fids is false
        std::int64_t skipped = 0;
    };
    PointColumns readPoints(const std::string& layer = {},
                            const ProgressCallback& progress = {}) const;
    PointColumns readPoints(const std::string& layer, const PointReadOptions& options) const;

  private:
    struct Impl;
    explicit Dataset(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Reads features one at a time. Not thread-safe. Owns what it needs from its Dataset.
class FeatureReader {
  public:
    ~FeatureReader();
    FeatureReader(FeatureReader&&) noexcept;
    FeatureReader& operator=(FeatureReader&&) noexcept;

    const Schema& schema() const;
    const Crs& crs() const;
    const LayerInfo& info() const;
    // Features matching the filters, or -1 when unknown without a full scan.
    std::int64_t count() const;
    // Fills `feature`; false at the end. Throws InputError (with the feature id) on a
    // feature that cannot be read.
    bool next(Feature& feature);
    // Whether the rows come through SQLite directly (ReadOptions::pointXYOnly on a GeoPackage).
    bool readsThroughSqlite() const;

  private:
    friend class Dataset;
    struct Impl;
    explicit FeatureReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// The points of a GeoPackage layer (`layer` empty: the file's only feature table) read through
// SQLite without opening the file with GDAL first, so that reading starts at once (GDAL's open
// and layer description can run meanwhile). std::nullopt, with no callback made, when the file
// is not a GeoPackage this reader handles (no such layer, no integer fid, ...): use
// Dataset::readPoints. Throws InputError naming the file when the table cannot be read through.
std::optional<Dataset::PointColumns> readGeoPackagePoints(const std::string& path,
                                                          const std::string& layer,
                                                          const PointReadOptions& options = {});

// Initialises GDAL once (drivers, error handler that keeps errors for our exceptions).
void initGdal();

}  // namespace ecotown::geo
