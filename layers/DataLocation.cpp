#include "layers/DataLocation.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "geo/Error.hpp"
#include "geo/Sql.hpp"

namespace ecotown::layers {
namespace fs = std::filesystem;
namespace {

// The value of a keyword in a libpq/GDAL connection string ("" when absent).
std::string keywordValue(std::string_view source, std::string_view keyword) {
    std::size_t at = 0;
    while ((at = source.find(keyword, at)) != std::string_view::npos) {
        const bool starts = at == 0 || source[at - 1] == ' ' || source[at - 1] == ':';
        std::size_t i = at + keyword.size();
        while (i < source.size() && source[i] == ' ')
            ++i;
        if (starts && i < source.size() && source[i] == '=') {
            ++i;
            while (i < source.size() && source[i] == ' ')
                ++i;
            std::size_t end = i;
            while (end < source.size() && source[end] != ' ')
                ++end;
            std::string value(source.substr(i, end - i));
            if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'')
                value = value.substr(1, value.size() - 2);
            return value;
        }
        at += keyword.size();
    }
    return {};
}

}  // namespace

std::string schemaOfSource(std::string_view source) {
    std::string s = keywordValue(source, "active_schema");
    if (s.empty())
        s = keywordValue(source, "schemas");
    if (const auto comma = s.find(','); comma != std::string::npos)
        s = s.substr(0, comma);
    return s.empty() ? kDefaultSchema : s;
}

std::string atlasDatasetSource(const std::string& source, const std::string& schema) {
    if (!keywordValue(source, "schemas").empty() || !keywordValue(source, "active_schema").empty())
        return source;
    if (source.find("://") != std::string::npos) {
        // GDAL takes a URI as it is; the schema goes in as an option through libpq's
        // `options` is not GDAL's: say what to write instead.
        throw UsageError(redactSecrets(source),
                         "give the connection as keywords (PG:\"service=... \" or "
                         "PG:\"host=... dbname=...\"), not a URI");
    }
    return source + " schemas=" + schema;
}

namespace {

// <dir of the executable>/../../data/<name>: build/app/cli/ecotown-cli -> build/data/<name>.
std::string besideBuildTree(const std::string& executablePath, const char* name) {
    const fs::path dir = fs::path(executablePath).parent_path();
    return (dir / ".." / ".." / "data" / name).lexically_normal().string();
}

}  // namespace

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
    if (!executablePath.empty())
        out.push_back({besideBuildTree(executablePath, "ecotown.gpkg"), "build tree"});
    out.push_back({kInstalledDataset, "installed"});
    return out;
}

std::string locateBundledDataset(const std::string& explicitPath,
                                 const std::string& executablePath) {
    const std::vector<DatasetCandidate> candidates =
        bundledDatasetCandidates(explicitPath, executablePath);
    std::string tried;
    for (const DatasetCandidate& c : candidates) {
        if (geo::isPostgresSource(c.path))
            return c.path;  // a database: the connection says whether it is there
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

std::vector<DatasetCandidate> sampleTablesCandidates(const std::string& explicitDir,
                                                     const std::string& executablePath) {
    if (!explicitDir.empty())
        return {{explicitDir, "--data-dir"}};
    std::vector<DatasetCandidate> out;
    if (!executablePath.empty())
        out.push_back({besideBuildTree(executablePath, "tables"), "build tree"});
    out.push_back({kInstalledSampleTables, "installed"});
    return out;
}

std::string locateSampleTables(const std::string& explicitDir, const std::string& executablePath) {
    const std::vector<DatasetCandidate> candidates =
        sampleTablesCandidates(explicitDir, executablePath);
    if (candidates.front().origin == std::string("--data-dir"))
        return candidates.front().path;
    std::string tried;
    for (const DatasetCandidate& c : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(fs::path(c.path) / "provinces.csv", ec))
            return c.path;
        tried += (tried.empty() ? "" : ", ") + c.path + " (" + c.origin + ")";
    }
    throw InputError("", "the sample's tables (provinces.csv, ...) were not found; looked at " +
                             tried + " (give --data-dir FOLDER)");
}

}  // namespace ecotown::layers
