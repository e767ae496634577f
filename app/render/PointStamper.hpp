#pragma once
// The raster point layer: points stamped into an image's pixels from pre-drawn antialiased
// sprites (a million points in tens of milliseconds, where a QPainter ellipse per point takes
// seconds), and StreamedPoints, which does it while the points are still being read.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include <QImage>

#include "app/render/MapScene.hpp"
#include "app/render/MapView.hpp"

namespace ecotown::render {

class PointStamper {
  public:
    // Sprites for `symbols` at the canvas's scale, rows for an image `imageHeight` pixels tall.
    PointStamper(const MapView& view, double scale, const std::vector<PointSymbol>& symbols,
                 int imageHeight);
    ~PointStamper();
    PointStamper(const PointStamper&) = delete;
    PointStamper& operator=(const PointStamper&) = delete;

    // Stamps the points i < n with symbol[i] == sym (symbol null: all points, symbols[sym]) into
    // the rows [y0, y1) of `image` (Format_RGB32 or Format_ARGB32_Premultiplied, the canvas's
    // size), source-over. Returns how many of those points lie in these rows. Writes no other row:
    // threads may stamp different bands of one image at once.
    std::size_t stamp(QImage& image, const double* lon, const double* lat,
                      const std::uint8_t* symbol, std::size_t n, std::size_t sym, int y0,
                      int y1) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// A point layer of one symbol stamped as the points arrive from a reader
// (geo::PointReadOptions::onPoints), once the map's view is known; what arrives before is kept
// until then. The layer is a transparent image laid over what lies below the points: the same
// pixels as stamping the whole layer at the end, but the work is done while the file is read.
class StreamedPoints {
  public:
    // From the reader, one call at a time (on its threads); the arrays are copied or stamped.
    void add(const double* lon, const double* lat, std::size_t n);
    // The view is known: stamps what has arrived and, from now on, what arrives.
    void start(const MapView& view, const MapCanvas& canvas, const PointSymbol& symbol);
    // The points will be drawn another way (they need a transformation first): drop them.
    void disable();
    // When the reader is done: the stamped layer (Format_ARGB32_Premultiplied), or a null image
    // when it was never started or was disabled.
    QImage finish();

  private:
    std::mutex m_mutex;  // add() runs on the reader's threads, the rest on the caller's
    bool m_disabled = false;
    std::vector<double> m_pendingLon, m_pendingLat;  // before start()
    std::unique_ptr<PointStamper> m_stamper;
    QImage m_layer;
};

}  // namespace ecotown::render
