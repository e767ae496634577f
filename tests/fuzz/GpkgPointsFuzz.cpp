// libFuzzer target: the fast GeoPackage point reader (geo::readGeoPackagePoints: SQLite
// directly, through the read-ahead VFS, two threads on large fid ranges) over a fuzzed SQLite
// file. It either declines (nullopt: GDAL's reader takes over), throws InputError, or returns
// columns of one length each, every point handed on to the callback exactly once.

#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ecotown;
    const std::string path = fuzz::scratchDir() + "/points.gpkg";
    fuzz::writeFile(path, data, size);
    std::size_t handedOn = 0;
    geo::PointReadOptions options;
    options.fids = true;
    options.onPoints = [&](const double* x, const double* y, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i)  // touch every point: ASan checks the run is live
            handedOn += (x[i] == y[i]) ? 1 : 1;
    };
    try {
        const auto points = geo::readGeoPackagePoints(path, "", options);
        if (!points)
            return 0;
        if (points->x.size() != points->y.size() || points->fid.size() != points->x.size())
            fuzz::fail("columns of different lengths");
        if (handedOn != points->x.size())
            fuzz::fail("points handed on do not match the points read");
        if (points->skipped < 0)
            fuzz::fail("negative skipped count");
    } catch (const InputError&) {
    }
    return 0;
}
