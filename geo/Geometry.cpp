#include "geo/Geometry.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <ogr_geometry.h>

#include "geo/Error.hpp"
#include "geo/detail/OgrConvert.hpp"

namespace ecotown::geo {

const char* geometryTypeName(GeometryType type) {
    switch (type) {
        case GeometryType::None:
            return "None";
        case GeometryType::Point:
            return "Point";
        case GeometryType::LineString:
            return "LineString";
        case GeometryType::Polygon:
            return "Polygon";
        case GeometryType::MultiPoint:
            return "MultiPoint";
        case GeometryType::MultiLineString:
            return "MultiLineString";
        case GeometryType::MultiPolygon:
            return "MultiPolygon";
        case GeometryType::GeometryCollection:
            return "GeometryCollection";
    }
    return "Unknown";
}

bool segmentTouchesBox(XY a, XY b, const Extent& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.minX, box.maxX - a.x, a.y - box.minY, box.maxY - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;  // parallel to this edge and outside it
        } else {
            const double r = q[i] / p[i];
            if (p[i] < 0)
                t0 = std::max(t0, r);
            else
                t1 = std::min(t1, r);
            if (t0 > t1)
                return false;
        }
    }
    return true;
}

void Extent::include(double x, double y) {
    if (!valid) {
        minX = maxX = x;
        minY = maxY = y;
        valid = true;
        return;
    }
    minX = std::min(minX, x);
    maxX = std::max(maxX, x);
    minY = std::min(minY, y);
    maxY = std::max(maxY, y);
}

void Extent::include(const Extent& o) {
    if (!o.valid)
        return;
    include(o.minX, o.minY);
    include(o.maxX, o.maxY);
}

Geometry Geometry::point(double x, double y) {
    Geometry g;
    g.type = GeometryType::Point;
    g.coords.push_back({x, y});
    return g;
}

Extent Geometry::extent() const {
    Extent e;
    for (const XY& p : coords)
        e.include(p.x, p.y);
    return e;
}

std::string Geometry::toWkt(int precision) const {
    auto ogr = detail::toOgr(*this);
    if (!ogr)
        return "";
    OGRWktOptions options;
    options.variant = wkbVariantIso;
    options.precision = precision;
    options.round = true;
    OGRErr err = OGRERR_NONE;
    return ogr->exportToWkt(options, &err);
}

Geometry Geometry::fromWkt(const std::string& wkt) {
    OGRGeometry* g = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE || !g) {
        throw UsageError("", "not a valid WKT geometry: " + wkt.substr(0, 80));
    }
    detail::OgrGeometryPtr owned(g);
    return detail::fromOgr(g);
}

}  // namespace ecotown::geo
