// `ecotown-cli export`: exactly the filtered provinces, areas, estates or factories, with joined
// and translated attributes, to GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML or CSV, written
// atomically. An empty selection writes an empty file.

#include <cstdio>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "app/cli/OutputOptions.hpp"
#include "geo/Writer.hpp"
#include "layers/AtlasReader.hpp"
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
        m_out.add(sub, {false, "WGS 84", true});
        m_data.add(sub);
    }

    int run() override {
        const auto layer = layers::exportLayerFromName(m_layer);
        if (!layer) {
            throw UsageError("", "--layer: '" + m_layer +
                                     "' is not one of provinces, areas, estates, factories");
        }
        geo::WriteOptions options = m_out.writeOptions();
        const layers::Filter filter = m_filter.toFilter();

        // Factories from a database: only those of the filtered provinces and box are sent.
        const bool factories = *layer == layers::ExportLayer::Factories;
        layers::Atlas atlas =
            factories && m_data.server() ? placedAtlas(filter) : m_data.load(factories);
        atlas.applyAsOf(filter.asOf);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces) {
            printNote("--province '" + p + "' matches no province");
        }
        ProgressBar bar;
        const layers::ExportResult result =
            layers::exportSelection(atlas, selection, *layer, m_out.path, options, bar.callback());
        bar.finish();
        for (const auto& note : result.notes)
            printNote(note);
        std::printf("%s: %lld %s written\n", m_out.path.c_str(),
                    static_cast<long long>(result.written),
                    std::string(layers::exportLayerName(*layer)).c_str());
        return kExitOk;
    }

  private:
    layers::Atlas placedAtlas(const layers::Filter& filter) const {
        layers::Atlas atlas =
            layers::PlacedReader(layers::locateBundledDataset(m_data.data, executablePath()),
                                 filter)
                .read();
        for (const layers::LoadIssue& issue : atlas.issues())
            printNote(issue.toString());
        return atlas;
    }

    std::string m_layer;
    OutputOptions m_out;
    FilterOptions m_filter;
    DataOptions m_data;
};

}  // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

}  // namespace ecotown::cli
