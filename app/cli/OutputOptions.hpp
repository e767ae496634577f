#pragma once
// The output flags the writing subcommands share (convert, export, join): the output file
// (positional OUTPUT or --output), --format, --crs, --output-encoding and --overwrite, turned
// into geo::WriteOptions. A malformed value is a UsageError naming the flag (exit 2).

#include <string>

#include <CLI/CLI.hpp>

#include "geo/Writer.hpp"

namespace ecotown::cli {

struct OutputOptions {
    std::string path;
    std::string format;  // empty: from the path's extension
    std::string crs;     // empty: the command's default
    std::string encoding = "UTF-8";
    bool overwrite = false;

    struct Flags {
        bool positional = false;           // OUTPUT rather than --output
        const char* crsDefault = nullptr;  // what --crs defaults to, for its help; null: no --crs
        bool encoding = true;              // offer --output-encoding
    };
    void add(CLI::App& sub, const Flags& flags);
    // Format, target CRS, Shapefile encoding and overwrite; the rest stays at its default.
    geo::WriteOptions writeOptions() const;
};

}  // namespace ecotown::cli
