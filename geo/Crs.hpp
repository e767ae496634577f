#pragma once
// Coordinate reference systems and transformations, backed by PROJ. Axis order is decided here,
// once: x = longitude (or easting), y = latitude (or northing), whatever the authority says.

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "geo/Geometry.hpp"

namespace ecotown::geo {

struct CrsBuilder;

class Crs {
  public:
    Crs() = default;  // an unknown CRS
    // "EPSG:32647", "32647", a PROJ string, WKT, "WGS84"... Throws UsageError when unknown.
    static Crs fromUserInput(const std::string& text);
    static Crs fromWkt(const std::string& wkt);
    static Crs wgs84();

    bool isKnown() const { return !m_wkt.empty(); }
    const std::string& wkt() const { return m_wkt; }
    const std::string& name() const { return m_name; }
    // "EPSG:32647", or empty when the CRS has no authority code.
    const std::string& authorityCode() const { return m_authority; }
    bool isGeographic() const { return m_geographic; }
    // Where the CRS is meant to be used, in WGS 84 longitude/latitude.
    const std::optional<Extent>& areaOfUse() const { return m_areaOfUse; }
    bool isWgs84() const { return m_authority == "EPSG:4326" || m_authority == "OGC:CRS84"; }
    // Same CRS (by authority code, else by WKT).
    bool sameAs(const Crs& other) const;
    // A short label for messages: the authority code, else the name.
    std::string label() const;

  private:
    friend struct CrsBuilder;
    std::string m_wkt;
    std::string m_name;
    std::string m_authority;
    bool m_geographic = false;
    std::optional<Extent> m_areaOfUse;
};

// Transforms coordinates between two CRSs with PROJ, traditional GIS axis order on both sides.
// Not thread-safe: one object per thread (it owns its PROJ context).
class CoordinateTransform {
  public:
    CoordinateTransform(const Crs& source, const Crs& target);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;

    bool isIdentity() const;
    // Throws Error when a coordinate cannot be transformed.
    XY transform(XY p) const;
    // In place; returns false when any coordinate failed (those become infinity).
    bool transform(std::span<XY> points) const;
    void transform(Geometry& geometry) const;
    Extent transform(const Extent& extent) const;  // densified edges
    // A description of the operation PROJ chose, with its accuracy when known.
    std::string operationDescription() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ecotown::geo
