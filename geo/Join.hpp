#pragma once
// Point-in-polygon joins: which polygon contains each point. An STR-tree over the polygons'
// envelopes picks candidates, prepared GEOS geometries decide; a grid of cells that lie wholly
// inside one polygon answers most points without touching GEOS.

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "geo/Geometry.hpp"

namespace ecotown::geo {

class PolygonIndex {
  public:
    // Polygons (Polygon or MultiPolygon) in one CRS; their position is the id returned.
    explicit PolygonIndex(std::vector<Geometry> polygons);
    ~PolygonIndex();
    PolygonIndex(PolygonIndex&&) noexcept;
    PolygonIndex& operator=(PolygonIndex&&) noexcept;

    std::size_t size() const;
    // Index of the polygon containing (x, y) (boundary counts as inside; the first match wins
    // where polygons overlap), or -1. Thread-safe.
    std::int32_t locate(double x, double y) const;
    // Same for many points, over `threads` threads (0 = hardware concurrency).
    std::vector<std::int32_t> locateAll(std::span<const double> x, std::span<const double> y,
                                        unsigned threads = 0) const;
    // Number of points per polygon.
    std::vector<std::int64_t> countAll(std::span<const double> x, std::span<const double> y,
                                       unsigned threads = 0) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ecotown::geo
