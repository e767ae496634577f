// Geometry operations through the reentrant GEOS API. Every call checks GEOS's return value and
// throws after the call has returned; GEOS's handlers only record the message (GeosContext.cpp).

#include "geo/Ops.hpp"

#include <algorithm>
#include <string>

#include "geo/Error.hpp"
#include "geo/detail/GeosContext.hpp"

namespace ecotown::geo {
using namespace detail;

namespace {

Error geosError(const char* operation) {
    return Error("", std::string("GEOS ") + operation + ": " + geosLastError());
}

// A polygonal geometry as our type: polygons of a collection are kept, lines and points
// dropped; a result without any area is an empty Polygon.
Geometry polygonalOf(const GEOSGeometry* g) {
    Geometry out = fromGeos(g);
    if (out.type == GeometryType::Polygon || out.type == GeometryType::MultiPolygon)
        return out;
    Geometry empty;
    empty.type = GeometryType::Polygon;
    return empty;
}

// GEOS refuses some invalid inputs (self-intersecting rings of coarse boundaries) with a
// topology exception: retry once on their valid forms.
template <typename Operation>
GeosGeometryPtr overlay(const Geometry& a, const Geometry& b, Operation op, const char* name) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr ga = toGeos(a);
    GeosGeometryPtr gb = toGeos(b);
    geosClearError();
    GeosGeometryPtr result(op(h, ga.get(), gb.get()));
    if (result)
        return result;
    geosClearError();
    GeosGeometryPtr va(GEOSMakeValid_r(h, ga.get()));
    GeosGeometryPtr vb(GEOSMakeValid_r(h, gb.get()));
    if (!va || !vb)
        throw geosError(name);
    result.reset(op(h, va.get(), vb.get()));
    if (!result)
        throw geosError(name);
    return result;
}

}  // namespace

Geometry buffer(const Geometry& geometry, double distance, int segments) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(geometry);
    geosClearError();
    GeosGeometryPtr result(GEOSBuffer_r(h, g.get(), distance, segments));
    if (!result)
        throw geosError("buffer");
    return polygonalOf(result.get());
}

Geometry intersection(const Geometry& a, const Geometry& b) {
    GeosGeometryPtr result = overlay(a, b, GEOSIntersection_r, "intersection");
    return polygonalOf(result.get());
}

Geometry unionOf(const Geometry& a, const Geometry& b) {
    GeosGeometryPtr result = overlay(a, b, GEOSUnion_r, "union");
    return fromGeos(result.get());
}

double area(const Geometry& geometry) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(geometry);
    geosClearError();
    double value = 0;
    if (GEOSArea_r(h, g.get(), &value) != 1)
        throw geosError("area");
    return value;
}

XY pointOnSurface(const Geometry& geometry) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(geometry);
    geosClearError();
    GeosGeometryPtr point(GEOSPointOnSurface_r(h, g.get()));
    if (!point)
        throw geosError("point on surface");
    const char empty = GEOSisEmpty_r(h, point.get());
    if (empty == 2)
        throw geosError("point on surface");
    if (empty == 1)
        throw Error("", "no point on the surface of an empty geometry");
    XY out;
    if (GEOSGeomGetX_r(h, point.get(), &out.x) != 1 ||
        GEOSGeomGetY_r(h, point.get(), &out.y) != 1) {
        throw geosError("point on surface");
    }
    return out;
}

bool covers(const Geometry& polygon, XY point) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(polygon);
    geosClearError();
    GeosGeometryPtr p(GEOSGeom_createPointFromXY_r(h, point.x, point.y));
    if (!p)
        throw geosError("point");
    const char result = GEOSCovers_r(h, g.get(), p.get());
    if (result == 2)
        throw geosError("covers");
    return result == 1;
}

Geometry simplify(const Geometry& geometry, double tolerance) {
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(geometry);
    geosClearError();
    GeosGeometryPtr result(GEOSTopologyPreserveSimplify_r(h, g.get(), tolerance));
    if (!result)
        throw geosError("simplify");
    return fromGeos(result.get());
}

std::vector<XY> triangulate(const Geometry& polygonal) {
    std::vector<XY> out;
    if (polygonal.type != GeometryType::Polygon && polygonal.type != GeometryType::MultiPolygon)
        return out;
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g = toGeos(polygonal);
    geosClearError();
    GeosGeometryPtr triangles(GEOSConstrainedDelaunayTriangulation_r(h, g.get()));
    if (!triangles) {  // an invalid ring: triangulate its valid form
        geosClearError();
        GeosGeometryPtr valid(GEOSMakeValid_r(h, g.get()));
        if (valid)
            triangles.reset(GEOSConstrainedDelaunayTriangulation_r(h, valid.get()));
        if (!triangles)
            throw geosError("triangulate");
    }
    const int n = GEOSGetNumGeometries_r(h, triangles.get());
    out.reserve(static_cast<std::size_t>(std::max(n, 0)) * 3);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* t = GEOSGetGeometryN_r(h, triangles.get(), i);
        const GEOSGeometry* ring = t ? GEOSGetExteriorRing_r(h, t) : nullptr;
        const GEOSCoordSequence* seq = ring ? GEOSGeom_getCoordSeq_r(h, ring) : nullptr;
        unsigned size = 0;
        if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &size) || size < 3)
            continue;
        for (unsigned k = 0; k < 3; ++k) {
            XY p;
            GEOSCoordSeq_getXY_r(h, seq, k, &p.x, &p.y);
            out.push_back(p);
        }
    }
    return out;
}

}  // namespace ecotown::geo
