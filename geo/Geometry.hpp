#pragma once
// Our own geometry value type: what geo/ hands to layers/ and app/ instead of OGR or GEOS objects.
// Simple-features types only (curves are linearised on read). Coordinates are x = easting or
// longitude, y = northing or latitude, always in that order.

#include <cstdint>
#include <string>
#include <vector>

namespace ecotown::geo {

struct XY {
    double x = 0;
    double y = 0;
    friend bool operator==(const XY&, const XY&) = default;
};

enum class GeometryType : std::uint8_t {
    None,  // a null geometry, or a layer without geometry
    Point,
    LineString,
    Polygon,
    MultiPoint,
    MultiLineString,
    MultiPolygon,
    GeometryCollection,  // read and written whole (see Geometry::collectionWkb)
};

const char* geometryTypeName(GeometryType type);

struct Extent {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool valid = false;
    void include(double x, double y);
    void include(const Extent& other);
    bool contains(double x, double y) const {
        return valid && x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
    bool intersects(const Extent& o) const {
        return valid && o.valid && minX <= o.maxX && o.minX <= maxX && minY <= o.maxY &&
               o.minY <= maxY;
    }
};

// Does the segment a-b touch the closed rectangle (its edges count)? Liang-Barsky clipping.
bool segmentTouchesBox(XY a, XY b, const Extent& box);

// Flat storage: all vertices in `coords`; `ringEnds[i]` is one past the last vertex of ring (or
// line) i; `partEnds[j]` is one past the last ring of polygon part j (MultiPolygon/Polygon) or of
// line j (MultiLineString). A MultiPoint has one vertex per point and no rings. Polygon rings are
// closed (first vertex repeated last), exterior ring first.
struct Geometry {
    GeometryType type = GeometryType::None;
    std::vector<XY> coords;
    std::vector<double> z;  // empty, or one per coordinate
    std::vector<std::uint32_t> ringEnds;
    std::vector<std::uint32_t> partEnds;
    // A GeometryCollection only: its members' structure as ISO WKB (little-endian, linear). Its
    // vertices are `coords` (and `z`), in the order the WKB lists them, and are what counts: a
    // transformation changes `coords` and the writers put them back into the structure.
    std::vector<std::uint8_t> collectionWkb;

    static Geometry point(double x, double y);
    bool isNull() const { return type == GeometryType::None; }
    bool isEmpty() const { return coords.empty(); }
    bool hasZ() const { return !z.empty(); }
    Extent extent() const;

    // Well-known text, for tests, messages and CSV output; parsing goes through GDAL.
    std::string toWkt(int precision = 15) const;
    static Geometry fromWkt(const std::string& wkt);

    friend bool operator==(const Geometry&, const Geometry&) = default;
};

}  // namespace ecotown::geo
