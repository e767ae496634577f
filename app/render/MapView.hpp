#pragma once
// Where things land on a rendered map: the canvas (pixels and resolution), its layout (the frame
// the data is fitted into, and the boxes of title, legend, north arrow, scale bar and source
// line) and the projection. The projection is Web Mercator (EPSG:3857) in the map window's world
// units (0..1 west to east, 0..1 north to south), scaled and centred so that an extent fits the
// frame. Plain math without Qt: the tests compute where a place must appear with it.

#include "geo/Geometry.hpp"

namespace ecotown::render {

// Web Mercator world units, as the map window uses them (app/gui/FactoryPoints::mercatorX/Y).
double webMercatorX(double lon);
double webMercatorY(double lat);  // latitude clamped to the Mercator limit (85.05°)
double latitudeOfWebMercatorY(double y);

inline constexpr double kEarthCircumferenceMetres = 40075016.685578488;  // EPSG:3857 equator

struct PixelRect {
    double x = 0, y = 0, width = 0, height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool contains(double px, double py) const {
        return px >= x && px < right() && py >= y && py < bottom();
    }
};

// The output: size in pixels and the resolution; symbol sizes, line widths and text in the style
// are "pixels at 96 dpi", so they grow with scale().
struct MapCanvas {
    int width = 1600;
    int height = 1000;
    double dpi = 96;
    double scale() const { return dpi / 96.0; }
};

struct MapLayout {
    PixelRect frame;       // the selection's extent is fitted into this
    PixelRect title;       // empty without a title
    PixelRect legend;      // the legend's column (the box is as tall as its rows); empty without
    PixelRect northArrow;  // top right
    PixelRect scaleBar;    // bottom left
    PixelRect source;      // the source line, bottom left under the scale bar
};

// The boxes of a canvas. The map's background (sea, neighbouring countries) covers the whole
// canvas; the frame leaves room for the title above and the legend on the right.
MapLayout layoutMap(const MapCanvas& canvas, bool withTitle, bool withLegend);

class MapView {
  public:
    // `extent` (longitude/latitude) fitted into `frame`, aspect kept, centred.
    static MapView fit(const geo::Extent& extent, const PixelRect& frame);

    geo::XY toPixel(double lon, double lat) const {
        return {webMercatorX(lon) * m_scale - m_originX, webMercatorY(lat) * m_scale - m_originY};
    }
    geo::XY toLonLat(double px, double py) const;
    // Pixels per world unit (the whole world is this many pixels wide).
    double pixelsPerWorld() const { return m_scale; }
    // World coordinates of pixel (0, 0).
    double originX() const { return m_originX; }
    double originY() const { return m_originY; }
    // Ground metres one pixel covers at a latitude (Mercator's scale grows towards the poles).
    double metresPerPixel(double lat) const;

  private:
    double m_scale = 1;
    double m_originX = 0;
    double m_originY = 0;
};

}  // namespace ecotown::render
