#include "geo/detail/OgrConvert.hpp"

#include <cpl_error.h>
#include <ogr_api.h>
#include <ogr_p.h>

#include "geo/Error.hpp"

namespace ecotown::geo::detail {
namespace {

void appendLine(const OGRSimpleCurve& line, bool z, Geometry& out) {
    const int n = line.getNumPoints();
    for (int i = 0; i < n; ++i) {
        out.coords.push_back({line.getX(i), line.getY(i)});
        if (z)
            out.z.push_back(line.getZ(i));
    }
    out.ringEnds.push_back(static_cast<std::uint32_t>(out.coords.size()));
}

void appendPolygon(const OGRPolygon& polygon, bool z, Geometry& out) {
    for (const OGRLinearRing* ring : polygon)
        appendLine(*ring, z, out);
    out.partEnds.push_back(static_cast<std::uint32_t>(out.ringEnds.size()));
}

template <class LineT>
void fillLine(LineT* line, const Geometry& g, std::uint32_t begin, std::uint32_t end) {
    line->setNumPoints(static_cast<int>(end - begin), FALSE);
    for (std::uint32_t i = begin; i < end; ++i) {
        if (g.hasZ())
            line->setPoint(static_cast<int>(i - begin), g.coords[i].x, g.coords[i].y, g.z[i]);
        else
            line->setPoint(static_cast<int>(i - begin), g.coords[i].x, g.coords[i].y);
    }
}

OGRPolygon* makePolygon(const Geometry& g, std::uint32_t ringBegin, std::uint32_t ringEnd) {
    auto* poly = new OGRPolygon();
    for (std::uint32_t r = ringBegin; r < ringEnd; ++r) {
        const std::uint32_t begin = r == 0 ? 0 : g.ringEnds[r - 1];
        auto* ring = new OGRLinearRing();
        fillLine(ring, g, begin, g.ringEnds[r]);
        poly->addRingDirectly(ring);
    }
    return poly;
}

OGRPoint* makePoint(const Geometry& g, std::size_t i) {
    return g.hasZ() ? new OGRPoint(g.coords[i].x, g.coords[i].y, g.z[i])
                    : new OGRPoint(g.coords[i].x, g.coords[i].y);
}

// Every vertex of a linear geometry in WKB order: read into `out`, or (writing) set from it.
void collectVertices(const OGRGeometry& g, bool z, Geometry& out) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            const auto* p = g.toPoint();
            if (!p->IsEmpty()) {
                out.coords.push_back({p->getX(), p->getY()});
                if (z)
                    out.z.push_back(p->getZ());
            }
            return;
        }
        case wkbLineString:
        case wkbLinearRing: {
            const auto* line = g.toSimpleCurve();
            for (int i = 0; i < line->getNumPoints(); ++i) {
                out.coords.push_back({line->getX(i), line->getY(i)});
                if (z)
                    out.z.push_back(line->getZ(i));
            }
            return;
        }
        case wkbPolygon:
            for (const OGRLinearRing* ring : *g.toPolygon())
                collectVertices(*ring, z, out);
            return;
        default:
            if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection)) {
                for (const OGRGeometry* member : *g.toGeometryCollection())
                    collectVertices(*member, z, out);
            }
            return;
    }
}

void placeVertices(OGRGeometry& g, const Geometry& from, std::size_t& next) {
    const bool z = from.hasZ();
    auto take = [&] {
        if (next >= from.coords.size())
            throw Error("", "a GeometryCollection has fewer vertices than its structure");
        return next++;
    };
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            auto* p = g.toPoint();
            if (!p->IsEmpty()) {
                const std::size_t i = take();
                p->setX(from.coords[i].x);
                p->setY(from.coords[i].y);
                if (z)
                    p->setZ(from.z[i]);
            }
            return;
        }
        case wkbLineString:
        case wkbLinearRing: {
            auto* line = g.toSimpleCurve();
            for (int k = 0; k < line->getNumPoints(); ++k) {
                const std::size_t i = take();
                if (z)
                    line->setPoint(k, from.coords[i].x, from.coords[i].y, from.z[i]);
                else
                    line->setPoint(k, from.coords[i].x, from.coords[i].y);
            }
            return;
        }
        case wkbPolygon:
            for (OGRLinearRing* ring : *g.toPolygon())
                placeVertices(*ring, from, next);
            return;
        default:
            if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection)) {
                for (OGRGeometry* member : *g.toGeometryCollection())
                    placeVertices(*member, from, next);
            }
            return;
    }
}

}  // namespace

