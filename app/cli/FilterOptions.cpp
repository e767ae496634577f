#include "app/cli/FilterOptions.hpp"

#include <filesystem>
#include <system_error>

#include "app/cli/Command.hpp"
#include "geo/Sql.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/DataLocation.hpp"
#include "layers/FilterValues.hpp"
#include "layers/Mapping.hpp"

namespace ecotown::cli {

void FilterOptions::add(CLI::App& sub) {
    sub.add_option("--province", provinces,
                   "Provinces: ISO codes, numbers or names, comma-separated (TH-21,TH-20 or ชลบุรี)");
    sub.add_option("--region", regions, "Regions: north, northeast, central, east, west, south");
    sub.add_option("--phase", phases, "Programme phases: 1, 2, 3 (e.g. 1 or 1,2)");
    sub.add_option("--stage", stages, "Development stages of the areas: 3 or 3-5");
    sub.add_option("--cert", certs,
                   "Factories holding any of these: gi (any level), gi:3-5, eco-factory, csr-diw");
    sub.add_option("--year", years,
                   "Fiscal years (C.E.) the certificate was granted: 2022 or 2019-2022");
    sub.add_option("--bbox", bbox, "Bounding box in degrees: minlon,minlat,maxlon,maxlat");
    sub.add_option("--as-of", asOf,
                   "The atlas as of a fiscal year: stages, IEAT levels and certificates of that "
                   "year (2020 or B.E. 2563; default: the latest)");
}

layers::Filter FilterOptions::toFilter() const {
    return layers::filterFromValues({provinces, regions, phases, stages, certs, years, bbox, asOf});
}

void DataOptions::add(CLI::App& sub) {
    sub.add_option("--data", data,
                   "The atlas: a GeoPackage or PG:\"service=...\" (default: $ECOTOWN_DATA, the "
                   "build tree's, or "
                   "/usr/share/ecotown/ecotown.gpkg)");
    sub.add_option("--mapping", mapping,
                   "A JSON mapping file loading your own areas, estates or factories (see "
                   "layers/Mapping.hpp)");
}

layers::Atlas DataOptions::load(bool factoryNames) const {
    layers::AtlasLoadOptions options;
    options.factoryNames = factoryNames;
    std::unique_ptr<layers::AtlasReader> reader;
    if (!mapping.empty()) {
        auto m = std::make_shared<const layers::Mapping>(layers::Mapping::load(mapping));
        // The base dataset is only looked for when the mapping does not name one.
        std::string base =
            m->base.empty() ? layers::locateBundledDataset(data, executablePath()) : m->base;
        reader = std::make_unique<layers::MappingReader>(std::move(m), std::move(base));
    } else {
        reader = std::make_unique<layers::BundledReader>(
            layers::locateBundledDataset(data, executablePath()));
    }
    layers::Atlas atlas = reader->read(options);
    for (const layers::LoadIssue& issue : atlas.issues())
        printNote(issue.toString());
    return atlas;
}

std::unique_ptr<layers::AtlasStore> DataOptions::server() const {
    if (!mapping.empty())
        return nullptr;
    const std::string source = layers::locateBundledDataset(data, executablePath());
    return geo::isPostgresSource(source) ? layers::AtlasStore::open(source) : nullptr;
}

std::string executablePath() {
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : p.string();
}

}  // namespace ecotown::cli
