#pragma once
// The factory points the map draws: the selected factories in Web-Mercator world units (0..1,
// y down) relative to a local origin, so that float32 keeps sub-pixel precision at street zoom,
// with a colour and a size each. At low zoom the points are aggregated into cells of a few
// pixels drawn as a quiet density (layers::factoryDensityColor), precomputed per zoom level when
// the selection changes so that panning and zooming never touch the million points on the GUI
// thread.

#include <array>
#include <cstdint>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/FactorySummary.hpp"
#include "layers/Filter.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {

struct PointVertex {
    float x = 0, y = 0;  // world units relative to the origin
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    float size = 4;  // pixels
};

using layers::FactorySymbolToggles;

class FactoryPoints {
  public:
    static constexpr double kOriginLon = 101.0;
    static constexpr double kOriginLat = 13.0;
    static constexpr int kFirstAggregatedZoom = 4;
    static constexpr int kLastAggregatedZoom = 8;  // above it every factory is drawn

    static double mercatorX(double lon);
    static double mercatorY(double lat);
    static double originX();
    static double originY();

    // The selected factories' points and (when `aggregate`) their cells at each low zoom.
    void rebuild(const layers::Atlas& atlas, const layers::Selection& selection,
                 const FactorySymbolToggles& toggles, double devicePixelRatio = 1.0,
                 bool aggregate = true);
    // The cells of one low zoom as a server counted them (the factories stay on the server).
    void setCells(int zoom, const std::vector<layers::DensityCell>& cells,
                  double devicePixelRatio = 1.0);
    // Above kLastAggregatedZoom, draw that zoom's cells instead of the points: the factories of
    // the view are not read (yet, or too many).
    void setCellsAboveLastZoom(bool on);
    bool cellsAboveLastZoom() const { return m_cellsAbove; }
    // No points, no cells.
    void clear();
    // The vertices to draw at this zoom level (aggregated below kLastAggregatedZoom + 1).
    const std::vector<PointVertex>& forZoom(double zoom) const;
    std::uint64_t version() const { return m_version; }
    std::size_t individualCount() const { return m_points.size(); }
    // The shown factory (atlas index) nearest to world point (x, y) within r world units, or
    // -1: for picking with the mouse. Through a grid of the shown points, built by the first
    // query after a rebuild.
    std::int64_t nearestFactory(double x, double y, double r) const;

  private:
    struct Grid {
        double x0 = 0, y0 = 0, cell = 1;
        int nx = 0, ny = 0;
        std::vector<std::uint32_t> start;  // per cell, into items; one more at the end
        std::vector<std::uint32_t> items;  // indices into m_wx/m_wy/m_factory, cell by cell
        bool built = false;
    };
    void buildGrid() const;

    std::vector<double> m_wx, m_wy;        // world position of each shown factory
    std::vector<std::uint32_t> m_factory;  // its atlas index
    mutable Grid m_grid;
    std::vector<PointVertex> m_points;
    std::array<std::vector<PointVertex>, kLastAggregatedZoom + 1> m_aggregated;
    std::uint64_t m_version = 0;
    bool m_cellsAbove = false;
};

}  // namespace ecotown::gui
