// libFuzzer target: a GeoPackage's rows read through SQLite directly (geo::ReadOptions::
// pointXYOnly, as the atlas reads its factories and certificates) over a fuzzed SQLite file.
// GDAL opens the file and describes the layers; every layer is then read to its end. A row the
// direct reader does not handle goes to GDAL. It either throws one of geo's errors or hands on
// features with one value per field of the schema.

#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ecotown;
    const std::string path = fuzz::scratchDir() + "/rows.gpkg";
    fuzz::writeFile(path, data, size);
    try {
        const geo::Dataset ds = geo::Dataset::open(path);
        for (const std::string& layer : ds.layerNames()) {
            geo::ReadOptions options;
            options.pointXYOnly = true;
            options.requireCrs = false;
            geo::FeatureReader reader = ds.read(layer, options);
            geo::Feature f;
            std::size_t rows = 0;
            while (reader.next(f) && ++rows < 100000) {
                if (f.values.size() != reader.schema().fields.size())
                    fuzz::fail("a row with another number of values than the schema's fields");
                if (f.geometry.type == geo::GeometryType::Point && f.geometry.coords.size() > 1)
                    fuzz::fail("a point with more than one vertex");
            }
        }
    } catch (const Error&) {
    }
    return 0;
}
