#include "geo/detail/GeosContext.hpp"

#include <cstdarg>
#include <cstdio>
#include <vector>

#include "geo/Error.hpp"
#include "geo/detail/OgrConvert.hpp"

namespace ecotown::geo::detail {
namespace {

struct ThreadGeos {
    GEOSContextHandle_t handle = nullptr;
    std::string lastError;
    ThreadGeos() {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(
            handle,
            [](const char* message, void* user) {
                static_cast<ThreadGeos*>(user)->lastError = message ? message : "";
            },
            this);
        GEOSContext_setNoticeMessageHandler_r(
            handle, [](const char*, void*) {}, nullptr);
    }
    ~ThreadGeos() { GEOS_finish_r(handle); }
    ThreadGeos(const ThreadGeos&) = delete;
    ThreadGeos& operator=(const ThreadGeos&) = delete;
};

ThreadGeos& threadGeos() {
    thread_local ThreadGeos geos;
    return geos;
}

GEOSCoordSequence* makeSequence(const Geometry& g, std::uint32_t begin, std::uint32_t end) {
    GEOSContextHandle_t h = geosContext();
    const unsigned n = end - begin;
    if (g.hasZ()) {
        std::vector<double> buf;
        buf.reserve(n * 3);
        for (std::uint32_t i = begin; i < end; ++i) {
            buf.push_back(g.coords[i].x);
            buf.push_back(g.coords[i].y);
            buf.push_back(g.z[i]);
        }
        return GEOSCoordSeq_copyFromBuffer_r(h, buf.data(), n, 1, 0);
    }
    return GEOSCoordSeq_copyFromBuffer_r(h, &g.coords[begin].x, n, 0, 0);
}

GEOSGeometry* makePolygon(const Geometry& g, std::uint32_t ringBegin, std::uint32_t ringEnd) {
    GEOSContextHandle_t h = geosContext();
    if (ringBegin == ringEnd)
        return GEOSGeom_createEmptyPolygon_r(h);
    auto ring = [&](std::uint32_t r) {
        const std::uint32_t b = r == 0 ? 0 : g.ringEnds[r - 1];
        return GEOSGeom_createLinearRing_r(h, makeSequence(g, b, g.ringEnds[r]));
    };
    GEOSGeometry* shell = ring(ringBegin);
    if (!shell)
        return nullptr;
    std::vector<GEOSGeometry*> holes;
    for (std::uint32_t r = ringBegin + 1; r < ringEnd; ++r) {
        GEOSGeometry* hole = ring(r);
        if (!hole) {
            GEOSGeom_destroy_r(h, shell);
            for (auto* x : holes)
                GEOSGeom_destroy_r(h, x);
            return nullptr;
        }
        holes.push_back(hole);
    }
    return GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

void readSequence(const GEOSCoordSequence* seq, Geometry& out) {
    GEOSContextHandle_t h = geosContext();
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    const std::size_t start = out.coords.size();
    out.coords.resize(start + n);
    if (n > 0)
        GEOSCoordSeq_copyToBuffer_r(h, seq, &out.coords[start].x, 0, 0);
    out.ringEnds.push_back(static_cast<std::uint32_t>(out.coords.size()));
}

void readPolygon(const GEOSGeometry* poly, Geometry& out) {
    GEOSContextHandle_t h = geosContext();
    if (GEOSisEmpty_r(h, poly))
        return;
    readSequence(GEOSGeom_getCoordSeq_r(h, GEOSGetExteriorRing_r(h, poly)), out);
    const int holes = GEOSGetNumInteriorRings_r(h, poly);
    for (int i = 0; i < holes; ++i) {
        readSequence(GEOSGeom_getCoordSeq_r(h, GEOSGetInteriorRingN_r(h, poly, i)), out);
    }
    out.partEnds.push_back(static_cast<std::uint32_t>(out.ringEnds.size()));
}

}  // namespace

GEOSContextHandle_t geosContext() {
    return threadGeos().handle;
}
std::string geosLastError() {
    const std::string& e = threadGeos().lastError;
    return e.empty() ? "unknown GEOS error" : e;
}
void geosClearError() {
    threadGeos().lastError.clear();
}

GeosGeometryPtr toGeos(const Geometry& g) {
    GEOSContextHandle_t h = geosContext();
    geosClearError();
    GEOSGeometry* out = nullptr;
    const auto n = static_cast<std::uint32_t>(g.coords.size());
    switch (g.type) {
        case GeometryType::None:
            throw Error("", "null geometry");
        case GeometryType::Point:
            out = n == 0 ? GEOSGeom_createEmptyPoint_r(h)
                         : GEOSGeom_createPoint_r(h, makeSequence(g, 0, 1));
            break;
        case GeometryType::LineString:
            out = GEOSGeom_createLineString_r(h, makeSequence(g, 0, n));
            break;
        case GeometryType::Polygon:
            out = makePolygon(g, 0, static_cast<std::uint32_t>(g.ringEnds.size()));
            break;
        case GeometryType::MultiPoint: {
            std::vector<GEOSGeometry*> parts;
            for (std::uint32_t i = 0; i < n; ++i)
                parts.push_back(GEOSGeom_createPoint_r(h, makeSequence(g, i, i + 1)));
            out = GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, parts.data(),
                                              static_cast<unsigned>(parts.size()));
            break;
        }
        case GeometryType::MultiLineString: {
            std::vector<GEOSGeometry*> parts;
            for (std::size_t r = 0; r < g.ringEnds.size(); ++r) {
                parts.push_back(GEOSGeom_createLineString_r(
                    h, makeSequence(g, r == 0 ? 0 : g.ringEnds[r - 1], g.ringEnds[r])));
            }
            out = GEOSGeom_createCollection_r(h, GEOS_MULTILINESTRING, parts.data(),
                                              static_cast<unsigned>(parts.size()));
            break;
        }
        case GeometryType::MultiPolygon: {
            std::vector<GEOSGeometry*> parts;
            std::uint32_t begin = 0;
            for (std::uint32_t end : g.partEnds) {
                GEOSGeometry* p = makePolygon(g, begin, end);
                if (!p) {
                    for (auto* x : parts)
                        GEOSGeom_destroy_r(h, x);
                    throw Error("", "GEOS: " + geosLastError());
                }
                parts.push_back(p);
                begin = end;
            }
            out = GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, parts.data(),
                                              static_cast<unsigned>(parts.size()));
            break;
        }
        case GeometryType::GeometryCollection: {
            // Through WKB: the structure with this geometry's (maybe transformed) vertices.
            const OgrGeometryPtr ogr = toOgr(g);
            std::vector<unsigned char> wkb(static_cast<std::size_t>(ogr->WkbSize()));
            if (ogr->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso) != OGRERR_NONE)
                throw Error("", "cannot convert a GeometryCollection");
            GEOSWKBReader* reader = GEOSWKBReader_create_r(h);
            out = GEOSWKBReader_read_r(h, reader, wkb.data(), wkb.size());
            GEOSWKBReader_destroy_r(h, reader);
            break;
        }
    }
    if (!out)
        throw Error("", "GEOS: " + geosLastError());
    return GeosGeometryPtr(out);
}

