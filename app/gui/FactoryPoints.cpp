#include "app/gui/FactoryPoints.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "layers/Style.hpp"

namespace ecotown::gui {
namespace {

constexpr double kPi = 3.14159265358979323846;
// The latitude where the Web Mercator world ends (its square's edge).
constexpr double kMaxMercatorLat = 85.0511287798066;

PointVertex vertex(double wx, double wy, layers::Rgba c, double size) {
    return {static_cast<float>(wx - FactoryPoints::originX()),
            static_cast<float>(wy - FactoryPoints::originY()),
            c.r,
            c.g,
            c.b,
            c.a,
            static_cast<float>(size)};
}

// A cell of `count` factories at world point (wx, wy): a quiet density, so that the areas'
// stage colours stay legible under it.
PointVertex densityVertex(double wx, double wy, std::uint32_t count, double dpr) {
    return vertex(wx, wy, layers::factoryDensityColor(count),
                  layers::factoryDensitySize(count) * dpr);
}

// The largest cells drawn last, on top.
void largestLast(std::vector<PointVertex>& cells) {
    std::sort(cells.begin(), cells.end(),
              [](const PointVertex& a, const PointVertex& b) { return a.size < b.size; });
}

}  // namespace

double FactoryPoints::mercatorX(double lon) {
    return (lon + 180.0) / 360.0;
}
double FactoryPoints::mercatorY(double lat) {
    const double s = std::sin(lat * kPi / 180.0);
    return 0.5 - std::log((1 + s) / (1 - s)) / (4 * kPi);
}
double FactoryPoints::originX() {
    return mercatorX(kOriginLon);
}
double FactoryPoints::originY() {
    return mercatorY(kOriginLat);
}

void FactoryPoints::rebuild(const layers::Atlas& atlas, const layers::Selection& selection,
                            const FactorySymbolToggles& toggles, double dpr, bool aggregate) {
    const layers::FactoryTable& f = atlas.factories();
    m_points.clear();
    m_points.reserve(selection.factories.size());
    // The level or certificate that decides each point's symbol, as of the selection's year:
    // rank 1 + layers::FactorySymbol (the drawing order of the individual points).
    struct Cell {
        std::uint32_t count = 0;
        double sx = 0, sy = 0;
    };
    m_wx.clear(), m_wy.clear(), m_factory.clear();
    m_grid = Grid{};
    std::vector<int> ranks;
    m_wx.reserve(selection.factories.size());
    m_wy.reserve(selection.factories.size());
    m_factory.reserve(selection.factories.size());
    ranks.reserve(selection.factories.size());
    for (std::uint32_t i : selection.factories) {
        // Only what a Web Mercator map can show: a factory at a pole or at longitude 1e9 (a
        // user's file) has no place on it, and would stretch the picking grid to nothing.
        if (!(std::abs(f.lon[i]) <= 180.0) || !(std::abs(f.lat[i]) <= kMaxMercatorLat))
            continue;
        const layers::FactoryStatus s = atlas.statusAsOf(i, selection.asOfYear);
        const auto symbol = layers::factorySymbol(s.ecoFactory, s.giLevel, s.csrDiw, toggles);
        if (!symbol)
            continue;  // nothing the user asked to see
        const double wx = mercatorX(f.lon[i]), wy = mercatorY(f.lat[i]);
        m_points.push_back(vertex(wx, wy, layers::factorySymbolColor(*symbol),
                                  layers::factorySymbolSize(*symbol) * dpr));
        m_wx.push_back(wx);
        m_wy.push_back(wy);
        m_factory.push_back(i);
        ranks.push_back(1 + static_cast<int>(*symbol));
    }
    // Individual points: the most important drawn last, on top (Eco Factory over GI 5 ... GI 1).
    {
        // A counting sort by rank (a handful of ranks): stable, one pass to count, one to place.
        const int maxRank = ranks.empty() ? 0 : *std::max_element(ranks.begin(), ranks.end());
        std::vector<std::size_t> next(static_cast<std::size_t>(maxRank) + 2, 0);
        for (int r : ranks)
            ++next[static_cast<std::size_t>(r) + 1];
        for (std::size_t r = 1; r < next.size(); ++r)
            next[r] += next[r - 1];
        std::vector<PointVertex> sorted(m_points.size());
        for (std::size_t k = 0; k < m_points.size(); ++k)
            sorted[next[static_cast<std::size_t>(ranks[k])]++] = m_points[k];
        m_points.swap(sorted);
    }
    if (!aggregate) {
        ++m_version;
        return;
    }
    // Aggregates: cells of kDensityCellPixels at each low zoom level. A cell at zoom z-1 is exactly
    // four cells at zoom z, so one pass over the points builds the finest level and each coarser
    // level merges the one above it.
    struct KeyedCell {
        std::uint64_t key = 0;
        Cell cell;
    };
    auto keyOf = [](std::uint64_t cx, std::uint64_t cy) { return (cx << 32) | cy; };
    std::vector<KeyedCell> level;
    {
        const double cell =
            layers::kDensityCellPixels / (256.0 * std::pow(2.0, kLastAggregatedZoom));
        std::unordered_map<std::uint64_t, Cell> cells;
        cells.reserve(m_wx.size() / 4 + 16);
        for (std::size_t k = 0; k < m_wx.size(); ++k) {
            Cell& c = cells[keyOf(static_cast<std::uint64_t>(m_wx[k] / cell),
                                  static_cast<std::uint64_t>(m_wy[k] / cell))];
            ++c.count;
            c.sx += m_wx[k];
            c.sy += m_wy[k];
        }
        level.reserve(cells.size());
        for (const auto& [key, c] : cells)
            level.push_back({key, c});
    }
    for (int z = kLastAggregatedZoom; z >= 0; --z) {
        auto& out = m_aggregated[static_cast<std::size_t>(z)];
        out.clear();
        if (z < kFirstAggregatedZoom)
            continue;
        if (z < kLastAggregatedZoom) {
            std::unordered_map<std::uint64_t, Cell> merged;
            merged.reserve(level.size() / 2 + 16);
            for (const KeyedCell& k : level) {
                Cell& c = merged[keyOf((k.key >> 32) >> 1, (k.key & 0xffffffffu) >> 1)];
                c.count += k.cell.count;
                c.sx += k.cell.sx;
                c.sy += k.cell.sy;
            }
            level.clear();
            for (const auto& [key, c] : merged)
                level.push_back({key, c});
        }
        out.reserve(level.size());
        for (const KeyedCell& k : level)
            out.push_back(densityVertex(k.cell.sx / k.cell.count, k.cell.sy / k.cell.count,
                                        k.cell.count, dpr));
        largestLast(out);
    }
    ++m_version;
}

void FactoryPoints::setCells(int zoom, const std::vector<layers::DensityCell>& cells, double dpr) {
    if (zoom < kFirstAggregatedZoom || zoom > kLastAggregatedZoom)
        return;
    auto& out = m_aggregated[static_cast<std::size_t>(zoom)];
    out.clear();
    out.reserve(cells.size());
    for (const layers::DensityCell& c : cells) {
        out.push_back(densityVertex(c.wx, c.wy,
                                    static_cast<std::uint32_t>(std::min<std::int64_t>(
                                        c.factories, std::numeric_limits<std::uint32_t>::max())),
                                    dpr));
    }
    largestLast(out);
    ++m_version;
}

void FactoryPoints::setCellsAboveLastZoom(bool on) {
    if (on == m_cellsAbove)
        return;
    m_cellsAbove = on;
    ++m_version;
}

void FactoryPoints::clear() {
    m_points.clear();
    m_wx.clear(), m_wy.clear(), m_factory.clear();
    m_grid = Grid{};
    for (auto& level : m_aggregated)
        level.clear();
    ++m_version;
}

const std::vector<PointVertex>& FactoryPoints::forZoom(double zoom) const {
    const int z = static_cast<int>(std::floor(zoom));
    if (z > kLastAggregatedZoom && m_cellsAbove)
        return m_aggregated[kLastAggregatedZoom];
    if (z >= kFirstAggregatedZoom && z <= kLastAggregatedZoom)
        return m_aggregated[static_cast<std::size_t>(z)];
    return m_points;
}

// A uniform grid over the shown points, cells of about 2.4 km (1/16384 of the world) or larger
// when the points spread wider than 4 million of them would cover; the points of each cell are
// contiguous in `items` (a counting sort: two passes, no comparison sort on the GUI thread).
void FactoryPoints::buildGrid() const {
    Grid& g = m_grid;
    g = Grid{};
    g.built = true;
    if (m_wx.empty())
        return;
    const auto [minX, maxX] = std::minmax_element(m_wx.begin(), m_wx.end());
    const auto [minY, maxY] = std::minmax_element(m_wy.begin(), m_wy.end());
    g.x0 = *minX, g.y0 = *minY;
    const double w = *maxX - *minX, h = *maxY - *minY;
    // No more than 4096 cells a side however thin the spread (a line of points along a
    // parallel would otherwise make millions of cells in one row).
    g.cell = std::max({1.0 / 16384, std::sqrt(w * h / 4.0e6), w / 4096, h / 4096});
    g.nx = static_cast<int>(w / g.cell) + 1;
    g.ny = static_cast<int>(h / g.cell) + 1;
    const std::size_t cells = static_cast<std::size_t>(g.nx) * static_cast<std::size_t>(g.ny);
    auto cellOf = [&](std::size_t k) {
        const int cx = std::min(g.nx - 1, static_cast<int>((m_wx[k] - g.x0) / g.cell));
        const int cy = std::min(g.ny - 1, static_cast<int>((m_wy[k] - g.y0) / g.cell));
        return static_cast<std::size_t>(cy) * static_cast<std::size_t>(g.nx) +
               static_cast<std::size_t>(cx);
    };
    g.start.assign(cells + 1, 0);
    for (std::size_t k = 0; k < m_wx.size(); ++k)
        ++g.start[cellOf(k) + 1];
    for (std::size_t c = 0; c < cells; ++c)
        g.start[c + 1] += g.start[c];
    g.items.resize(m_wx.size());
    std::vector<std::uint32_t> next(g.start.begin(), g.start.end() - 1);
    for (std::size_t k = 0; k < m_wx.size(); ++k)
        g.items[next[cellOf(k)]++] = static_cast<std::uint32_t>(k);
}

std::int64_t FactoryPoints::nearestFactory(double x, double y, double r) const {
    if (!m_grid.built)
        buildGrid();
    const Grid& g = m_grid;
    if (g.items.empty() || !(r >= 0))
        return -1;
    auto clampCell = [](double v, int n) {
        return static_cast<int>(std::clamp(std::floor(v), 0.0, static_cast<double>(n - 1)));
    };
    if (x + r < g.x0 || y + r < g.y0 || x - r > g.x0 + g.nx * g.cell ||
        y - r > g.y0 + g.ny * g.cell)
        return -1;
    const int cx0 = clampCell((x - r - g.x0) / g.cell, g.nx),
              cx1 = clampCell((x + r - g.x0) / g.cell, g.nx),
              cy0 = clampCell((y - r - g.y0) / g.cell, g.ny),
              cy1 = clampCell((y + r - g.y0) / g.cell, g.ny);
    double best = r * r;
    std::int64_t hit = -1;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const std::size_t c = static_cast<std::size_t>(cy) * static_cast<std::size_t>(g.nx) +
                                  static_cast<std::size_t>(cx);
            for (std::uint32_t e = g.start[c]; e < g.start[c + 1]; ++e) {
                const std::uint32_t k = g.items[e];
                const double dx = m_wx[k] - x, dy = m_wy[k] - y;
                const double d = dx * dx + dy * dy;
                // nearest first; among equals the lowest factory index, whatever the cell order
                if (d < best || (d == best && hit >= 0 && m_factory[k] < hit)) {
                    best = d;
                    hit = m_factory[k];
                } else if (d == best && hit < 0) {
                    hit = m_factory[k];
                }
            }
        }
    }
    return hit;
}

}  // namespace ecotown::gui
