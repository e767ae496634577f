#include "app/render/PointStamper.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include <QColor>
#include <QPainter>

#include "app/render/MapPainter.hpp"

namespace ecotown::render {
namespace {

QColor toQColor(layers::Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}

constexpr int kPhases = 4;  // sub-pixel positions per axis

struct SpritePixel {
    int dx = 0, dy = 0;
    std::uint32_t argb = 0;  // premultiplied colour
};

// One symbol at kPhases x kPhases sub-pixel offsets, each as its list of non-empty pixels.
struct SymbolSprites {
    int reach = 0;  // pixels from the point's pixel to the sprite's first row and column
    std::array<std::vector<SpritePixel>, kPhases * kPhases> phases;
};

SymbolSprites makeSprites(const PointSymbol& symbol, double scale) {
    SymbolSprites out;
    const double r = std::max(0.5, symbol.diameter * scale / 2);
    out.reach = static_cast<int>(std::ceil(r)) + 1;
    const int n = 2 * out.reach + 2;
    for (int qy = 0; qy < kPhases; ++qy) {
        for (int qx = 0; qx < kPhases; ++qx) {
            QImage img(n, n, QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::transparent);
            {
                QPainter p(&img);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(toQColor(symbol.color));
                p.drawEllipse(
                    QPointF(out.reach + (qx + 0.5) / kPhases, out.reach + (qy + 0.5) / kPhases), r,
                    r);
            }
            auto& pixels = out.phases[static_cast<std::size_t>(qy * kPhases + qx)];
            for (int y = 0; y < n; ++y) {
                const auto* row = reinterpret_cast<const std::uint32_t*>(img.constScanLine(y));
                for (int x = 0; x < n; ++x) {
                    if (row[x] >> 24)
                        pixels.push_back({x - out.reach, y - out.reach, row[x]});
                }
            }
        }
    }
    return out;
}

// x * a / 255 for the four 8-bit channels at once (Qt's BYTE_MUL).
inline std::uint32_t byteMul(std::uint32_t x, std::uint32_t a) {
    std::uint32_t t = (x & 0xff00ffu) * a;
    t = (t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8;
    t &= 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = x + ((x >> 8) & 0xff00ffu) + 0x800080u;
    x &= 0xff00ff00u;
    return x | t;
}

// Source-over with a premultiplied source; keeps an opaque destination opaque.
inline void blend(std::uint32_t& dst, std::uint32_t src) {
    const std::uint32_t alpha = src >> 24;
    dst = alpha == 255 ? src : src + byteMul(dst, 255 - alpha);
}

// Latitude -> pixel row through a table: Mercator's y needs a sine and a logarithm, a table
// lookup and a linear interpolation are exact to far below a pixel here and ten times cheaper.
class RowTable {
  public:
    RowTable(const MapView& view, double top, double bottom) {
        m_north = view.toLonLat(0, top).y;
        m_south = view.toLonLat(0, bottom).y;
        const int n = std::max(256, static_cast<int>((bottom - top) * 16));
        m_step = (m_north - m_south) / n;
        m_rows.resize(static_cast<std::size_t>(n) + 2);
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m_rows[i] = view.toPixel(0, m_south + static_cast<double>(i) * m_step).y;
    }
    // false when the latitude is off the table (off the canvas, or NaN)
    bool row(double lat, double& y) const {
        if (!(lat >= m_south && lat < m_north))
            return false;
        const double t = (lat - m_south) / m_step;
        const auto i = static_cast<std::size_t>(t);
        y = m_rows[i] + (t - static_cast<double>(i)) * (m_rows[i + 1] - m_rows[i]);
        return true;
    }

  private:
    double m_north = 0, m_south = 0, m_step = 1;
    std::vector<double> m_rows;
};

}  // namespace

struct PointStamper::Impl {
    MapView view;
    std::vector<SymbolSprites> sprites;
    int maxReach = 0;
    RowTable rows;
    double xScale = 0, xOffset = 0;
    int width = 0;

    Impl(const MapView& v, double scale, const std::vector<PointSymbol>& symbols, int height)
        : view(v),
          sprites(makeAll(symbols, scale)),
          maxReach(reachOf(sprites)),
          rows(v, -maxReach - 1.0, height + maxReach + 1.0),
          xScale(v.pixelsPerWorld() / 360.0),  // x is linear in longitude
          xOffset(180.0 * xScale - v.originX()) {}