GeometryType fromOgrType(OGRwkbGeometryType type) {
    switch (wkbFlatten(OGR_GT_GetLinear(type))) {
        case wkbPoint:
            return GeometryType::Point;
        case wkbLineString:
            return GeometryType::LineString;
        case wkbPolygon:
            return GeometryType::Polygon;
        case wkbMultiPoint:
            return GeometryType::MultiPoint;
        case wkbMultiLineString:
            return GeometryType::MultiLineString;
        case wkbMultiPolygon:
            return GeometryType::MultiPolygon;
        case wkbGeometryCollection:
            return GeometryType::GeometryCollection;
        default:
            return GeometryType::None;
    }
}

OGRwkbGeometryType toOgrType(GeometryType type, bool hasZ) {
    OGRwkbGeometryType t = wkbUnknown;
    switch (type) {
        case GeometryType::None:
            return wkbNone;
        case GeometryType::Point:
            t = wkbPoint;
            break;
        case GeometryType::LineString:
            t = wkbLineString;
            break;
        case GeometryType::Polygon:
            t = wkbPolygon;
            break;
        case GeometryType::MultiPoint:
            t = wkbMultiPoint;
            break;
        case GeometryType::MultiLineString:
            t = wkbMultiLineString;
            break;
        case GeometryType::MultiPolygon:
            t = wkbMultiPolygon;
            break;
        case GeometryType::GeometryCollection:
            t = wkbGeometryCollection;
            break;
    }
    return hasZ ? OGR_GT_SetZ(t) : t;
}

Geometry fromOgr(const OGRGeometry* geometry) {
    Geometry out;
    if (geometry == nullptr)
        return out;
    OgrGeometryPtr linear;
    if (OGR_GT_IsNonLinear(geometry->getGeometryType()) || geometry->hasCurveGeometry(TRUE)) {
        linear.reset(geometry->getLinearGeometry());
        geometry = linear.get();
    }
    out.type = fromOgrType(geometry->getGeometryType());
    const bool z = geometry->Is3D() != FALSE;
    switch (wkbFlatten(geometry->getGeometryType())) {
        case wkbPoint:
        case wkbMultiPoint:
            collectVertices(*geometry, z, out);  // empty points skipped
            break;
        case wkbLineString:
            appendLine(*geometry->toLineString(), z, out);
            break;
        case wkbPolygon:
            appendPolygon(*geometry->toPolygon(), z, out);
            break;
        case wkbMultiLineString:
            for (const OGRLineString* l : *geometry->toMultiLineString()) {
                appendLine(*l, z, out);
                out.partEnds.push_back(static_cast<std::uint32_t>(out.ringEnds.size()));
            }
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon* p : *geometry->toMultiPolygon())
                appendPolygon(*p, z, out);
            break;
        case wkbGeometryCollection: {
            collectVertices(*geometry, z, out);
            out.collectionWkb.resize(static_cast<std::size_t>(geometry->WkbSize()));
            if (geometry->exportToWkb(wkbNDR, out.collectionWkb.data(), wkbVariantIso) !=
                OGRERR_NONE) {
                throw Error("", "cannot read a GeometryCollection");
            }
            break;
        }
        default:
            break;
    }
    return out;
}

OgrGeometryPtr toOgr(const Geometry& g) {
    switch (g.type) {
        case GeometryType::None:
            return nullptr;
        case GeometryType::Point: {
            if (g.coords.empty())
                return OgrGeometryPtr(new OGRPoint());
            return OgrGeometryPtr(makePoint(g, 0));
        }
        case GeometryType::LineString: {
            auto* line = new OGRLineString();
            fillLine(line, g, 0, static_cast<std::uint32_t>(g.coords.size()));
            return OgrGeometryPtr(line);
        }
        case GeometryType::Polygon: {
            if (g.ringEnds.empty())
                return OgrGeometryPtr(new OGRPolygon());
            return OgrGeometryPtr(makePolygon(g, 0, static_cast<std::uint32_t>(g.ringEnds.size())));
        }
        case GeometryType::MultiPoint: {
            auto* mp = new OGRMultiPoint();
            for (std::size_t i = 0; i < g.coords.size(); ++i)
                mp->addGeometryDirectly(makePoint(g, i));
            return OgrGeometryPtr(mp);
        }
        case GeometryType::MultiLineString: {
            auto* ml = new OGRMultiLineString();
            for (std::size_t r = 0; r < g.ringEnds.size(); ++r) {
                auto* line = new OGRLineString();
                fillLine(line, g, r == 0 ? 0 : g.ringEnds[r - 1], g.ringEnds[r]);
                ml->addGeometryDirectly(line);
            }
            return OgrGeometryPtr(ml);
        }
        case GeometryType::MultiPolygon: {
            auto* mp = new OGRMultiPolygon();
            std::uint32_t ringBegin = 0;
            for (std::uint32_t end : g.partEnds) {
                mp->addGeometryDirectly(makePolygon(g, ringBegin, end));
                ringBegin = end;
            }
            return OgrGeometryPtr(mp);
        }
        case GeometryType::GeometryCollection: {
            if (g.collectionWkb.empty())
                return OgrGeometryPtr(new OGRGeometryCollection());
            OGRGeometry* raw = nullptr;
            if (OGRGeometryFactory::createFromWkb(g.collectionWkb.data(), nullptr, &raw,
                                                  g.collectionWkb.size(),
                                                  wkbVariantIso) != OGRERR_NONE) {
                OGRGeometryFactory::destroyGeometry(raw);
                throw Error("", "a GeometryCollection's structure cannot be read");
            }
            OgrGeometryPtr out(raw);
            std::size_t next = 0;
            placeVertices(*out, g, next);
            return out;
        }
    }
    return nullptr;
}

