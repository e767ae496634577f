#pragma once
// Where an atlas comes from. The atlas (layers/Atlas.hpp) is a model with queries and no I/O;
// each origin of one is a reader behind this interface, so that dependencies point one way:
// readers -> Atlas, never back.
//   BundledReader  the bundled dataset's layers, in a GeoPackage file or a PostgreSQL schema
//   MappingReader  a mapping file's own files (shapefiles, CSV, ...) over the bundled dataset
//   PlacedReader   PostgreSQL with only the factories a filter selects by place
// `atlasReader` picks the reader for what the user gave (--data or ECOTOWN_DATA, --mapping).

#include <functional>
#include <memory>
#include <string>

#include "geo/Dataset.hpp"
#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

struct Mapping;

class AtlasReader {
  public:
    virtual ~AtlasReader() = default;
    // Reads the whole atlas and joins its factories to the polygons. Throws InputError naming
    // the file (a connection with its password masked) when it cannot be read, UsageError for
    // what the user must change, geo::Cancelled when the progress callback says stop.
    virtual Atlas read(const AtlasLoadOptions& options = {}) const = 0;
};

class BundledReader final : public AtlasReader {
  public:
    // `source`: a GeoPackage path or a PG: connection (schema `ecotown` unless it names one).
    explicit BundledReader(std::string source);
    Atlas read(const AtlasLoadOptions& options = {}) const override;

  private:
    std::string m_source;
};

class MappingReader final : public AtlasReader {
  public:
    // The mapping's layers replace the bundled dataset's (`bundledSource`, or the mapping's own
    // base dataset when it names one).
    MappingReader(std::shared_ptr<const Mapping> mapping, std::string bundledSource);
    Atlas read(const AtlasLoadOptions& options = {}) const override;

  private:
    std::shared_ptr<const Mapping> m_mapping;
    std::string m_bundledSource;
};

class PlacedReader final : public AtlasReader {
  public:
    // `source`: a PG: connection; `filter`: the places (provinces, regions, box) whose factories
    // are read, with their certificates; the other layers come whole.
    PlacedReader(std::string source, Filter filter);
    Atlas read(const AtlasLoadOptions& options = {}) const override;

  private:
    std::string m_source;
    Filter m_filter;
};

// The reader for a dataset (a GeoPackage path or a PG: connection) and an optional mapping file
// (empty: none). Throws MappingError when the mapping file cannot be read.
std::unique_ptr<AtlasReader> atlasReader(const std::string& source,
                                         const std::string& mappingFile = {});

// The bundled dataset's reader as a function: BundledReader(source).read(options).
Atlas readBundledAtlas(const std::string& source, const AtlasLoadOptions& options = {});

// --- shared by the readers ----------------------------------------------------------------

// Reads every feature of `layer` with its geometry in WGS 84 longitude/latitude (transformed
// when the layer has another CRS) and calls `visit` for each; returns the layer's actual name.
std::string readFeaturesWgs84(const geo::Dataset& dataset, const std::string& layer,
                              const geo::ReadOptions& options,
                              const std::function<void(const geo::Schema&, geo::Feature&)>& visit);

}  // namespace ecotown::layers