Geometry fromGeos(const GEOSGeometry* geometry) {
    GEOSContextHandle_t h = geosContext();
    Geometry out;
    if (!geometry)
        return out;
    switch (GEOSGeomTypeId_r(h, geometry)) {
        case GEOS_POINT:
            out.type = GeometryType::Point;
            if (!GEOSisEmpty_r(h, geometry)) {
                readSequence(GEOSGeom_getCoordSeq_r(h, geometry), out);
                out.ringEnds.clear();
            }
            break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            out.type = GeometryType::LineString;
            readSequence(GEOSGeom_getCoordSeq_r(h, geometry), out);
            out.ringEnds.clear();
            break;
        case GEOS_POLYGON:
            out.type = GeometryType::Polygon;
            readPolygon(geometry, out);
            out.partEnds.clear();
            break;
        case GEOS_MULTIPOINT: {
            out.type = GeometryType::MultiPoint;
            const int n = GEOSGetNumGeometries_r(h, geometry);
            for (int i = 0; i < n; ++i) {
                const GEOSGeometry* p = GEOSGetGeometryN_r(h, geometry, i);
                if (!GEOSisEmpty_r(h, p))
                    readSequence(GEOSGeom_getCoordSeq_r(h, p), out);
            }
            out.ringEnds.clear();
            break;
        }
        case GEOS_MULTILINESTRING: {
            out.type = GeometryType::MultiLineString;
            const int n = GEOSGetNumGeometries_r(h, geometry);
            for (int i = 0; i < n; ++i) {
                readSequence(GEOSGeom_getCoordSeq_r(h, GEOSGetGeometryN_r(h, geometry, i)), out);
                out.partEnds.push_back(static_cast<std::uint32_t>(out.ringEnds.size()));
            }
            break;
        }
        case GEOS_MULTIPOLYGON: {
            out.type = GeometryType::MultiPolygon;
            const int n = GEOSGetNumGeometries_r(h, geometry);
            for (int i = 0; i < n; ++i)
                readPolygon(GEOSGetGeometryN_r(h, geometry, i), out);
            break;
        }
        case GEOS_GEOMETRYCOLLECTION: {
            // MakeValid can return a collection: keep its polygonal parts, else its lines.
            const int n = GEOSGetNumGeometries_r(h, geometry);
            Geometry polys;
            polys.type = GeometryType::MultiPolygon;
            for (int i = 0; i < n; ++i) {
                const GEOSGeometry* part = GEOSGetGeometryN_r(h, geometry, i);
                const int t = GEOSGeomTypeId_r(h, part);
                if (t == GEOS_POLYGON)
                    readPolygon(part, polys);
                if (t == GEOS_MULTIPOLYGON) {
                    for (int j = 0; j < GEOSGetNumGeometries_r(h, part); ++j)
                        readPolygon(GEOSGetGeometryN_r(h, part, j), polys);
                }
            }
            if (!polys.coords.empty())
                return polys;
            // No polygons: the whole collection, through WKB.
            GEOSWKBWriter* writer = GEOSWKBWriter_create_r(h);
            GEOSWKBWriter_setByteOrder_r(h, writer, GEOS_WKB_NDR);
            std::size_t size = 0;
            unsigned char* wkb = GEOSWKBWriter_write_r(h, writer, geometry, &size);
            GEOSWKBWriter_destroy_r(h, writer);
            OGRGeometry* ogr = nullptr;
            const bool ok = wkb && OGRGeometryFactory::createFromWkb(wkb, nullptr, &ogr, size,
                                                                     wkbVariantIso) == OGRERR_NONE;
            GEOSFree_r(h, wkb);
            const OgrGeometryPtr owned(ogr);
            if (!ok)
                throw Error("", "cannot convert a GeometryCollection from GEOS");
            return fromOgr(owned.get());
        }
        default:
            break;
    }
    return out;
}

}  // namespace ecotown::geo::detail
