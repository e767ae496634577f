#pragma once
// Statistics of millions of factories on PostgreSQL without reading them: `publish` counts the
// factories ahead by where they lie (province, area) and by the first fiscal year each kind of
// certificate was held (table `factory_profiles`), and the certificates by place, kind and year
// (`certificate_counts`). A GI level "as of" a year, a certificate flag, a place filter and the
// counted years are then answered from those few thousand rows. Certificates recorded after
// the counting (fid above `summary_state.built_through`) are folded in by the query itself, so
// a reader needs no write and the counts stay exact as history grows.
//
// The SQL has every value as a bound parameter; the schema goes through quoteIdentifier.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/Sql.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"
#include "layers/Style.hpp"

namespace ecotown::layers {

// The place part of `filter` as SQL conditions on `alias`.in_province / `alias`.in_area ("TRUE"
// when it limits nothing); the passing ids are appended to `params` as text[] parameters.
std::string placeConditions(const Atlas& atlas, const Filter& filter, const std::string& alias,
                            std::vector<geo::SqlParam>& params);

// A text[] literal of `items` (for one bound parameter).
std::string sqlTextArray(const std::vector<std::string>& items);

// The cells of a query's rows: in_province, in_area, factories, factories without GI and at GI
// levels 1-5, with Eco Factory, with CSR-DIW; then optionally GI certificates of levels 1-5, Eco
// Factory and CSR-DIW certificates. A place the atlas does not know is kNoIndex.
std::vector<FactoryCell> factoryCellsOfRows(const Atlas& atlas, const geo::SqlRows& rows);

// Replaces the counts of `schema` (version 3 or later) from its factories and certificates;
// run by publish inside its transaction.
void rebuildFactorySummary(geo::SqlConnection& db, const std::string& schema);

// The selected factories' cells from the counts, or nullopt when the filter needs the factories
// themselves (a certification rule, a year range or a bbox) or the schema has no counts.
std::optional<std::vector<FactoryCell>> summaryCells(geo::SqlConnection& db,
                                                     const std::string& schema, const Atlas& atlas,
                                                     const Filter& filter, const Selection& sel);

// The factories counted by map cell, for a map's low zooms: never the points themselves.
// Cells are kDensityCellPixels (layers/Style.hpp, as the window's) of a 256-pixel Web-Mercator
// tile at zoom kFirstCellZoom to kLastCellZoom, counted by publish by place, so that the view of
// millions of factories is a few thousand cells.
inline constexpr int kFirstCellZoom = 4;
inline constexpr int kLastCellZoom = 8;

struct DensityCell {
    std::int64_t gx = 0, gy = 0;  // cell column and row at the zoom (from 0 at 180 W / 85 N)
    double wx = 0, wy = 0;        // the mean Web-Mercator position of its factories (0..1, y down)
    double lon = 0, lat = 0;      // the same in degrees
    std::int64_t factories = 0;
};

// Cells of one side of the world at `zoom` (256-pixel tiles of kDensityCellPixels cells).
double cellsPerWorld(int zoom);

// About how many of the factories of `cells` (of `zoom`) lie within `box` (degrees): each cell's
// factories taken as spread evenly over it. For deciding whether a view's factories can be read.
double factoriesWithin(const std::vector<DensityCell>& cells, int zoom, const geo::Extent& box);

// The cells of `zoom` (clamped to the counted zooms) holding factories that pass the filter's
// place criteria (provinces, regions, area phase and stage: where publish placed each factory),
// within `view` when given. Throws geo::DatabaseError; UsageError when the schema has no cells
// (published by an older program: publish again).
std::vector<DensityCell> densityCells(geo::SqlConnection& db, const std::string& schema,
                                      const Atlas& atlas, const Filter& filter, int zoom,
                                      const std::optional<geo::Extent>& view = std::nullopt);

}  // namespace ecotown::layers
