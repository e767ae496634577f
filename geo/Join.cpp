#include "geo/Join.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <mutex>
#include <thread>

#include "geo/Error.hpp"
#include "geo/Parallel.hpp"
#include "geo/detail/GeosContext.hpp"

namespace ecotown::geo {
using namespace detail;

namespace {

constexpr std::int32_t kBoundaryCell = -2;  // a polygon edge passes through: ask GEOS
constexpr std::int32_t kUnknownCell = -3;   // not yet classified (only while building)

}  // namespace

struct PolygonIndex::Impl {
    std::vector<Geometry> polygons;
    std::vector<GeosGeometryPtr> geos;
    // Destroyed on the thread that destroys the index, with that thread's GEOS context.
    struct TreeDeleter {
        void operator()(GEOSSTRtree* t) const { GEOSSTRtree_destroy_r(geosContext(), t); }
    };
    std::unique_ptr<GEOSSTRtree, TreeDeleter> tree;
    std::vector<std::size_t> ids;  // stable storage for tree items

    // Grid over the polygons' extent: a polygon index, -1 (outside all), or kBoundaryCell.
    Extent extent;
    int nx = 0, ny = 0;
    double cellW = 1, cellH = 1;
    std::vector<std::int32_t> cells;

    std::mutex sharedMutex;  // guards `shared` for single-point locate()
    std::vector<GeosPreparedPtr> shared;

    // Prepared geometries are not shared between threads: each worker borrows a whole set
    // from this pool and gives it back, so their lazily built edge indexes are built once.
    mutable std::mutex poolMutex;
    mutable std::vector<std::unique_ptr<std::vector<GeosPreparedPtr>>> pool;

    std::unique_ptr<std::vector<GeosPreparedPtr>> borrow() const {
        {
            std::lock_guard lock(poolMutex);
            if (!pool.empty()) {
                auto set = std::move(pool.back());
                pool.pop_back();
                return set;
            }
        }
        return std::make_unique<std::vector<GeosPreparedPtr>>(prepareAll());
    }
    void giveBack(std::unique_ptr<std::vector<GeosPreparedPtr>> set) const {
        std::lock_guard lock(poolMutex);
        pool.push_back(std::move(set));
    }

    std::vector<GeosPreparedPtr> prepareAll() const {
        std::vector<GeosPreparedPtr> out;
        out.reserve(geos.size());
        for (const auto& g : geos)
            out.emplace_back(GEOSPrepare_r(geosContext(), g.get()));
        return out;
    }

    // The slow, exact path: STR-tree candidates, prepared covers, lowest id wins.
    std::int32_t locateExact(double x, double y,
                             const std::vector<GeosPreparedPtr>& prepared) const {
        GEOSContextHandle_t h = geosContext();
        GeosGeometryPtr pt(GEOSGeom_createPointFromXY_r(h, x, y));
        std::vector<std::size_t> candidates;
        GEOSSTRtree_query_r(
            h, tree.get(), pt.get(),
            [](void* item, void* user) {
                static_cast<std::vector<std::size_t>*>(user)->push_back(
                    *static_cast<std::size_t*>(item));
            },
            &candidates);
        std::sort(candidates.begin(), candidates.end());
        for (std::size_t id : candidates) {
            if (GEOSPreparedCovers_r(h, prepared[id].get(), pt.get()) == 1) {
                return static_cast<std::int32_t>(id);
            }
        }
        return -1;
    }

    std::int32_t cellOf(double x, double y) const {
        if (!extent.contains(x, y))
            return -1;
        const int cx = std::min(nx - 1, static_cast<int>((x - extent.minX) / cellW));
        const int cy = std::min(ny - 1, static_cast<int>((y - extent.minY) / cellH));
        return cells[static_cast<std::size_t>(cy) * nx + cx];
    }

    std::int32_t locate(double x, double y, const std::vector<GeosPreparedPtr>& prepared) const {
        if (!std::isfinite(x) || !std::isfinite(y))
            return -1;
        const std::int32_t c = cellOf(x, y);
        return c == kBoundaryCell ? locateExact(x, y, prepared) : c;
    }

