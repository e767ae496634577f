#pragma once
// Private to geo/: the GeoPackage geometry blob reader of the fast point path, declared here so
// that its fuzz target (tests/fuzz) reaches it without a GDAL dataset.

#include <cstddef>
#include <cstdint>

namespace ecotown::geo::detail {

// x/y of a GeoPackage geometry blob (header, optional envelope, then WKB) holding a 2D or Z
// point, little- or big-endian; false for anything else (empty, other types, too short).
bool readGpkgPoint(const std::uint8_t* blob, std::size_t size, double& x, double& y);

}  // namespace ecotown::geo::detail
