#pragma once
// Loading a user's own files: a small JSON mapping file says where each layer comes from and
// which of its fields hold the id, name, province, stage, level, year..., so an agency's
// shapefile (PROV_CODE, LEVEL, NAME_T, CP874 without .cpg) loads without being edited. Layers the
// mapping does not name come from the base dataset (the bundled one unless "base" is given).
//
//   {
//     "base": "optional/path/to/ecotown.gpkg",
//     "factories": {
//       "source": "factories.shp",          // path (relative to the mapping file) or "PG:..."
//       "layer": "factories",               // optional
//       "encoding": "CP874",                // optional
//       "assume_crs": "EPSG:32647",         // optional
//       "fields": {"id": "FAC_ID", "name": "NAME_T", "province": "PROV_CODE",
//                  "level": "LEVEL", "year": "YEAR"}
//     },
//     "areas":   {"source": ..., "fields": {"id": ..., "name_th": ..., "province": ...,
//                                           "stage": ..., "phase": ..., "year": ...}},
//     "estates": {"source": ..., "fields": {"id": ..., "name_en": ..., "province": ...,
//                                           "level": ..., "year": ..., "area_rai": ...}}
//   }
//
// Roles per layer (required ones marked *):
//   factories: id*, name, province, level (Green Industry 1-5, "GI3" accepted), year (fiscal year
//              the level was granted, C.E. or B.E.), eco_factory (0/1, yes/no), csr_diw (0/1)
//   areas:     id*, name, name_en, name_th, province, stage*, phase, year, scope, status,
//              source, approximate
//   estates:   id*, name, name_en, name_th, province, level (IEAT eco level), year, area_rai,
//              area_rai_status, status, source, approximate
// "name" goes to the Thai name when it contains Thai letters, else to the English name.
// A factory's level and year become one Green Industry certificate; eco_factory/csr_diw flags
// become certificates of unknown year (fiscal year 0: held at every "as of" year, never inside
// a --year range). A declared province is only checked against the geometry's.
//
// Problems with the mapping itself (invalid JSON, an unknown or missing key, a value of the
// wrong type, a field the source does not have) throw MappingError naming the mapping file.
// Values that match nothing (an unknown province, level 7) are kept as null and reported as
// Atlas::issues(), one per value: file, feature id, field, value.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::layers {

class MappingError : public InputError {
  public:
    using InputError::InputError;
};

enum class MappedLayer : std::uint8_t { Areas, Estates, Factories };
std::string_view mappedLayerName(MappedLayer layer);  // "areas", "estates", "factories"

struct LayerMapping {
    MappedLayer kind = MappedLayer::Factories;
    std::string source;  // resolved against the mapping file's folder unless absolute or "PG:"
    std::string layer;
    std::string encoding;
    std::string assumeCrs;
    std::map<std::string, std::string> fields;  // role -> field name in the source
};

struct Mapping {
    std::string file;  // the mapping file, for messages
    std::string base;  // dataset for the layers not mapped; empty = the bundled one
    std::vector<LayerMapping> layers;

    // Reads and checks the structure (not the sources). Throws MappingError.
    static Mapping load(const std::string& path);
    // Same from text; `file` names it in messages and anchors relative sources.
    static Mapping parse(const std::string& jsonText, const std::string& file);
};

// The roles a layer accepts, and those it requires.
std::vector<std::string> mappingRoles(MappedLayer layer);
std::vector<std::string> requiredMappingRoles(MappedLayer layer);

// Loads one mapped layer from an open dataset into the atlas (replacing that layer), without
// the spatial join. `mappingFile` names the mapping in errors. (Also how the bundled areas and
// estates are read, with their DATASET.md field names.)
void loadMappedLayer(Atlas& atlas, const geo::Dataset& dataset, const LayerMapping& layer,
                     const std::string& mappingFile, const AtlasLoadOptions& options = {});

// Replaces the atlas's mapped layers by the mapped sources and re-runs the spatial join.
// Throws MappingError when a mapped field is not in its source, InputError when a source
// cannot be read.
void applyMapping(Atlas& atlas, const Mapping& mapping, const AtlasLoadOptions& options = {});

// The base dataset (mapping.base, else `bundledPath`) with the mapped layers applied.
Atlas loadWithMapping(const Mapping& mapping, const std::string& bundledPath,
                      const AtlasLoadOptions& options = {});

}  // namespace ecotown::layers
