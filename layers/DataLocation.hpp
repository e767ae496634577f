#pragma once
// Where the bundled dataset (ecotown.gpkg) is found. In order: an explicit path (--data), the
// ECOTOWN_DATA environment variable, the build tree next to the executable
// (<dir of the executable>/../../data/ecotown.gpkg: build/app/cli/ecotown-cli finds
// build/data/ecotown.gpkg), the installed copy /usr/share/ecotown/ecotown.gpkg. An explicit path
// or a set ECOTOWN_DATA is used as given: when it does not exist that is an error, not a reason
// to pick another dataset silently.

#include <string>
#include <vector>

namespace ecotown::layers {

inline constexpr const char* kDataEnvironmentVariable = "ECOTOWN_DATA";
inline constexpr const char* kInstalledDataset = "/usr/share/ecotown/ecotown.gpkg";

struct DatasetCandidate {
    std::string path;
    std::string origin;  // "--data", "ECOTOWN_DATA", "build tree", "installed"
};

// The places looked at, in order (the executable path may be empty: no build-tree candidate).
std::vector<DatasetCandidate> bundledDatasetCandidates(const std::string& explicitPath,
                                                       const std::string& executablePath);

// The first existing candidate. Throws InputError naming every place it looked.
std::string locateBundledDataset(const std::string& explicitPath,
                                 const std::string& executablePath);

}  // namespace ecotown::layers
