#include "app/cli/OutputOptions.hpp"

#include "geo/Crs.hpp"

namespace ecotown::cli {

void OutputOptions::add(CLI::App& sub, const Flags& flags) {
    const char* help = "Output file (format from the extension unless --format)";
    sub.add_option(flags.positional ? "OUTPUT" : "--output", path, help)->required();
    sub.add_option("--format", format, "geojson, shp, gpkg, fgb, kml or csv");
    if (flags.crsDefault) {
        sub.add_option(
            "--crs", crs,
            std::string("Target CRS, e.g. EPSG:32647 (default: ") + flags.crsDefault + ")");
    }
    if (flags.encoding) {
        sub.add_option("--output-encoding", encoding,
                       "Shapefile text encoding: UTF-8 (default) or CP874");
    }
    sub.add_flag("--overwrite", overwrite, "Replace an existing output");
}

geo::WriteOptions OutputOptions::writeOptions() const {
    geo::WriteOptions options;
    options.format = format.empty() ? geo::formatFromPath(path) : geo::formatFromName(format);
    if (!crs.empty())
        options.targetCrs = geo::Crs::fromUserInput(crs);
    options.overwrite = overwrite;
    options.encoding = encoding;
    return options;
}

}  // namespace ecotown::cli
