#include "layers/Provenance.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace ecotown::layers {

bool stageIsIllustrative(const EcoTownArea& area) {
    if (area.status == "illustrative")
        return true;
    if (area.status == "confirmed")
        return false;
    // the source's clause about the stage: from "stage" to the next ';'
    const std::string_view s = area.source;
    const auto at = s.find("stage");
    if (at == std::string_view::npos)
        return false;
    const std::string_view clause = s.substr(at, s.find(';', at) - at);
    return clause.find("illustrative") != std::string_view::npos;
}

namespace {

// Calls visit(a, b) for every edge of every ring.
template <typename Visit>
void forEachEdge(const geo::Geometry& g, Visit&& visit) {
    std::uint32_t begin = 0;
    for (std::uint32_t end : g.ringEnds) {
        for (std::uint32_t i = begin; i + 1 < end; ++i)
            visit(g.coords[i], g.coords[i + 1]);
        begin = end;
    }
}

}  // namespace

std::vector<geo::XY> hatchSegments(const geo::Geometry& polygon, double spacing) {
    std::vector<geo::XY> out;
    if (polygon.isEmpty() || !(spacing > 0))
        return out;
    // In coordinates rotated by -45° (u = x - y along the hatch, v = x + y across it), the
    // hatch lines are v = k * step: a scanline fill, even-odd.
    const geo::Extent e = polygon.extent();
    const double vMin = e.minX + e.minY, vMax = e.maxX + e.maxY;
    const double step = spacing * std::sqrt(2.0);  // v = x + y grows √2 per unit across lines
    std::vector<double> crossings;
    for (double v = std::ceil(vMin / step) * step; v <= vMax; v += step) {
        crossings.clear();
        forEachEdge(polygon, [&](geo::XY a, geo::XY b) {
            const double va = a.x + a.y, vb = b.x + b.y;
            if ((va <= v) == (vb <= v))
                return;  // the edge does not cross this line (half-open: vertices count once)
            const double t = (v - va) / (vb - va);
            crossings.push_back((a.x - a.y) + t * ((b.x - b.y) - (a.x - a.y)));
        });
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
            const double u0 = crossings[k], u1 = crossings[k + 1];
            out.push_back({(v + u0) / 2, (v - u0) / 2});
            out.push_back({(v + u1) / 2, (v - u1) / 2});
        }
    }
    return out;
}

std::vector<geo::XY> dashSegments(const geo::Geometry& polygon, double dash, double gap) {
    std::vector<geo::XY> out;
    if (!(dash > 0) || !(gap >= 0))
        return out;
    std::uint32_t begin = 0;
    for (std::uint32_t end : polygon.ringEnds) {
        double phase = 0;  // distance into the current dash + gap period
        for (std::uint32_t i = begin; i + 1 < end; ++i) {
            const geo::XY a = polygon.coords[i], b = polygon.coords[i + 1];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            double at = 0;
            while (at < length) {
                const bool on = phase < dash;
                const double step = std::min(length - at, on ? dash - phase : dash + gap - phase);
                if (on) {
                    const double t0 = at / length, t1 = (at + step) / length;
                    out.push_back({a.x + t0 * (b.x - a.x), a.y + t0 * (b.y - a.y)});
                    out.push_back({a.x + t1 * (b.x - a.x), a.y + t1 * (b.y - a.y)});
                }
                at += step;
                phase += step;
                if (phase >= dash + gap)
                    phase = 0;
            }
        }
        begin = end;
    }
    return out;
}

}  // namespace ecotown::layers
