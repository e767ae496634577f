#pragma once
// Writing features to GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML and CSV. Every writer is
// atomic: it writes under a temporary name in the target folder and renames into place on
// commit() (all sidecar files of a shapefile together). An existing output is refused unless
// `overwrite` is set. A writer destroyed without commit() removes its temporary files.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/Crs.hpp"
#include "geo/Feature.hpp"
#include "geo/Progress.hpp"

namespace ecotown::geo {

enum class Format { GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML, CSV };

const char* formatName(Format format);  // "GeoJSON", "ESRI Shapefile", ...
// From a user's word ("geojson", "shp", "gpkg", "fgb", "kml", "csv"); throws UsageError.
Format formatFromName(const std::string& name);
// From the output path's extension; throws UsageError when unknown.
Format formatFromPath(const std::string& path);
std::vector<std::string> formatNames();

enum class CsvGeometry { Wkt, LonLat };

struct WriteOptions {
    Format format = Format::GeoJSON;
    std::optional<Crs> targetCrs;    // none: the source CRS (GeoJSON and KML: always WGS 84)
    std::string layerName;           // GeoPackage layer name; default: the output file's stem
    std::string encoding = "UTF-8";  // Shapefile text: "UTF-8" or "CP874"
    int coordinatePrecision = 7;     // GeoJSON decimals (for degrees)
    CsvGeometry csvGeometry = CsvGeometry::Wkt;
    bool overwrite = false;
    bool spatialIndex = true;  // GeoPackage R-tree / FlatGeobuf packed index
    // GeoPackage only: add the layer `layerName` to the existing GeoPackage at the path instead
    // of creating a new file. This one is written in place, not atomically: build a multi-layer
    // file under a temporary name of your own and rename it when every layer is committed; after
    // a failure the file is to be discarded.
    bool appendToExisting = false;
};

class FeatureWriter {
  public:
    // Checks the target (folder exists and is writable, output absent or overwrite) and creates
    // the temporary output. Throws OutputError naming the path.
    FeatureWriter(const std::string& path, const Schema& schema, const Crs& sourceCrs,
                  const WriteOptions& options);
    ~FeatureWriter();
    FeatureWriter(FeatureWriter&&) noexcept;
    FeatureWriter& operator=(FeatureWriter&&) noexcept;

    // Throws OutputError (with the feature id) on failure, e.g. disk full.
    void write(const Feature& feature);
    // Finishes the file (indexes, headers), closes it, checks the result and renames it into
    // place. Throws OutputError; the previous output, if any, is left untouched.
    void commit(const ProgressCallback& progress = {});

    std::int64_t written() const;
    // Things the user should know: renamed fields ("province_code -> province_c"), etc.
    const std::vector<std::string>& notes() const;
    // The field names as they are in the output (after truncation for shapefiles).
    std::vector<std::string> outputFieldNames() const;

    struct Impl;  // one per format family (public for the implementation files only)

  private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ecotown::geo
