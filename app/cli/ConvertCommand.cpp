// `ecotown-cli convert`: any readable source to GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML
// or CSV, optionally filtered and reprojected; written atomically.

#include <fmt/format.h>

#include "app/cli/Command.hpp"
#include "app/cli/OutputOptions.hpp"
#include "geo/FeatureBatches.hpp"
#include "geo/Writer.hpp"

namespace ecotown::cli {
namespace {

class ConvertCommand final : public Command {
  public:
    const char* name() const override { return "convert"; }
    const char* description() const override {
        return "Convert a layer to GeoJSON, Shapefile, GeoPackage, FlatGeobuf, KML or CSV";
    }
    void configure(CLI::App& sub) override {
        m_input.add(sub);
        m_out.add(sub, {true, "the source CRS", true});
        sub.add_option("--where", m_where, "OGR SQL attribute filter, e.g. \"gi_level >= 3\"");
        sub.add_option("--precision", m_precision, "GeoJSON coordinate decimals (default 7)");
        sub.add_option("--csv-geometry", m_csvGeometry, "CSV geometry: wkt (default) or lonlat");
        sub.add_option("--layer-name", m_layerName, "Output layer name (GeoPackage)");
        sub.add_flag("--no-spatial-index", m_noIndex,
                     "Do not build a spatial index (GeoPackage, FlatGeobuf)");
    }

    int run() override {
        geo::WriteOptions options = m_out.writeOptions();
        options.coordinatePrecision = m_precision;
        options.spatialIndex = !m_noIndex;
        if (m_csvGeometry == "lonlat")
            options.csvGeometry = geo::CsvGeometry::LonLat;
        else if (m_csvGeometry != "wkt")
            throw UsageError("", "--csv-geometry must be wkt or lonlat");

        geo::Dataset ds = m_input.open();
        geo::ReadOptions readOptions;
        readOptions.where = m_where;
        geo::FeatureReader reader = ds.read(m_input.layer, readOptions);
        options.layerName = m_layerName.empty() ? "" : m_layerName;
        if (options.layerName.empty() && options.format == geo::Format::GeoPackage) {
            options.layerName = reader.info().name;
        }
        geo::FeatureWriter writer(m_out.path, reader.schema(), reader.crs(), options);
        ProgressBar bar;
        const std::int64_t total = reader.count();
        // Reading (a background thread) overlaps writing (this one).
        geo::FeatureBatches batches(reader);
        std::vector<geo::Feature> batch;
        std::int64_t n = 0;
        while (batches.next(batch)) {
            for (const geo::Feature& f : batch)
                writer.write(f);
            n += static_cast<std::int64_t>(batch.size());
            bar.update("converting", n, total);
        }
        writer.commit(bar.callback());
        bar.finish();
        for (const auto& note : writer.notes())
            printNote(note);
        return kExitOk;
    }

  private:
    InputOptions m_input;
    OutputOptions m_out;
    std::string m_where, m_layerName;
    std::string m_csvGeometry = "wkt";
    int m_precision = 7;
    bool m_noIndex = false;
};

}  // namespace

std::unique_ptr<Command> makeConvertCommand() {
    return std::make_unique<ConvertCommand>();
}

}  // namespace ecotown::cli
