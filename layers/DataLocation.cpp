#include "layers/DataLocation.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "geo/Error.hpp"

namespace ecotown::layers {
namespace fs = std::filesystem;

std::vector<DatasetCandidate> bundledDatasetCandidates(const std::string& explicitPath,
                                                       const std::string& executablePath) {
    std::vector<DatasetCandidate> out;
    if (!explicitPath.empty()) {
        out.push_back({explicitPath, "--data"});
        return out;  // what the user named, and nothing else
    }
    if (const char* env = std::getenv(kDataEnvironmentVariable); env != nullptr && *env != '\0') {
        out.push_back({env, kDataEnvironmentVariable});
        return out;
    }
    if (!executablePath.empty()) {
        // build/app/cli/ecotown-cli -> build/data/ecotown.gpkg
        const fs::path dir = fs::path(executablePath).parent_path();
        out.push_back({(dir / ".." / ".." / "data" / "ecotown.gpkg").lexically_normal().string(),
                       "build tree"});
    }
    out.push_back({kInstalledDataset, "installed"});
    return out;
}

std::string locateBundledDataset(const std::string& explicitPath,
                                 const std::string& executablePath) {
    const std::vector<DatasetCandidate> candidates =
        bundledDatasetCandidates(explicitPath, executablePath);
    std::string tried;
    for (const DatasetCandidate& c : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(c.path, ec))
            return c.path;
        tried += (tried.empty() ? "" : ", ") + c.path + " (" + c.origin + ")";
    }
    const std::string& first = candidates.front().path;
    if (candidates.front().origin == std::string("--data")) {
        throw InputError(first, "the dataset does not exist");
    }
    if (candidates.front().origin == std::string(kDataEnvironmentVariable)) {
        throw InputError(first, std::string("the dataset named by ") + kDataEnvironmentVariable +
                                    " does not exist");
    }
    throw InputError("", "no Eco-Town Atlas dataset found; looked at " + tried +
                             " (give --data PATH or set " + kDataEnvironmentVariable + ")");
}

}  // namespace ecotown::layers
