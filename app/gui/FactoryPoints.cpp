#include "app/gui/FactoryPoints.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "layers/Style.hpp"

namespace ecotown::gui {
namespace {

constexpr double kPi = 3.14159265358979323846;

PointVertex vertex(double wx, double wy, layers::Rgba c, double size) {
    return {static_cast<float>(wx - FactoryPoints::originX()),
            static_cast<float>(wy - FactoryPoints::originY()),
            c.r,
            c.g,
            c.b,
            c.a,
            static_cast<float>(size)};
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
                            const FactorySymbolToggles& toggles, double dpr) {
    const layers::FactoryTable& f = atlas.factories();
    m_points.clear();
    m_points.reserve(selection.factories.size());
    // The level or certificate that decides each point's symbol, as of the selection's year:
    // rank 1 + layers::FactorySymbol, the most important symbol of a cell standing for it.
    struct Cell {
        std::uint32_t count = 0;
        int rank = 0;
        double sx = 0, sy = 0;
    };
    std::vector<std::pair<double, double>> world;
    std::vector<int> ranks;
    world.reserve(selection.factories.size());
    ranks.reserve(selection.factories.size());
    for (std::uint32_t i : selection.factories) {
        if (!std::isfinite(f.lon[i]) || !std::isfinite(f.lat[i]))
            continue;
        const layers::FactoryStatus s = atlas.statusAsOf(i, selection.asOfYear);
        const auto symbol = layers::factorySymbol(s.ecoFactory, s.giLevel, s.csrDiw, toggles);
        if (!symbol)
            continue;  // nothing the user asked to see
        const double wx = mercatorX(f.lon[i]), wy = mercatorY(f.lat[i]);
        m_points.push_back(vertex(wx, wy, layers::factorySymbolColor(*symbol),
                                  layers::factorySymbolSize(*symbol) * dpr));
        world.emplace_back(wx, wy);
        ranks.push_back(1 + static_cast<int>(*symbol));
    }
    // Individual points: the most important drawn last, on top (Eco Factory over GI 5 ... GI 1).
    {
        std::vector<std::uint32_t> order(m_points.size());
        for (std::uint32_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return ranks[a] < ranks[b]; });
        std::vector<PointVertex> sorted;
        sorted.reserve(m_points.size());
        for (std::uint32_t k : order)
            sorted.push_back(m_points[k]);
        m_points.swap(sorted);
    }
    // Aggregates: cells of about 6 px at each low zoom level. A cell at zoom z-1 is exactly four
    // cells at zoom z, so one pass over the points builds the finest level and each coarser
    // level merges the one above it.
    struct KeyedCell {
        std::uint64_t key = 0;
        Cell cell;
    };
    auto keyOf = [](std::uint64_t cx, std::uint64_t cy) { return (cx << 32) | cy; };
    std::vector<KeyedCell> level;
    {
        const double cell = 6.0 / (256.0 * std::pow(2.0, kLastAggregatedZoom));
        std::unordered_map<std::uint64_t, Cell> cells;
        cells.reserve(world.size() / 4 + 16);
        for (std::size_t k = 0; k < world.size(); ++k) {
            Cell& c = cells[keyOf(static_cast<std::uint64_t>(world[k].first / cell),
                                  static_cast<std::uint64_t>(world[k].second / cell))];
            ++c.count;
            c.rank = std::max(c.rank, ranks[k]);
            c.sx += world[k].first;
            c.sy += world[k].second;
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
                c.rank = std::max(c.rank, k.cell.rank);
                c.sx += k.cell.sx;
                c.sy += k.cell.sy;
            }
            level.clear();
            for (const auto& [key, c] : merged)
                level.push_back({key, c});
        }
        out.reserve(level.size());
        for (const KeyedCell& k : level) {
            const Cell& c = k.cell;
            const layers::Rgba color =
                layers::factorySymbolColor(static_cast<layers::FactorySymbol>(c.rank - 1));
            // size grows with the log of the count: 1 factory 3 px ... 10,000 about 9 px
            const double size = (3.0 + 1.5 * std::log10(static_cast<double>(c.count))) * dpr;
            out.push_back(vertex(c.sx / c.count, c.sy / c.count, color, size));
        }
        // Draw the largest last, on top.
        std::sort(out.begin(), out.end(),
                  [](const PointVertex& a, const PointVertex& b) { return a.size < b.size; });
    }
    ++m_version;
}

const std::vector<PointVertex>& FactoryPoints::forZoom(double zoom) const {
    const int z = static_cast<int>(std::floor(zoom));
    if (z >= kFirstAggregatedZoom && z <= kLastAggregatedZoom)
        return m_aggregated[static_cast<std::size_t>(z)];
    return m_points;
}

}  // namespace ecotown::gui
