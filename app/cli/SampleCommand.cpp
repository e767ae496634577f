// `ecotown-cli sample`: builds the bundled Thailand dataset (docs/DATASET.md) from Natural Earth
// and the tables in data/: provinces, countries, eco-town areas, estates and synthetic factories
// with their certificates, in one GeoPackage written atomically.

#include <cstdio>

#include <fmt/format.h>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "layers/DataLocation.hpp"
#include "layers/Sample.hpp"

namespace ecotown::cli {
namespace {

class SampleCommand final : public Command {
  public:
    const char* name() const override { return "sample"; }
    const char* description() const override {
        return "Build the sample dataset of Thailand (provinces, areas, estates, factories, "
               "certificates) as one GeoPackage";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--output", m_options.output, "The GeoPackage to write (PATH.gpkg)")
            ->required();
        sub.add_option("--factories", m_options.factories,
                       fmt::format("Number of synthetic factories (default {}; the published "
                                   "certificate figures hold at this size, other sizes scale them)",
                                   layers::kSampleDefaultFactories));
        sub.add_option(
            "--seed", m_options.seed,
            fmt::format("Seed of the generator (default {})", layers::kSampleDefaultSeed));
        sub.add_option("--world", m_options.worldMap,
                       fmt::format("Natural Earth GeoPackage with states_provinces and countries "
                                   "(default {})",
                                   layers::kDefaultWorldMap));
        sub.add_option("--data-dir", m_dataDir,
                       fmt::format("Folder of provinces.csv, eco_town_areas.csv, estates.csv and "
                                   "green_industry_certificates.csv (default: the build tree's "
                                   "data/tables next to the program, else {})",
                                   layers::kInstalledSampleTables));
        sub.add_flag("--overwrite", m_options.overwrite, "Replace an existing output");
    }

    int run() override {
        m_options.dataDir = layers::locateSampleTables(m_dataDir, executablePath());
        ProgressBar bar;
        const layers::SampleSummary s = layers::buildSampleDataset(m_options, bar.callback());
        bar.finish();
        std::fputs(
            fmt::format("{}: {} provinces, {} countries, {} areas, {} estates, {} factories "
                        "({} in estates, {} Eco Factory in {} estates), {} certificates "
                        "({} Green Industry, {} CSR-DIW), {} stage assessments, {} IEAT "
                        "level records\n",
                        m_options.output, s.provinces, s.countries, s.areas, s.estates, s.factories,
                        s.factoriesInEstates, s.ecoFactories, s.ecoFactoryEstates, s.certificates,
                        s.giCertificates, s.csrAwards, s.stageAssessments, s.estateAssessments)
                .c_str(),
            stdout);
        return kExitOk;
    }

  private:
    layers::SampleOptions m_options;
    std::string m_dataDir;  // --data-dir as given (empty: looked for)
};

}  // namespace

std::unique_ptr<Command> makeSampleCommand() {
    return std::make_unique<SampleCommand>();
}

}  // namespace ecotown::cli
