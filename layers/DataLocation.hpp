#pragma once
// Where the bundled dataset (ecotown.gpkg) is found. In order: an explicit path (--data), the
// ECOTOWN_DATA environment variable, the build tree next to the executable
// (<dir of the executable>/../../data/ecotown.gpkg: build/app/cli/ecotown-cli finds
// build/data/ecotown.gpkg), the installed copy /usr/share/ecotown/ecotown.gpkg. An explicit path
// or a set ECOTOWN_DATA is used as given (a PG: connection too: the atlas on a PostgreSQL
// server, schema `ecotown` unless the string says `schemas=...`): when it does not exist that is an
// error, not a reason to pick another dataset silently.
// The tables `ecotown-cli sample` builds it from (provinces.csv, ...) are found the same way:
// --data-dir, the build tree (<dir of the executable>/../../data/tables, copied there by
// data/CMakeLists.txt), the installed /usr/share/ecotown/tables.

#include <string>
#include <string_view>
#include <vector>

namespace ecotown::layers {

inline constexpr const char* kDataEnvironmentVariable = "ECOTOWN_DATA";
inline constexpr const char* kDefaultSchema = "ecotown";  // of an atlas on PostgreSQL
inline constexpr const char* kInstalledDataset = "/usr/share/ecotown/ecotown.gpkg";
inline constexpr const char* kInstalledSampleTables = "/usr/share/ecotown/tables";

struct DatasetCandidate {
    std::string path;
    std::string origin;  // "--data", "ECOTOWN_DATA", "build tree", "installed"
};

// The schema a PG: source names (`schemas=` or `active_schema=`), else kDefaultSchema.
std::string schemaOfSource(std::string_view source);
// The PG: source as GDAL opens the atlas's tables: with `schemas=<schema>` added when absent.
std::string atlasDatasetSource(const std::string& source, const std::string& schema);

// The places looked at, in order (the executable path may be empty: no build-tree candidate).
std::vector<DatasetCandidate> bundledDatasetCandidates(const std::string& explicitPath,
                                                       const std::string& executablePath);

// The first existing candidate. Throws InputError naming every place it looked.
std::string locateBundledDataset(const std::string& explicitPath,
                                 const std::string& executablePath);

// The folders looked at for the sample's tables, in order ("--data-dir", "build tree",
// "installed").
std::vector<DatasetCandidate> sampleTablesCandidates(const std::string& explicitDir,
                                                     const std::string& executablePath);

// The first candidate folder holding provinces.csv; an explicit folder is returned as given (the
// reader then names the table it misses). Throws InputError naming every place it looked.
std::string locateSampleTables(const std::string& explicitDir, const std::string& executablePath);

}  // namespace ecotown::layers
