#pragma once
// The factories and certificates of the bundled schema (docs/DATASET.md) read into an atlas
// from any origin: GDAL's reader of a GeoPackage or PostgreSQL (readBundledAtlas), or the rows
// of a query with bound parameters (layers/PlacedFactories.hpp). One loader, so that both give
// the same factories, certificates and load issues.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "geo/Crs.hpp"
#include "geo/Feature.hpp"
#include "layers/Atlas.hpp"

namespace ecotown::layers {

// Rows of a layer, one feature at a time.
struct LayerRows {
    std::function<bool(geo::Feature&)> next;
    std::function<int(const char*)> fieldIndex;  // -1 when the rows have no such field
    std::int64_t count = -1;                     // -1 when unknown
    geo::Crs crs;                                // unknown: longitude/latitude as stored
};

// How the certificates are read: after the factories (one connection or handle serves both), or
// on another thread while the factories are read (readCertificates then opens its own).
enum class CertificateReading { AfterFactories, Concurrently };

// Reads the factories (fields factory_id, province_code and, with options.factoryNames,
// name_th; a point each) and then the certificates (factory_id, cert_type, level, fiscal_year,
// and cert_id when `revoked` is not empty) into `atlas` (Atlas::setFactories); `revoked` maps a
// cert_id to the first fiscal year it no longer counts. The caller joins them to the polygons.
// Problems become load issues naming `file`.
void readFactoryRows(Atlas& atlas, LayerRows factories,
                     const std::function<LayerRows()>& readCertificates,
                     CertificateReading certificateReading,
                     const std::unordered_map<std::string, int>& revoked, const std::string& file,
                     const AtlasLoadOptions& options);

}  // namespace ecotown::layers
