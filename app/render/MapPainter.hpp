#pragma once
// Draws a MapScene: into an RGB image (PNG), or on any QPainter device (PDF, SVG). Polygons, text
// and the map furniture (title, legend, scale bar, north arrow, source line) go through QPainter.
// The point layer does not: in the raster path it is stamped into the image's pixels from
// pre-drawn antialiased sprites (PointStamper). On vector devices points are circles up to
// kVectorPointLimit, above that one embedded image at the canvas's resolution.
//
// Text needs a QGuiApplication (fonts); see OffscreenGui.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <QImage>

#include "app/render/MapScene.hpp"
#include "app/render/MapView.hpp"

class QPainter;

namespace ecotown::render {

inline constexpr std::size_t kVectorPointLimit = 20000;

// An image of `format` whose pixels are mapped with transparent huge pages (LargeArray), not
// initialised; its resolution set to `dpi`.
QImage largeImage(int width, int height, QImage::Format format, double dpi);

class MapPainter {
  public:
    // The scene must outlive the painter. `threads` for stamping the points (0: one).
    MapPainter(const MapScene& scene, const MapCanvas& canvas, unsigned threads = 0);

    const MapCanvas& canvas() const { return m_canvas; }
    const MapLayout& layout() const { return m_layout; }
    const MapView& view() const { return m_view; }
    unsigned threads() const { return m_threads; }

    // The whole map, Format_RGB32, canvas size, its resolution set to the canvas's dpi.
    QImage renderImage() const;  // compose(renderLayers())

    // The map without its points, for drawing while they are still being read: what lies below
    // them (background, polygons; Format_RGB32) and what lies above them (labels, title, legend,
    // scale bar, north arrow, source line; a transparent Format_ARGB32_Premultiplied image).
    struct Layers {
        QImage below;
        QImage above;
        QImage points;  // already stamped (StreamedPoints), or null: compose() stamps them
    };
    Layers renderLayers() const;
    // Stamps the scene's points (as they are now) into `below`, or lays the stamped `points` over
    // it, and lays `above` over that.
    QImage compose(Layers layers) const;
    // The whole map on a device whose logical coordinates are the canvas's pixels.
    void paint(QPainter& painter) const;
    // Stamps the point layer into `image` (Format_RGB32 or Format_ARGB32_Premultiplied, canvas
    // size), in `threads` bands of rows (0: one); returns how many points fell on the canvas.
    std::size_t stampPoints(QImage& image, unsigned threads = 0) const;

  private:
    void paintBelowPoints(QPainter& painter) const;
    void paintAbovePoints(QPainter& painter) const;
    void paintPolygons(QPainter& painter, const std::vector<PolygonLayer>& layers) const;
    void paintPointsAsVectors(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    void paintTitle(QPainter& painter) const;
    void paintLegend(QPainter& painter) const;
    void paintScaleBar(QPainter& painter) const;
    void paintNorthArrow(QPainter& painter) const;
    void paintSource(QPainter& painter) const;

    const MapScene& m_scene;
    MapCanvas m_canvas;
    MapLayout m_layout;
    MapView m_view;
    unsigned m_threads = 0;
};

}  // namespace ecotown::render