FieldType fromOgrFieldType(OGRFieldType type, OGRFieldSubType subType) {
    switch (type) {
        case OFTInteger:
            return subType == OFSTBoolean ? FieldType::Boolean : FieldType::Integer;
        case OFTInteger64:
            return FieldType::Integer;
        case OFTReal:
            return FieldType::Real;
        case OFTDate:
            return FieldType::Date;
        case OFTDateTime:
            return FieldType::DateTime;
        default:
            return FieldType::String;  // lists and binary are read as their text form
    }
}

void toOgrFieldType(FieldType type, OGRFieldType& ogrType, OGRFieldSubType& subType) {
    subType = OFSTNone;
    switch (type) {
        case FieldType::Integer:
            ogrType = OFTInteger64;
            return;
        case FieldType::Boolean:
            ogrType = OFTInteger;
            subType = OFSTBoolean;
            return;
        case FieldType::Real:
            ogrType = OFTReal;
            return;
        case FieldType::Date:
            ogrType = OFTDate;
            return;
        case FieldType::DateTime:
            ogrType = OFTDateTime;
            return;
        case FieldType::String:
            ogrType = OFTString;
            return;
    }
}

FieldValue fieldValue(const OGRFeature& f, int i, FieldType type) {
    if (!f.IsFieldSetAndNotNull(i))
        return std::monostate{};
    switch (type) {
        case FieldType::Integer:
        case FieldType::Boolean:
            return static_cast<std::int64_t>(f.GetFieldAsInteger64(i));
        case FieldType::Real:
            return f.GetFieldAsDouble(i);
        case FieldType::Date: {
            int y, m, d, hh, mm, tz;
            float ss;
            f.GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
            return std::string(buf);
        }
        case FieldType::DateTime: {
            // ISO 8601, independent of the locale
            char* iso = OGRGetXMLDateTime(f.GetRawFieldRef(i));
            std::string s(iso);
            CPLFree(iso);
            return s;
        }
        case FieldType::String:
            return std::string(f.GetFieldAsString(i));
    }
    return std::monostate{};
}

void setField(OGRFeature& f, int i, const FieldValue& value, FieldType type) {
    if (std::holds_alternative<std::monostate>(value)) {
        f.SetFieldNull(i);
    } else if (const auto* iv = std::get_if<std::int64_t>(&value)) {
        f.SetField(i, static_cast<GIntBig>(*iv));
    } else if (const auto* dv = std::get_if<double>(&value)) {
        f.SetField(i, *dv);
    } else {
        const std::string& s = std::get<std::string>(value);
        if (type == FieldType::DateTime || type == FieldType::Date) {
            OGRField raw;
            if (OGRParseXMLDateTime(s.c_str(), &raw) || OGRParseDate(s.c_str(), &raw, 0)) {
                f.SetField(i, &raw);
                return;
            }
        }
        f.SetField(i, s.c_str());
    }
}

Crs crsFromOgr(const OGRSpatialReference* srs) {
    if (srs == nullptr)
        return Crs();
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, options) != OGRERR_NONE || wkt == nullptr) {
        CPLFree(wkt);
        return Crs();
    }
    std::string text(wkt);
    CPLFree(wkt);
    return Crs::fromWkt(text);
}

OgrSrsPtr newOgrSrs(const Crs& crs) {
    if (!crs.isKnown())
        return nullptr;
    OgrSrsPtr srs(new OGRSpatialReference());
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    // Prefer the authority code: drivers then write clean EPSG identifiers (.prj, GPKG srs_id).
    OGRErr err = OGRERR_FAILURE;
    if (!crs.authorityCode().empty())
        err = srs->SetFromUserInput(crs.authorityCode().c_str());
    if (err != OGRERR_NONE)
        err = srs->importFromWkt(crs.wkt().c_str());
    if (err != OGRERR_NONE)
        return nullptr;
    return srs;
}

void clearGdalError() {
    CPLErrorReset();
}

std::string lastGdalError(const std::string& fallback) {
    const char* msg = CPLGetLastErrorMsg();
    if (msg != nullptr && *msg != '\0')
        return msg;
    return fallback;
}

}  // namespace ecotown::geo::detail
