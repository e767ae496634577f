#pragma once
// Private to geo/: conversions between our types and OGR's, and the GDAL error capture.

#include <memory>
#include <string>

#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include "geo/Crs.hpp"
#include "geo/Feature.hpp"
#include "geo/Geometry.hpp"

namespace ecotown::geo::detail {

struct OgrGeometryDeleter {
    void operator()(OGRGeometry* g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

// Curves are linearised; M is dropped. A null OGR geometry gives a None geometry.
Geometry fromOgr(const OGRGeometry* geometry);
OgrGeometryPtr toOgr(const Geometry& geometry);

GeometryType fromOgrType(OGRwkbGeometryType type);
OGRwkbGeometryType toOgrType(GeometryType type, bool hasZ);

FieldType fromOgrFieldType(OGRFieldType type, OGRFieldSubType subType);
void toOgrFieldType(FieldType type, OGRFieldType& ogrType, OGRFieldSubType& subType);

// Values of one OGR feature, in the order of `schema`, using `ogrIndex` to map positions.
FieldValue fieldValue(const OGRFeature& feature, int ogrIndex, FieldType type);
void setField(OGRFeature& feature, int ogrIndex, const FieldValue& value, FieldType type);

// The CRS of an OGR spatial reference (nullptr gives an unknown Crs).
Crs crsFromOgr(const OGRSpatialReference* srs);
// Spatial references are reference-counted: the owner releases its reference.
struct OgrSrsReleaser {
    void operator()(OGRSpatialReference* srs) const {
        if (srs != nullptr)
            srs->Release();
    }
};
using OgrSrsPtr = std::unique_ptr<OGRSpatialReference, OgrSrsReleaser>;

// A new spatial reference with traditional GIS axis order (null for an unknown Crs).
OgrSrsPtr newOgrSrs(const Crs& crs);

// The last GDAL error message since clearGdalError(), or `fallback`.
void clearGdalError();
std::string lastGdalError(const std::string& fallback = "unknown GDAL error");

}  // namespace ecotown::geo::detail