    void buildGrid() {
        for (const auto& p : polygons)
            extent.include(p.extent());
        if (!extent.valid)
            return;
        // About a million cells, square in the data's units: for Thailand's provinces a cell is
        // about 2 km and most points fall in cells that no boundary crosses.
        const double w = std::max(extent.maxX - extent.minX, 1e-12);
        const double hgt = std::max(extent.maxY - extent.minY, 1e-12);
        const double cell = std::sqrt(w * hgt / 1.0e6);
        nx = std::clamp(static_cast<int>(std::ceil(w / cell)), 1, 4096);
        ny = std::clamp(static_cast<int>(std::ceil(hgt / cell)), 1, 4096);
        cellW = w / nx;
        cellH = hgt / ny;
        cells.assign(static_cast<std::size_t>(nx) * ny, kUnknownCell);
        // 1. every cell an edge touches is a boundary cell
        for (const auto& p : polygons) {
            std::uint32_t begin = 0;
            for (std::uint32_t end : p.ringEnds) {
                for (std::uint32_t i = begin; i + 1 < end; ++i) {
                    const XY a = p.coords[i], b = p.coords[i + 1];
                    const int cx0 =
                        std::clamp(static_cast<int>((std::min(a.x, b.x) - extent.minX) / cellW) - 1,
                                   0, nx - 1);
                    const int cx1 =
                        std::clamp(static_cast<int>((std::max(a.x, b.x) - extent.minX) / cellW) + 1,
                                   0, nx - 1);
                    const int cy0 =
                        std::clamp(static_cast<int>((std::min(a.y, b.y) - extent.minY) / cellH) - 1,
                                   0, ny - 1);
                    const int cy1 =
                        std::clamp(static_cast<int>((std::max(a.y, b.y) - extent.minY) / cellH) + 1,
                                   0, ny - 1);
                    for (int cy = cy0; cy <= cy1; ++cy) {
                        for (int cx = cx0; cx <= cx1; ++cx) {
                            Extent cell;
                            cell.include(extent.minX + cx * cellW, extent.minY + cy * cellH);
                            cell.include(extent.minX + (cx + 1) * cellW,
                                         extent.minY + (cy + 1) * cellH);
                            if (segmentTouchesBox(a, b, cell)) {
                                cells[static_cast<std::size_t>(cy) * nx + cx] = kBoundaryCell;
                            }
                        }
                    }
                }
                begin = end;
            }
        }
        // 2. each connected region of other cells lies wholly inside one polygon or outside all:
        //    one exact query at a cell centre classifies the whole region (4-neighbour flood fill).
        std::vector<GeosPreparedPtr> prepared = prepareAll();
        std::deque<std::size_t> queue;
        for (std::size_t start = 0; start < cells.size(); ++start) {
            if (cells[start] != kUnknownCell)
                continue;
            const int sx = static_cast<int>(start % nx), sy = static_cast<int>(start / nx);
            const std::int32_t id = locateExact(extent.minX + (sx + 0.5) * cellW,
                                                extent.minY + (sy + 0.5) * cellH, prepared);
            cells[start] = id;
            queue.push_back(start);
            while (!queue.empty()) {
                const std::size_t c = queue.front();
                queue.pop_front();
                const int cx = static_cast<int>(c % nx), cy = static_cast<int>(c / nx);
                auto visit = [&](int x, int y) {
                    if (x < 0 || y < 0 || x >= nx || y >= ny)
                        return;
                    const std::size_t k = static_cast<std::size_t>(y) * nx + x;
                    if (cells[k] != kUnknownCell)
                        return;
                    cells[k] = id;
                    queue.push_back(k);
                };
                visit(cx - 1, cy);
                visit(cx + 1, cy);
                visit(cx, cy - 1);
                visit(cx, cy + 1);
            }
        }
    }
};

PolygonIndex::PolygonIndex(std::vector<Geometry> polygons) : m_impl(std::make_unique<Impl>()) {
    GEOSContextHandle_t h = geosContext();
    Impl& d = *m_impl;
    d.polygons = std::move(polygons);
    d.tree.reset(GEOSSTRtree_create_r(h, 10));
    d.ids.resize(d.polygons.size());
    for (std::size_t i = 0; i < d.polygons.size(); ++i) {
        const Geometry& p = d.polygons[i];
        if (p.type != GeometryType::Polygon && p.type != GeometryType::MultiPolygon) {
            throw Error("", std::string("polygon ") + std::to_string(i) + " is a " +
                                geometryTypeName(p.type) + ", not a polygon");
        }
        d.geos.push_back(toGeos(p));
        d.ids[i] = i;
        GeosGeometryPtr envelope(GEOSEnvelope_r(h, d.geos.back().get()));
        GEOSSTRtree_insert_r(h, d.tree.get(), envelope.get(), &d.ids[i]);
    }
    // Force the tree to build now, so that concurrent queries only read it.
    GeosGeometryPtr probe(GEOSGeom_createPointFromXY_r(h, 0, 0));
    GEOSSTRtree_query_r(
        h, d.tree.get(), probe.get(), [](void*, void*) {}, nullptr);
    d.buildGrid();
    d.shared = d.prepareAll();
}

PolygonIndex::~PolygonIndex() = default;
PolygonIndex::PolygonIndex(PolygonIndex&&) noexcept = default;
PolygonIndex& PolygonIndex::operator=(PolygonIndex&&) noexcept = default;

std::size_t PolygonIndex::size() const {
    return m_impl->polygons.size();
}

std::int32_t PolygonIndex::locate(double x, double y) const {
    std::lock_guard lock(m_impl->sharedMutex);
    return m_impl->locate(x, y, m_impl->shared);
}

std::vector<std::int32_t> PolygonIndex::locateAll(std::span<const double> x,
                                                  std::span<const double> y,
                                                  unsigned threads) const {
    if (x.size() != y.size())
        throw Error("", "x and y have different lengths");
    std::vector<std::int32_t> out(x.size(), -1);
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(
        std::min<std::size_t>(threads, std::max<std::size_t>(1, x.size() / 20000)));
    threads = std::max(1u, threads);
    const Impl& d = *m_impl;
    auto work = [&](std::size_t begin, std::size_t end) {
        auto prepared = d.borrow();  // one set per thread
        for (std::size_t i = begin; i < end; ++i)
            out[i] = d.locate(x[i], y[i], *prepared);
        d.giveBack(std::move(prepared));
    };
    if (threads == 1) {
        work(0, x.size());
        return out;
    }
    const std::size_t chunk = (x.size() + threads - 1) / threads;
    parallelFor(threads, [&](std::size_t t) {
        const std::size_t b = t * chunk, e = std::min(x.size(), b + chunk);
        if (b < e)
            work(b, e);
    });
    return out;
}

std::vector<std::int64_t> PolygonIndex::countAll(std::span<const double> x,
                                                 std::span<const double> y,
                                                 unsigned threads) const {
    std::vector<std::int64_t> counts(size(), 0);
    for (std::int32_t id : locateAll(x, y, threads)) {
        if (id >= 0)
            ++counts[static_cast<std::size_t>(id)];
    }
    return counts;
}

}  // namespace ecotown::geo
