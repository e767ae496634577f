#include "geo/Check.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "geo/Error.hpp"
#include "geo/detail/GeosContext.hpp"

namespace ecotown::geo {
using namespace detail;

namespace {

// A real id as people write it: 12, 12.5 (not 12.000000).
std::string formatNumber(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}

}  // namespace

const char* problemKindName(ProblemKind kind) {
    switch (kind) {
        case ProblemKind::InvalidGeometry:
            return "invalid geometry";
        case ProblemKind::NullGeometry:
            return "null geometry";
        case ProblemKind::EmptyGeometry:
            return "empty geometry";
        case ProblemKind::DuplicateId:
            return "duplicate id";
        case ProblemKind::OutsideAreaOfUse:
            return "outside the CRS area of use";
    }
    return "problem";
}

std::optional<Problem> checkGeometry(const Geometry& geometry) {
    if (geometry.isNull())
        return Problem{ProblemKind::NullGeometry, -1, "no geometry", std::nullopt};
    if (geometry.isEmpty())
        return Problem{ProblemKind::EmptyGeometry, -1, "empty geometry", std::nullopt};
    for (const XY& p : geometry.coords) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            return Problem{ProblemKind::InvalidGeometry, -1, "non-finite coordinate", p};
        }
    }
    GEOSContextHandle_t h = geosContext();
    GeosGeometryPtr g;
    try {
        g = toGeos(geometry);
    } catch (const Error& e) {
        // e.g. a ring with fewer than 4 points: GEOS refuses to build it
        return Problem{
            ProblemKind::InvalidGeometry, -1, e.reason(),
            geometry.coords.empty() ? std::nullopt : std::optional<XY>(geometry.coords.front())};
    }
    char* reason = nullptr;
    GEOSGeometry* location = nullptr;
    const char valid = GEOSisValidDetail_r(h, g.get(), 0, &reason, &location);
    if (valid == 2) {
        throw Error("", "GEOS validity check failed: " + geosLastError());
    }
    if (valid == 1) {
        GEOSFree_r(h, reason);
        if (location)
            GEOSGeom_destroy_r(h, location);
        return std::nullopt;
    }
    Problem p{ProblemKind::InvalidGeometry, -1, reason ? reason : "invalid", std::nullopt};
    if (location) {
        double x = 0, y = 0;
        if (GEOSGeomGetX_r(h, location, &x) == 1 && GEOSGeomGetY_r(h, location, &y) == 1)
            p.location = XY{x, y};
        GEOSGeom_destroy_r(h, location);
    }
    GEOSFree_r(h, reason);
    return p;
}

Geometry makeValid(const Geometry& geometry, std::string* changed) {
    GEOSContextHandle_t h = geosContext();
    auto before = checkGeometry(geometry);
    if (!before || before->kind != ProblemKind::InvalidGeometry) {
        if (changed)
            changed->clear();
        return geometry;
    }
    GeosGeometryPtr g = toGeos(geometry);
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(h);
    GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
    GeosGeometryPtr fixed(GEOSMakeValidWithParams_r(h, g.get(), params));
    GEOSMakeValidParams_destroy_r(h, params);
    if (!fixed)
        throw Error("", "GEOS could not repair the geometry: " + geosLastError());
    Geometry out = fromGeos(fixed.get());
    // Keep the multi-ness callers expect: a polygon layer stays polygonal.
    if (geometry.type == GeometryType::MultiPolygon && out.type == GeometryType::Polygon) {
        out.type = GeometryType::MultiPolygon;
        out.partEnds = {static_cast<std::uint32_t>(out.ringEnds.size())};
    }
    if (changed) {
        auto parts = [](const Geometry& x) {
            return x.type == GeometryType::MultiPolygon ? x.partEnds.size() : std::size_t(1);
        };
        *changed = before->reason + " repaired: " + geometryTypeName(geometry.type) + " (" +
                   std::to_string(parts(geometry)) + " part(s), " +
                   std::to_string(geometry.coords.size()) + " vertices) -> " +
                   geometryTypeName(out.type) + " (" + std::to_string(parts(out)) + " part(s), " +
                   std::to_string(out.coords.size()) + " vertices)";
    }
    return out;
}

