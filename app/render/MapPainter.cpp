#include "app/render/MapPainter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include "app/render/LargeArray.hpp"
#include "app/render/PointStamper.hpp"
#include "geo/Parallel.hpp"

namespace ecotown::render {
namespace {

QColor toQColor(layers::Rgba c, double opacity = 1.0) {
    return QColor(c.r, c.g, c.b,
                  static_cast<int>(std::lround(c.a * std::clamp(opacity, 0.0, 1.0))));
}

QColor opaque(layers::Rgba c) {
    return QColor(c.r, c.g, c.b);
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Noto Sans for Latin, Noto Sans Thai (or TLWG Loma) for Thai: fontconfig falls back per script,
// the list makes the choice explicit where it does not. The family is the list itself, because
// that is what the SVG writer puts in font-family for the viewer to resolve.
QFont mapFont(double pixelSize, bool bold = false) {
    QFont f;
    f.setFamily(QStringLiteral("Noto Sans,Noto Sans Thai,Loma,DejaVu Sans"));
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Thai"),
                   QStringLiteral("Loma"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QRectF toQRect(const PixelRect& r) {
    return QRectF(r.x, r.y, r.width, r.height);
}

// --- polygons ----------------------------------------------------------------------------------

// Sutherland-Hodgman against an axis-aligned box: keeps QPainter's rasteriser within the
// coordinate range it handles when a polygon is far larger than the canvas (zoomed in).
QPolygonF clipToBox(const QPolygonF& ring, const QRectF& box) {
    QPolygonF in = ring, out;
    auto clipEdge = [&](auto inside, auto intersect) {
        out.clear();
        if (in.isEmpty())
            return;
        QPointF prev = in.last();
        bool prevIn = inside(prev);
        for (const QPointF& p : in) {
            const bool pIn = inside(p);
            if (pIn) {
                if (!prevIn)
                    out.append(intersect(prev, p));
                out.append(p);
            } else if (prevIn) {
                out.append(intersect(prev, p));
            }
            prev = p, prevIn = pIn;
        }
        in.swap(out);
    };
    const double x0 = box.left(), x1 = box.right(), y0 = box.top(), y1 = box.bottom();
    auto atX = [](const QPointF& a, const QPointF& b, double x) {
        const double t = (x - a.x()) / (b.x() - a.x());
        return QPointF(x, a.y() + t * (b.y() - a.y()));
    };
    auto atY = [](const QPointF& a, const QPointF& b, double y) {
        const double t = (y - a.y()) / (b.y() - a.y());
        return QPointF(a.x() + t * (b.x() - a.x()), y);
    };
    clipEdge([&](const QPointF& p) { return p.x() >= x0; },
             [&](const QPointF& a, const QPointF& b) { return atX(a, b, x0); });
    clipEdge([&](const QPointF& p) { return p.x() <= x1; },
             [&](const QPointF& a, const QPointF& b) { return atX(a, b, x1); });
    clipEdge([&](const QPointF& p) { return p.y() >= y0; },
             [&](const QPointF& a, const QPointF& b) { return atY(a, b, y0); });
    clipEdge([&](const QPointF& p) { return p.y() <= y1; },
             [&](const QPointF& a, const QPointF& b) { return atY(a, b, y1); });
    return in;
}

// The polygon in pixels, rings as subpaths (odd-even fill makes the holes), clipped to a box a
// little larger than the canvas so that clip edges stay out of sight.
QPainterPath polygonPath(const geo::Geometry& g, const MapView& view, const QRectF& clipBox) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (g.type != geo::GeometryType::Polygon && g.type != geo::GeometryType::MultiPolygon)
        return path;
    QPolygonF ring;
    std::uint32_t begin = 0;
    for (std::uint32_t end : g.ringEnds) {
        ring.clear();
        ring.reserve(static_cast<int>(end - begin));
        for (std::uint32_t i = begin; i < end; ++i) {
            const geo::XY p = view.toPixel(g.coords[i].x, g.coords[i].y);
            ring.append(QPointF(p.x, p.y));
        }
        begin = end;
        if (ring.size() < 3)
            continue;
        const QRectF bounds = ring.boundingRect();
        if (!bounds.intersects(clipBox))
            continue;
        if (!clipBox.contains(bounds))
            ring = clipToBox(ring, clipBox);
        if (ring.size() < 3)
            continue;
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

// --- text --------------------------------------------------------------------------------------

// Text as outlines with a halo, for labels over the map.
// A polygon in its style: fill, then hatching (clipped to it), then the outline, solid or
// dashed. `s` scales the style's 96-dpi pixels.
void paintPolygon(QPainter& p, const QPainterPath& path, const PolygonStyle& st, double s) {
    const layers::MapStyle& ms = layers::mapStyle();
    p.setPen(Qt::NoPen);
    p.setBrush(toQColor(st.fill, st.fillOpacity));
    p.drawPath(path);
    if (st.hatched) {
        // lines at 45°, falling to the right, hatchSpacing apart across them (as the window)
        p.save();
        p.setClipPath(path, Qt::IntersectClip);
        p.setPen(QPen(toQColor(ms.uncertain), std::max(1.0, s)));
        const QRectF r = path.boundingRect();
        const double step = ms.hatchSpacing * s * std::sqrt(2.0);
        for (double v = std::floor((r.left() - r.bottom()) / step) * step; v <= r.right() - r.top();
             v += step) {
            // screen y grows down: along x - y = v the line falls to the right
            p.drawLine(QPointF(r.left(), r.left() - v), QPointF(r.right(), r.right() - v));
        }
        p.restore();
    }
    if (st.outlineWidth > 0) {
        QPen pen(toQColor(st.dashedOutline ? ms.uncertain : st.outline), st.outlineWidth * s,
                 Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        if (st.dashedOutline)
            pen.setDashPattern({ms.dashLength / st.outlineWidth, ms.dashGap / st.outlineWidth});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
}

void drawHaloText(QPainter& p, const QPointF& baseline, const QString& text, const QFont& font,
                  const QColor& color, const QColor& halo, double haloWidth) {
    QPainterPath path;
    path.addText(baseline, font, text);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.fillPath(path, color);
}

QString groupedNumber(double metres) {
    // "100 km", "500 m"
    if (metres >= 1000)
        return QString::number(metres / 1000, 'f', 0) + QStringLiteral(" km");
    return QString::number(metres, 'f', 0) + QStringLiteral(" m");
}

}  // namespace

// The pixels live in a LargeArray, handed to the QImage, which frees them.
QImage largeImage(int width, int height, QImage::Format format, double dpi) {
    struct Pixels {
        std::uint32_t* data;
        std::size_t count;
    };
    LargeArray<std::uint32_t> buffer(static_cast<std::size_t>(width) *
                                     static_cast<std::size_t>(height));
    auto* pixels = new Pixels{nullptr, 0};
    pixels->data = buffer.release(pixels->count);
    QImage image(
        reinterpret_cast<uchar*>(pixels->data), width, height, width * 4, format,
        [](void* info) {
            auto* p = static_cast<Pixels*>(info);
            LargeArray<std::uint32_t>::free(p->data, p->count);
            delete p;
        },
        pixels);
    const int dpm = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

MapPainter::MapPainter(const MapScene& scene, const MapCanvas& canvas, unsigned threads)
    : m_scene(scene),
      m_canvas(canvas),
      m_layout(layoutMap(canvas, !scene.title.empty(), !scene.legend.empty())),
      m_view(MapView::fit(scene.extent, m_layout.frame)),
      m_threads(threads) {}

QImage MapPainter::renderImage() const {
    return compose(renderLayers());
}

MapPainter::Layers MapPainter::renderLayers() const {
    Layers layers;
    layers.below = largeImage(m_canvas.width, m_canvas.height, QImage::Format_RGB32, m_canvas.dpi);
    layers.below.fill(toQColor(m_scene.background));
    {
        QPainter p(&layers.below);
        paintBelowPoints(p);
    }
    layers.above = largeImage(m_canvas.width, m_canvas.height, QImage::Format_ARGB32_Premultiplied,
                              m_canvas.dpi);
    layers.above.fill(Qt::transparent);
    {
        QPainter p(&layers.above);
        paintAbovePoints(p);
    }
    return layers;
}

QImage MapPainter::compose(Layers layers) const {
    QImage image = std::move(layers.below);
    if (layers.points.isNull())
        stampPoints(image, m_threads);
    QPainter p(&image);
    if (!layers.points.isNull())
        p.drawImage(0, 0, layers.points);
    p.drawImage(0, 0, layers.above);
    return image;
}

void MapPainter::paint(QPainter& painter) const {
    painter.fillRect(QRectF(0, 0, m_canvas.width, m_canvas.height), toQColor(m_scene.background));
    paintBelowPoints(painter);
    if (m_scene.points.size() <= kVectorPointLimit) {
        paintPointsAsVectors(painter);
    } else {
        QImage points(m_canvas.width, m_canvas.height, QImage::Format_ARGB32_Premultiplied);
        points.fill(Qt::transparent);
        stampPoints(points, m_threads);
        painter.drawImage(QRectF(0, 0, m_canvas.width, m_canvas.height), points);
    }
    paintAbovePoints(painter);
}

void MapPainter::paintBelowPoints(QPainter& p) const {
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPolygons(p, m_scene.polygonLayers);
}

void MapPainter::paintAbovePoints(QPainter& p) const {
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPolygons(p, m_scene.upperLayers);
    paintLabels(p);
    paintTitle(p);
    paintLegend(p);
    paintScaleBar(p);
    paintNorthArrow(p);
    paintSource(p);
}

void MapPainter::paintPolygons(QPainter& p, const std::vector<PolygonLayer>& layers) const {
    const double s = m_canvas.scale();
    const double pad = 16 * s;
    const QRectF clipBox(-pad, -pad, m_canvas.width + 2 * pad, m_canvas.height + 2 * pad);
    for (const PolygonLayer& layer : layers) {
        for (const MapPolygon& polygon : layer.polygons) {
            const QPainterPath path = polygonPath(polygon.shape, m_view, clipBox);
            if (path.isEmpty())
                continue;
            paintPolygon(p, path, polygon.style, s);
        }
    }
}

std::size_t MapPainter::stampPoints(QImage& image, unsigned threads) const {
    const PointLayer& points = m_scene.points;
    if (points.size() == 0 || points.symbols.empty())
        return 0;
    const PointStamper stamper(m_view, m_canvas.scale(), points.symbols, image.height());
    const int h = image.height();
    // One thread unless asked: bands of rows in parallel were measured no faster on the 2-core
    // benchmark VM (stamping waits on memory). Each thread owns a band of rows and stamps, symbol
    // by symbol (later symbols on top), the points that reach into it, writing only its own
    // rows: no pixel is written by two threads and the image is the one a single thread makes.
    if (threads == 0)
        threads = 1;
    // Bands of equal work rather than equal height (points crowd around Bangkok): the rows of
    // the latitude quantiles of a sample of the points.
    std::vector<int> edges = {0};
    {
        std::vector<double> sample;
        const std::size_t step = std::max<std::size_t>(1, points.size() / 20000);
        for (std::size_t i = 0; threads > 1 && i < points.size(); i += step) {
            const double lat = points.lat[i];
            if (std::isfinite(lat))
                sample.push_back(lat);
        }
        std::sort(sample.begin(), sample.end(), std::greater<>());  // north (row 0) first
        for (unsigned b = 1; b < threads; ++b) {
            int row = h * static_cast<int>(b) / static_cast<int>(threads);
            if (!sample.empty()) {
                const double lat = sample[sample.size() * b / threads];
                row = static_cast<int>(std::lround(m_view.toPixel(0, lat).y));
            }
            edges.push_back(std::clamp(row, edges.back(), h));
        }
        edges.push_back(h);
    }
    const std::uint8_t* symbol = points.symbol.empty() ? nullptr : points.symbol.data();
    auto stampBand = [&](int y0, int y1) {
        std::size_t drawn = 0;
        for (std::size_t sym = 0; sym < (symbol ? points.symbols.size() : 1); ++sym) {
            drawn += stamper.stamp(image, points.lon.data(), points.lat.data(), symbol,
                                   points.size(), sym, y0, y1);
        }
        return drawn;
    };
    std::vector<std::size_t> drawn(threads, 0);
    geo::parallelFor(threads, [&](std::size_t b) { drawn[b] = stampBand(edges[b], edges[b + 1]); });
    std::size_t total = 0;
    for (std::size_t n : drawn)
        total += n;
    return total;
}

void MapPainter::paintPointsAsVectors(QPainter& p) const {
    const PointLayer& points = m_scene.points;
    if (points.size() == 0 || points.symbols.empty())
        return;
    const double s = m_canvas.scale();
    p.setPen(Qt::NoPen);
    for (std::size_t sym = 0; sym < points.symbols.size(); ++sym) {
        const bool oneSymbol = points.symbol.empty();
        if (oneSymbol && sym > 0)
            break;
        const double r = std::max(0.5, points.symbols[sym].diameter * s / 2);
        p.setBrush(toQColor(points.symbols[sym].color));
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!oneSymbol && points.symbol[i] != sym)
                continue;
            const geo::XY c = m_view.toPixel(points.lon[i], points.lat[i]);
            if (c.x < -r || c.y < -r || c.x > m_canvas.width + r || c.y > m_canvas.height + r)
                continue;
            p.drawEllipse(QPointF(c.x, c.y), r, r);
        }
    }
}

void MapPainter::paintLabels(QPainter& p) const {
    if (m_scene.labels.empty())
        return;
    const double s = m_canvas.scale();
    const QColor color = toQColor(m_scene.labelColor), halo = toQColor(m_scene.haloColor);
    std::vector<QRectF> placed;
    // The furniture covers the map there: no label under it.
    for (const PixelRect& r :
         {m_layout.title, m_layout.legend, m_layout.northArrow, m_layout.scaleBar})
        if (r.width > 0 && r.height > 0)
            placed.push_back(toQRect(r));
    const QRectF canvas(0, 0, m_canvas.width, m_canvas.height);
    // the zoom level the window would show this view at (its pixels are 96 dpi pixels)
    const double zoom = std::log2(m_view.pixelsPerWorld() / (256.0 * s));
    for (const MapLabel& label : m_scene.labels) {
        if (zoom < label.minZoom)
            continue;
        const QFont font = mapFont(label.size * s, label.bold);
        const QFontMetricsF fm(font);
        const QString text = qs(label.text);
        const geo::XY c = m_view.toPixel(label.lon, label.lat);
        const double w = fm.horizontalAdvance(text), h = fm.height();
        const QRectF r(c.x - w / 2, c.y - h / 2, w, h);
        if (!canvas.contains(r))
            continue;
        const QRectF padded = r.adjusted(-2 * s, -1 * s, 2 * s, 1 * s);
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& o) { return o.intersects(padded); }))
            continue;
        placed.push_back(padded);
        drawHaloText(p, QPointF(r.left(), r.top() + fm.ascent()), text, font,
                     label.color ? toQColor(*label.color) : color, halo, 3 * s);
    }
}

void MapPainter::paintTitle(QPainter& p) const {
    if (m_scene.title.empty() || m_layout.title.width <= 0)
        return;
    const double s = m_canvas.scale();
    const QRectF box = toQRect(m_layout.title);
    const QFont titleFont = mapFont(22 * s, true), subFont = mapFont(13 * s);
    const QFontMetricsF tm(titleFont), sm(subFont);
    const double pad = 8 * s;
    const QString title = tm.elidedText(qs(m_scene.title), Qt::ElideRight, box.width() - 2 * pad);
    const QString sub = sm.elidedText(qs(m_scene.subtitle), Qt::ElideRight, box.width() - 2 * pad);
    const double textW =
        std::max(tm.horizontalAdvance(title), sub.isEmpty() ? 0.0 : sm.horizontalAdvance(sub));
    const double textH = tm.height() + (sub.isEmpty() ? 0.0 : sm.height());
    const QRectF back(box.left(), box.top(), std::min(box.width(), textW + 2 * pad),
                      std::min(box.height(), textH + 2 * pad * 0.75));
    p.setPen(Qt::NoPen);
    p.setBrush(toQColor(m_scene.haloColor));
    p.drawRoundedRect(back, 4 * s, 4 * s);
    p.setPen(toQColor(m_scene.labelColor));
    p.setFont(titleFont);
    double y = back.top() + pad * 0.75 + tm.ascent();
    p.drawText(QPointF(back.left() + pad, y), title);
    if (!sub.isEmpty()) {
        p.setFont(subFont);
        y += tm.descent() + sm.ascent();
        p.drawText(QPointF(back.left() + pad, y), sub);
    }
}

void MapPainter::paintLegend(QPainter& p) const {
    if (m_scene.legend.empty() || m_layout.legend.width <= 0)
        return;
    const double s = m_canvas.scale();
    const QRectF column = toQRect(m_layout.legend);
    const QFont headingFont = mapFont(12.5 * s, true), entryFont = mapFont(12 * s);
    const QFontMetricsF hm(headingFont), em(entryFont);
    const double pad = 10 * s, rowH = std::max(18 * s, em.height() + 2 * s),
                 headingH = hm.height() + 4 * s;
    const double gap = 6 * s, swatchW = 22 * s, swatchH = 13 * s;
    double height = 2 * pad - gap;
    for (const LegendSection& section : m_scene.legend)
        height += headingH + rowH * static_cast<double>(section.entries.size()) + gap;
    const QRectF box(column.left(), column.top(), column.width(),
                     std::min(column.height(), height));
    p.save();
    p.setClipRect(box.adjusted(-1, -1, 1, 1));
    p.setBrush(toQColor(m_scene.haloColor));
    p.setPen(QPen(toQColor(m_scene.labelColor, 0.5), 1 * s));
    p.drawRoundedRect(box, 4 * s, 4 * s);
    const QColor text = toQColor(m_scene.labelColor);
    double y = box.top() + pad;
    for (const LegendSection& section : m_scene.legend) {
        p.setFont(headingFont);
        p.setPen(text);
        p.drawText(QPointF(box.left() + pad, y + hm.ascent()),
                   hm.elidedText(qs(section.heading), Qt::ElideRight, box.width() - 2 * pad));
        y += headingH;
        for (const LegendEntry& e : section.entries) {
            const QRectF swatch(box.left() + pad, y + (rowH - swatchH) / 2, swatchW, swatchH);
            if (e.symbol == LegendEntry::Symbol::Fill) {
                QPainterPath path;
                path.addRect(swatch);
                PolygonStyle st = e.fill;
                st.outlineWidth = st.outlineWidth > 0 ? std::max(1.0 / s, st.outlineWidth) : 0;
                paintPolygon(p, path, st, s);
            } else {
                const double r = std::max(1.0, e.point.diameter * s / 2);
                p.setPen(Qt::NoPen);
                p.setBrush(toQColor(e.point.color));
                p.drawEllipse(swatch.center(), r, r);
            }
            p.setFont(entryFont);
            p.setPen(text);
            const QString count = qs(e.count);
            const double countW = count.isEmpty() ? 0.0 : em.horizontalAdvance(count) + 8 * s;
            const double textX = swatch.right() + 8 * s;
            const double baseline = y + (rowH - em.height()) / 2 + em.ascent();
            p.drawText(QPointF(textX, baseline), em.elidedText(qs(e.text), Qt::ElideRight,
                                                               box.right() - pad - countW - textX));
            if (!count.isEmpty())
                p.drawText(QPointF(box.right() - pad - em.horizontalAdvance(count), baseline),
                           count);
            y += rowH;
        }
        y += gap;
    }
    p.restore();
}

void MapPainter::paintScaleBar(QPainter& p) const {
    if (!m_scene.scaleBar || m_layout.scaleBar.width <= 0)
        return;
    const double s = m_canvas.scale();
    const QRectF box = toQRect(m_layout.scaleBar);
    const PixelRect& f = m_layout.frame;
    const double lat = m_view.toLonLat(f.x + f.width / 2, f.y + f.height / 2).y;
    const double mpp = m_view.metresPerPixel(lat);
    const double pad = 6 * s;
    const double maxPx = box.width() - 2 * pad - 40 * s;
    if (maxPx <= 0 || !(mpp > 0))
        return;
    // the longest 1, 2 or 5 x 10^n metres that fits
    const double target = mpp * maxPx;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double metres = magnitude;
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * magnitude <= target) {
            metres = m * magnitude;
            break;
        }
    }
    const double len = metres / mpp;
    const QFont font = mapFont(11 * s);
    const QFontMetricsF fm(font);
    const QString endLabel = groupedNumber(metres);
    const double barH = 6 * s;
    const QRectF back(
        box.left(), box.top(),
        std::min(box.width(), len + 2 * pad + fm.horizontalAdvance(endLabel) / 2 + pad),
        box.height());
    p.setPen(Qt::NoPen);
    p.setBrush(toQColor(m_scene.haloColor));
    p.drawRoundedRect(back, 3 * s, 3 * s);
    const double x0 = back.left() + pad, y0 = back.bottom() - pad - barH;
    const int segments = 4;
    for (int i = 0; i < segments; ++i) {
        const QRectF seg(x0 + len * i / segments, y0, len / segments, barH);
        p.setBrush(i % 2 == 0 ? opaque(m_scene.labelColor) : opaque(m_scene.haloColor));
        p.setPen(QPen(toQColor(m_scene.labelColor), std::max(1.0, 0.8 * s)));
        p.drawRect(seg);
    }
    p.setFont(font);
    p.setPen(toQColor(m_scene.labelColor));
    const double baseline = y0 - 3 * s;
    p.drawText(QPointF(x0 - fm.horizontalAdvance(QStringLiteral("0")) / 2, baseline),
               QStringLiteral("0"));
    p.drawText(QPointF(x0 + len - fm.horizontalAdvance(endLabel) / 2, baseline), endLabel);
}

void MapPainter::paintNorthArrow(QPainter& p) const {
    if (!m_scene.northArrow)
        return;
    const double s = m_canvas.scale();
    const QRectF box = toQRect(m_layout.northArrow);
    const QColor ink = toQColor(m_scene.labelColor), paper = opaque(m_scene.haloColor);
    p.setPen(Qt::NoPen);
    p.setBrush(toQColor(m_scene.haloColor));
    p.drawRoundedRect(box, 4 * s, 4 * s);
    const QFont font = mapFont(13 * s, true);
    const QFontMetricsF fm(font);
    const QString n = QStringLiteral("N");
    p.setFont(font);
    p.setPen(ink);
    p.drawText(
        QPointF(box.center().x() - fm.horizontalAdvance(n) / 2, box.top() + 2 * s + fm.ascent()),
        n);
    // Mercator keeps north up everywhere on the map.
    const double cx = box.center().x(), top = box.top() + 4 * s + fm.height(),
                 bottom = box.bottom() - 4 * s;
    const double half = box.width() * 0.28, notch = bottom - (bottom - top) * 0.22;
    const QPolygonF left({QPointF(cx, top), QPointF(cx - half, bottom), QPointF(cx, notch)});
    const QPolygonF right({QPointF(cx, top), QPointF(cx + half, bottom), QPointF(cx, notch)});
    p.setPen(QPen(ink, std::max(1.0, 0.8 * s), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(ink);
    p.drawPolygon(left);
    p.setBrush(paper);
    p.drawPolygon(right);
}

void MapPainter::paintSource(QPainter& p) const {
    if (m_scene.source.empty())
        return;
    const double s = m_canvas.scale();
    const QRectF box = toQRect(m_layout.source);
    const QFont font = mapFont(10 * s);
    const QFontMetricsF fm(font);
    const QString text = fm.elidedText(qs(m_scene.source), Qt::ElideRight, box.width());
    drawHaloText(p, QPointF(box.left(), box.top() + (box.height() - fm.height()) / 2 + fm.ascent()),
                 text, font, toQColor(m_scene.labelColor), toQColor(m_scene.haloColor), 3 * s);
}

}  // namespace ecotown::render
