// `ecotown-cli stats`: counts for a filtered selection of the atlas (areas per stage, estates per
// IEAT eco level, factories per certification) grouped by province, area, region or stage, as a
// table or as JSON. An empty selection prints zeros and exits 0.

#include <cstdio>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "layers/Statistics.hpp"

namespace ecotown::cli {
namespace {

class StatsCommand final : public Command {
  public:
    const char* name() const override { return "stats"; }
    const char* description() const override {
        return "Statistics of eco-town areas, estates and certified factories for a filter";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--by", m_by, "Group by province (default), area, region or stage");
        m_filter.add(sub);
        sub.add_flag("--json", m_json, "Print JSON instead of a table");
        m_data.add(sub);
    }

    int run() override {
        const auto by = layers::groupByFromName(m_by);
        if (!by)
            throw UsageError("",
                             "--by: '" + m_by + "' is not one of province, area, region, stage");
        const layers::Filter filter = m_filter.toFilter();
        std::vector<std::string> unmatched;
        layers::Statistics stats;
        if (const auto store = m_data.server()) {
            // On a database server the factories are counted there.
            stats = store->statistics(filter, *by, unmatched);
        } else {
            layers::Atlas atlas = m_data.load(false);
            atlas.applyAsOf(filter.asOf);
            const layers::Selection selection = layers::select(atlas, filter);
            unmatched = selection.unmatchedProvinces;
            stats = layers::computeStatistics(atlas, selection, *by);
        }
        for (const auto& p : unmatched)
            printNote("--province '" + p + "' matches no province");
        const std::string text =
            m_json ? layers::statisticsToJson(stats) : layers::statisticsToText(stats);
        std::fwrite(text.data(), 1, text.size(), stdout);
        if (std::fflush(stdout) != 0)
            throw OutputError("(stdout)", "cannot write the statistics");
        return kExitOk;
    }

  private:
    std::string m_by = "province";
    FilterOptions m_filter;
    DataOptions m_data;
    bool m_json = false;
};

}  // namespace

std::unique_ptr<Command> makeStatsCommand() {
    return std::make_unique<StatsCommand>();
}

}  // namespace ecotown::cli
