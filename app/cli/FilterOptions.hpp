#pragma once
// The filter flags every subcommand that selects from the atlas shares (stats, export):
// --province, --region, --phase, --stage, --cert, --year, --bbox, --as-of. Registered on a CLI11
// subcommand, turned into a layers::Filter; a malformed value is a UsageError (exit 2).

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "layers/AtlasStore.hpp"
#include "layers/Filter.hpp"

namespace ecotown::cli {

struct FilterOptions {
    std::string provinces;  // "TH-21,TH-20", names (English or Thai) or numbers
    std::string regions;    // "east" or "east,north"
    std::string phases;     // "1", "1,2", "1-2"
    std::string stages;     // "3" or "3-5"
    std::string certs;      // "gi:3-5,eco-factory,csr-diw"
    std::string years;      // "2019-2022" (fiscal years C.E.)
    std::string bbox;       // "minlon,minlat,maxlon,maxlat"
    std::string asOf;       // "2020": the atlas as of that fiscal year (C.E. or B.E.)

    void add(CLI::App& sub);
    // Throws UsageError naming the flag on a malformed value. The caller views the atlas as of
    // Filter::asOf (Atlas::applyAsOf) before selecting.
    layers::Filter toFilter() const;
};

// The data options shared by stats and export: --data PATH and --mapping FILE.
struct DataOptions {
    std::string data;
    std::string mapping;

    void add(CLI::App& sub);
    // Loads the atlas the options name (the bundled dataset found by layers::locateBundledDataset,
    // with the mapping applied when given) and prints its load issues as notes, one line each.
    layers::Atlas load(bool factoryNames) const;
    // The database server the options name (a PG: --data or ECOTOWN_DATA, without a mapping);
    // null for a GeoPackage.
    std::unique_ptr<layers::AtlasStore> server() const;
};

// The running executable's path (/proc/self/exe), for finding the build tree's dataset.
std::string executablePath();

}  // namespace ecotown::cli
