#include "geo/Crs.hpp"

#include <cmath>
#include <limits>
#include <utility>

#include <proj.h>

#include "geo/Error.hpp"

namespace ecotown::geo {
namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
struct PjListDeleter {
    void operator()(PJ_OBJ_LIST* list) const { proj_list_destroy(list); }
};
struct PjIntListDeleter {
    void operator()(int* list) const { proj_int_list_destroy(list); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// One PROJ context per thread for CRS parsing (transforms own their own).
PJ_CONTEXT* threadContext() {
    thread_local ContextPtr ctx{proj_context_create()};
    return ctx.get();
}

}  // namespace

struct CrsBuilder {
    static Crs build(PJ_CONTEXT* ctx, PjPtr pj) {
        Crs crs;
        if (!pj)
            return crs;
        // A bound CRS (+towgs84) describes its base CRS.
        const char* wkt = proj_as_wkt(ctx, pj.get(), PJ_WKT2_2019, nullptr);
        if (!wkt)
            return crs;
        crs.m_wkt = wkt;
        const char* name = proj_get_name(pj.get());
        crs.m_name = name ? name : "";
        PJ* base = pj.get();
        PjPtr source;
        if (proj_get_type(base) == PJ_TYPE_BOUND_CRS) {
            source.reset(proj_get_source_crs(ctx, base));
            if (source)
                base = source.get();
        }
        const char* auth = proj_get_id_auth_name(base, 0);
        const char* code = proj_get_id_code(base, 0);
        if (auth && code) {
            crs.m_authority = std::string(auth) + ":" + code;
        } else {
            // Many .prj files carry no identifier: ask PROJ for a confident match.
            int* rawConfidence = nullptr;
            const std::unique_ptr<PJ_OBJ_LIST, PjListDeleter> matches(
                proj_identify(ctx, base, "EPSG", nullptr, &rawConfidence));
            const std::unique_ptr<int, PjIntListDeleter> confidence(rawConfidence);
            if (matches && proj_list_get_count(matches.get()) >= 1 && confidence &&
                confidence.get()[0] >= 70) {
                PjPtr best(proj_list_get(ctx, matches.get(), 0));
                const char* a = proj_get_id_auth_name(best.get(), 0);
                const char* c = proj_get_id_code(best.get(), 0);
                if (a && c)
                    crs.m_authority = std::string(a) + ":" + c;
            }
        }
        const PJ_TYPE type = proj_get_type(base);
        crs.m_geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                           type == PJ_TYPE_GEOGRAPHIC_CRS;
        double w, s, e, n;
        if (proj_get_area_of_use(ctx, base, &w, &s, &e, &n, nullptr) && w > -1000) {
            Extent area;
            area.include(w, s);
            area.include(e, n);
            crs.m_areaOfUse = area;
        }
        return crs;
    }
};

Crs Crs::fromUserInput(const std::string& text) {
    PJ_CONTEXT* ctx = threadContext();
    std::string input = text;
    // "32647" alone means EPSG:32647
    if (!input.empty() && input.find_first_not_of("0123456789") == std::string::npos) {
        input = "EPSG:" + input;
    }
    if (input == "WGS84" || input == "wgs84")
        input = "EPSG:4326";
    proj_log_level(ctx, PJ_LOG_NONE);
    PjPtr pj(proj_create(ctx, input.c_str()));
    if (!pj || !proj_is_crs(pj.get())) {
        throw UsageError("", "unknown coordinate reference system '" + text + "'");
    }
    return CrsBuilder::build(ctx, std::move(pj));
}

Crs Crs::fromWkt(const std::string& wkt) {
    PJ_CONTEXT* ctx = threadContext();
    proj_log_level(ctx, PJ_LOG_NONE);
    PjPtr pj(proj_create_from_wkt(ctx, wkt.c_str(), nullptr, nullptr, nullptr));
    if (!pj || !proj_is_crs(pj.get())) {
        throw InputError("", "unreadable coordinate reference system definition");
    }
    return CrsBuilder::build(ctx, std::move(pj));
}

Crs Crs::wgs84() {
    static const Crs crs = fromUserInput("EPSG:4326");
    return crs;
}

bool Crs::sameAs(const Crs& other) const {
    if (!m_authority.empty() && !other.m_authority.empty())
        return m_authority == other.m_authority;
    return m_wkt == other.m_wkt;
}

std::string Crs::label() const {
    if (!m_authority.empty())
        return m_authority;
    if (!m_name.empty())
        return m_name;
    return "unknown CRS";
}

struct CoordinateTransform::Impl {
    ContextPtr ctx;
    PjPtr op;
    bool identity = false;
};

CoordinateTransform::CoordinateTransform(const Crs& source, const Crs& target)
    : m_impl(std::make_unique<Impl>()) {
    if (!source.isKnown() || !target.isKnown()) {
        throw UsageError("", "cannot transform coordinates: the source or target CRS is unknown");
    }
    m_impl->identity = source.sameAs(target);
    if (m_impl->identity)
        return;
    m_impl->ctx.reset(proj_context_create());
    PJ_CONTEXT* ctx = m_impl->ctx.get();
    proj_log_level(ctx, PJ_LOG_NONE);
    PjPtr src(proj_create(ctx, source.wkt().c_str()));
    PjPtr dst(proj_create(ctx, target.wkt().c_str()));
    PjPtr op(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (!op) {
        throw UsageError("", "no transformation from " + source.label() + " to " + target.label());
    }
    m_impl->op.reset(proj_normalize_for_visualization(ctx, op.get()));
    if (!m_impl->op) {
        throw UsageError(
            "", "cannot normalise axis order from " + source.label() + " to " + target.label());
    }
}

CoordinateTransform::~CoordinateTransform() {
    // the operation must go before its context
    if (m_impl)
        m_impl->op.reset();
}
CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;

bool CoordinateTransform::isIdentity() const {
    return m_impl->identity;
}

XY CoordinateTransform::transform(XY p) const {
    XY out = p;
    if (!transform(std::span<XY>(&out, 1))) {
        throw Error("", "coordinate (" + std::to_string(p.x) + ", " + std::to_string(p.y) +
                            ") cannot be transformed");
    }
    return out;
}

bool CoordinateTransform::transform(std::span<XY> points) const {
    if (m_impl->identity || points.empty())
        return true;
    double* base = &points.data()->x;
    proj_errno_reset(m_impl->op.get());
    proj_trans_generic(m_impl->op.get(), PJ_FWD, base, sizeof(XY), points.size(), base + 1,
                       sizeof(XY), points.size(), nullptr, 0, 0, nullptr, 0, 0);
    bool ok = true;
    for (XY& p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL) {
            p.x = p.y = std::numeric_limits<double>::infinity();
            ok = false;
        }
    }
    return ok;
}

void CoordinateTransform::transform(Geometry& geometry) const {
    if (!transform(std::span<XY>(geometry.coords))) {
        throw Error("", "a coordinate cannot be transformed");
    }
}

Extent CoordinateTransform::transform(const Extent& e) const {
    if (m_impl->identity || !e.valid)
        return e;
    double xmin, ymin, xmax, ymax;
    if (!proj_trans_bounds(m_impl->ctx.get(), m_impl->op.get(), PJ_FWD, e.minX, e.minY, e.maxX,
                           e.maxY, &xmin, &ymin, &xmax, &ymax, 21)) {
        return Extent{};
    }
    Extent out;
    out.include(xmin, ymin);
    out.include(xmax, ymax);
    return out;
}

std::string CoordinateTransform::operationDescription() const {
    if (m_impl->identity)
        return "none (same CRS)";
    PJ_PROJ_INFO info = proj_pj_info(m_impl->op.get());
    std::string out = info.description ? info.description : "";
    if (info.accuracy >= 0)
        out += " (accuracy " + std::to_string(info.accuracy) + " m)";
    return out;
}

}  // namespace ecotown::geo
