// `ecotown-cli export`: exactly the filtered provinces, areas, estates or factories, with joined
// and translated attributes, to GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML or CSV, written
// atomically. An empty selection writes an empty file.

#include <cstdio>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "geo/Writer.hpp"
#include "layers/Export.hpp"

namespace ecotown::cli {
namespace {

class ExportCommand final : public Command {
  public:
    const char* name() const override { return "export"; }
    const char* description() const override {
        return "Export the filtered provinces, areas, estates or factories with their attributes";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--layer", m_layer, "provinces, areas, estates or factories")->required();
        m_filter.add(sub);
        sub.add_option("--output", m_output,
                       "Output file (format from the extension unless --format)")
            ->required();
        sub.add_option("--format", m_format, "geojson, shp, gpkg, fgb, kml or csv");
        sub.add_option("--crs", m_crs, "Target CRS, e.g. EPSG:32647 (default: WGS 84)");
        sub.add_option("--output-encoding", m_outputEncoding,
                       "Shapefile text encoding: UTF-8 (default) or CP874");
        sub.add_flag("--overwrite", m_overwrite, "Replace an existing output");
        m_data.add(sub);
    }

    int run() override {
        const auto layer = layers::exportLayerFromName(m_layer);
        if (!layer) {
            throw UsageError("", "--layer: '" + m_layer +
                                     "' is not one of provinces, areas, estates, factories");
        }
        geo::WriteOptions options;
        options.format =
            m_format.empty() ? geo::formatFromPath(m_output) : geo::formatFromName(m_format);
        if (!m_crs.empty())
            options.targetCrs = geo::Crs::fromUserInput(m_crs);
        options.overwrite = m_overwrite;
        options.encoding = m_outputEncoding;
        const layers::Filter filter = m_filter.toFilter();

        const layers::Atlas atlas = m_data.load(*layer == layers::ExportLayer::Factories);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces) {
            printNote("--province '" + p + "' matches no province");
        }
        ProgressBar bar;
        const layers::ExportResult result =
            layers::exportSelection(atlas, selection, *layer, m_output, options, bar.callback());
        bar.finish();
        for (const auto& note : result.notes)
            printNote(note);
        std::printf("%s: %lld %s written\n", m_output.c_str(),
                    static_cast<long long>(result.written),
                    std::string(layers::exportLayerName(*layer)).c_str());
        return kExitOk;
    }

  private:
    std::string m_layer;
    std::string m_output, m_format, m_crs;
    std::string m_outputEncoding = "UTF-8";
    bool m_overwrite = false;
    FilterOptions m_filter;
    DataOptions m_data;
};

}  // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

}  // namespace ecotown::cli
