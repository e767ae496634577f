#pragma once
// Private to geo/: the reentrant GEOS API. One context per thread; its handlers only record the
// message, and callers throw after the call returns (never through a C callback).

#include <memory>
#include <string>

#include <geos_c.h>

#include "geo/Geometry.hpp"

namespace ecotown::geo::detail {

GEOSContextHandle_t geosContext();
// The last error GEOS reported on this thread (cleared by geosClearError()).
std::string geosLastError();
void geosClearError();

struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(geosContext(), g); }
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

struct GeosPreparedDeleter {
    void operator()(const GEOSPreparedGeometry* g) const {
        GEOSPreparedGeom_destroy_r(geosContext(), g);
    }
};
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

// Throws Error with GEOS's message when GEOS cannot build the geometry.
GeosGeometryPtr toGeos(const Geometry& geometry);
Geometry fromGeos(const GEOSGeometry* geometry);

}  // namespace ecotown::geo::detail