    static std::vector<SymbolSprites> makeAll(const std::vector<PointSymbol>& symbols,
                                              double scale) {
        std::vector<SymbolSprites> out;
        for (const PointSymbol& s : symbols)
            out.push_back(makeSprites(s, scale));
        return out;
    }
    static int reachOf(const std::vector<SymbolSprites>& sprites) {
        int r = 0;
        for (const SymbolSprites& s : sprites)
            r = std::max(r, s.reach);
        return r;
    }
};

PointStamper::PointStamper(const MapView& view, double scale,
                           const std::vector<PointSymbol>& symbols, int imageHeight)
    : m_impl(std::make_unique<Impl>(view, scale, symbols, imageHeight)) {}

PointStamper::~PointStamper() = default;

std::size_t PointStamper::stamp(QImage& image, const double* lon, const double* lat,
                                const std::uint8_t* symbol, std::size_t n, std::size_t sym, int y0,
                                int y1) const {
    const Impl& d = *m_impl;
    if (sym >= d.sprites.size())
        return 0;
    const int w = image.width(), h = image.height();
    auto* bits = reinterpret_cast<std::uint32_t*>(image.bits());
    const auto stride = static_cast<std::ptrdiff_t>(image.bytesPerLine() / 4);
    const SymbolSprites& sprite = d.sprites[sym];
    const int reach = sprite.reach;
    // A latitude test skips the other bands' points before any projection.
    const double north = d.view.toLonLat(0, y0 - d.maxReach - 2.0).y;
    const double south = d.view.toLonLat(0, y1 + d.maxReach + 2.0).y;
    std::size_t drawn = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double la = lat[i];
        if (!(la <= north && la >= south))
            continue;  // another band's, or NaN
        if (symbol && symbol[i] != sym)
            continue;
        const double px = lon[i] * d.xScale + d.xOffset;
        double py;
        if (!(px > -reach - 1.0 && px < w + reach + 1.0) || !d.rows.row(la, py))
            continue;
        const double fx = std::floor(px), fy = std::floor(py);
        const int ix = static_cast<int>(fx), iy = static_cast<int>(fy);
        if (iy + reach + 2 <= y0 || iy - reach >= y1)
            continue;
        if (std::clamp(iy, 0, h - 1) >= y0 && std::clamp(iy, 0, h - 1) < y1)
            ++drawn;
        const int qx = std::min(kPhases - 1, static_cast<int>((px - fx) * kPhases));
        const int qy = std::min(kPhases - 1, static_cast<int>((py - fy) * kPhases));
        const auto& pixels = sprite.phases[static_cast<std::size_t>(qy * kPhases + qx)];
        if (ix - reach >= 0 && iy - reach >= y0 && ix + reach + 2 <= w && iy + reach + 2 <= y1) {
            std::uint32_t* origin = bits + static_cast<std::ptrdiff_t>(iy) * stride + ix;
            for (const SpritePixel& sp : pixels)
                blend(origin[sp.dy * stride + sp.dx], sp.argb);
        } else {
            for (const SpritePixel& sp : pixels) {
                const int x = ix + sp.dx, y = iy + sp.dy;
                if (x >= 0 && y >= y0 && x < w && y < y1)
                    blend(bits[static_cast<std::ptrdiff_t>(y) * stride + x], sp.argb);
            }
        }
    }
    return drawn;
}

// --- StreamedPoints ------------------------------------------------------------------------------

void StreamedPoints::add(const double* lon, const double* lat, std::size_t n) {
    const std::lock_guard lock(m_mutex);
    if (m_disabled)
        return;
    if (m_stamper) {
        m_stamper->stamp(m_layer, lon, lat, nullptr, n, 0, 0, m_layer.height());
        return;
    }
    m_pendingLon.insert(m_pendingLon.end(), lon, lon + n);
    m_pendingLat.insert(m_pendingLat.end(), lat, lat + n);
}

void StreamedPoints::start(const MapView& view, const MapCanvas& canvas,
                           const PointSymbol& symbol) {
    const std::lock_guard lock(m_mutex);
    if (m_disabled || m_stamper)
        return;
    m_layer =
        largeImage(canvas.width, canvas.height, QImage::Format_ARGB32_Premultiplied, canvas.dpi);
    m_layer.fill(Qt::transparent);
    m_stamper = std::make_unique<PointStamper>(view, canvas.scale(),
                                               std::vector<PointSymbol>{symbol}, canvas.height);
    m_stamper->stamp(m_layer, m_pendingLon.data(), m_pendingLat.data(), nullptr,
                     m_pendingLon.size(), 0, 0, m_layer.height());
    m_pendingLon = {};
    m_pendingLat = {};
}

void StreamedPoints::disable() {
    const std::lock_guard lock(m_mutex);
    m_disabled = true;
    m_stamper.reset();
    m_layer = QImage();
    m_pendingLon = {};
    m_pendingLat = {};
}

QImage StreamedPoints::finish() {
    const std::lock_guard lock(m_mutex);
    m_stamper.reset();
    return std::exchange(m_layer, QImage());
}

}  // namespace ecotown::render
