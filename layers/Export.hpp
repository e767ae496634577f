#pragma once
// Writing exactly the selected provinces, areas, estates or factories, with joined and translated
// attributes (Thai and English names, stage and region names, each factory's province, area and
// estate from geometry, Green Industry level as of the selection's year, certificate flags), in
// any format geo::FeatureWriter writes. An empty selection writes an empty file.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Feature.hpp"
#include "geo/Progress.hpp"
#include "geo/Writer.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

enum class ExportLayer : std::uint8_t { Provinces, Areas, Estates, Factories };
std::string_view exportLayerName(ExportLayer layer);  // "provinces", "areas", ...
std::optional<ExportLayer> exportLayerFromName(std::string_view name);

// The fields written for a layer (names as in a GeoPackage, chosen to stay distinct when a
// shapefile truncates them to 10 characters; the writer's notes say how):
//   provinces: province_code, province_num, name_en, name_th, region, region_en, region_th,
//              areas, estates, factories (selected ones inside)
//   areas:     area_id, name_en, name_th, province_code, province_en, province_th, region,
//              phase, year_designated, scope, stage, stage_en, stage_th, status, approximate,
//              estates, factories (selected ones inside)
//   estates:   estate_id, name_en, name_th, province_code, province_en, province_th, region,
//              area_id, area_rai, ieat_level, ieat_th, ieat_year, status, approximate, factories
//   factories: factory_id, name_th, province_code, province_en, province_th, region, region_en,
//              region_th, declared_province, area_id, area_th, estate_id, estate_th, gi_level,
//              gi_name_en, gi_name_th, gi_year, eco_factory, csr_diw, as_of_year
// Unknown values (a factory outside every area, an area without a stage) are null.
geo::Schema exportSchema(ExportLayer layer);

struct ExportResult {
    std::int64_t written = 0;
    std::vector<std::string> notes;  // from the writer (renamed fields...)
};

// Writes the selection of `layer` to `path` (atomically; see geo/Writer.hpp). `options.format`
// and the rest are the caller's; the layer name defaults to the layer's. Throws OutputError.
ExportResult exportSelection(const Atlas& atlas, const Selection& selection, ExportLayer layer,
                             const std::string& path, geo::WriteOptions options,
                             const geo::ProgressCallback& progress = {});

}  // namespace ecotown::layers
