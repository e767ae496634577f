#include "app/render/MapView.hpp"

#include <algorithm>
#include <cmath>

namespace ecotown::render {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxLatitude = 85.05112877980659;

}  // namespace

double webMercatorX(double lon) {
    return (lon + 180.0) / 360.0;
}

double webMercatorY(double lat) {
    lat = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double s = std::sin(lat * kPi / 180.0);
    return 0.5 - std::log((1 + s) / (1 - s)) / (4 * kPi);
}

double latitudeOfWebMercatorY(double y) {
    return std::atan(std::sinh((0.5 - y) * 2 * kPi)) * 180.0 / kPi;
}

MapLayout layoutMap(const MapCanvas& canvas, bool withTitle, bool withLegend) {
    const double s = canvas.scale();
    const double w = canvas.width, h = canvas.height;
    const double margin = 12 * s;
    MapLayout out;
    const double arrowW = 30 * s, arrowH = 46 * s;
    out.northArrow = {w - margin - arrowW, margin, arrowW, arrowH};
    const double sourceH = 14 * s;
    out.source = {margin, h - margin - sourceH, w - 2 * margin, sourceH};
    const double barH = 30 * s;
    out.scaleBar = {margin, out.source.y - 4 * s - barH, std::min(240 * s, w - 2 * margin), barH};
    const double titleH = withTitle ? 58 * s : 0;
    const double legendW = withLegend ? std::min(320 * s, 0.4 * w) : 0;
    if (withLegend) {
        const double top = out.northArrow.bottom() + 8 * s;
        out.legend = {w - margin - legendW, top, legendW,
                      std::max(0.0, out.source.y - 6 * s - top)};
    }
    if (withTitle) {
        const double right = withLegend ? out.legend.x - margin : out.northArrow.x - margin;
        out.title = {margin, margin, std::max(0.0, right - margin), titleH};
    }
    const double top = margin + titleH + (withTitle ? 4 * s : 0);
    const double right = withLegend ? out.legend.x - margin : w - margin;
    out.frame = {margin, top, right - margin, out.source.y - 4 * s - top};
    if (out.frame.width < 8 || out.frame.height < 8)
        out.frame = {0, 0, w, h};  // a tiny canvas
    return out;
}

MapView MapView::fit(const geo::Extent& extent, const PixelRect& frame) {
    MapView v;
    double x0 = webMercatorX(extent.minX), x1 = webMercatorX(extent.maxX);
    double y0 = webMercatorY(extent.maxY), y1 = webMercatorY(extent.minY);  // y grows southwards
    // A point or a line still needs an area: about 1 km around it.
    const double minSpan = 2.5e-5;
    if (x1 - x0 < minSpan) {
        const double c = (x0 + x1) / 2;
        x0 = c - minSpan / 2, x1 = c + minSpan / 2;
    }
    if (y1 - y0 < minSpan) {
        const double c = (y0 + y1) / 2;
        y0 = c - minSpan / 2, y1 = c + minSpan / 2;
    }
    v.m_scale = std::min(frame.width / (x1 - x0), frame.height / (y1 - y0));
    const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    v.m_originX = cx * v.m_scale - (frame.x + frame.width / 2);
    v.m_originY = cy * v.m_scale - (frame.y + frame.height / 2);
    return v;
}

geo::XY MapView::toLonLat(double px, double py) const {
    const double wx = (px + m_originX) / m_scale, wy = (py + m_originY) / m_scale;
    return {wx * 360.0 - 180.0, latitudeOfWebMercatorY(wy)};
}

double MapView::metresPerPixel(double lat) const {
    return kEarthCircumferenceMetres * std::cos(lat * kPi / 180.0) / m_scale;
}

}  // namespace ecotown::render