std::string idFieldOf(const std::vector<FieldDef>& fields) {
    for (const FieldDef& f : fields) {
        std::string n = f.name;
        std::transform(n.begin(), n.end(), n.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (n == "id" || n == "gid" || n == "uid" || n == "objectid" || n == "code" ||
            (n.size() > 3 && n.compare(n.size() - 3, 3, "_id") == 0)) {
            return f.name;
        }
    }
    return {};
}

CheckReport checkLayer(const Dataset& dataset, const std::string& layer,
                       const CheckOptions& options) {
    CheckReport report;
    ReadOptions readOptions;
    readOptions.requireCrs = false;
    report.idField = options.idField;
    if (report.idField.empty())
        report.idField = idFieldOf(dataset.layerInfo(layer).fields);
    if (!report.idField.empty())
        readOptions.fields = {report.idField};
    else
        readOptions.geometryOnly = true;
    FeatureReader reader = dataset.read(layer, readOptions);
    report.layer = reader.info().name;
    const std::optional<Extent>& area = reader.crs().areaOfUse();
    std::unique_ptr<CoordinateTransform> toLonLat;
    if (area && !reader.crs().isGeographic()) {
        toLonLat = std::make_unique<CoordinateTransform>(reader.crs(), Crs::wgs84());
    }
    std::unordered_map<std::string, std::int64_t> seenIds;
    const std::int64_t total = reader.count();
    Feature f;
    while (reader.next(f)) {
        ++report.features;
        std::string key;  // the feature's id, as text
        if (!report.idField.empty()) {
            const FieldValue& v = f.values.at(0);
            if (const auto* s = std::get_if<std::string>(&v))
                key = *s;
            else if (const auto* i = std::get_if<std::int64_t>(&v))
                key = std::to_string(*i);
            else if (const auto* d = std::get_if<double>(&v))
                key = formatNumber(*d);
        }
        const std::size_t before = report.problems.size();
        if (auto p = checkGeometry(f.geometry)) {
            p->fid = f.fid;
            report.problems.push_back(std::move(*p));
        } else if (area) {
            // The first vertex outside the CRS's area of use (with a small tolerance).
            const double tol = 0.5;
            for (const XY& c : f.geometry.coords) {
                XY ll = c;
                if (toLonLat) {
                    try {
                        ll = toLonLat->transform(c);
                    } catch (const Error&) {
                        ll = XY{1e9, 1e9};
                    }
                }
                if (ll.x < area->minX - tol || ll.x > area->maxX + tol || ll.y < area->minY - tol ||
                    ll.y > area->maxY + tol) {
                    char buf[160];
                    std::snprintf(buf, sizeof buf,
                                  "lon %.6f lat %.6f is outside the area of use of %s", ll.x, ll.y,
                                  reader.crs().label().c_str());
                    report.problems.push_back({ProblemKind::OutsideAreaOfUse, f.fid, buf, c});
                    break;
                }
            }
        }
        if (!key.empty()) {
            auto [it, inserted] = seenIds.emplace(key, f.fid);
            if (!inserted) {
                report.problems.push_back({ProblemKind::DuplicateId, f.fid,
                                           "duplicate " + report.idField + " '" + key +
                                               "' (also fid " + std::to_string(it->second) + ")",
                                           std::nullopt});
            }
        }
        for (std::size_t i = before; i < report.problems.size(); ++i)
            report.problems[i].id = key;
        if (options.progress && (report.features & 0x3FFF) == 0 &&
            !options.progress("checking", report.features, total)) {
            throw Cancelled(dataset.source(), "cancelled");
        }
    }
    return report;
}

}  // namespace ecotown::geo
