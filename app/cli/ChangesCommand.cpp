// `ecotown-cli changes --from 2021 --to 2022`: what changed between the end of two fiscal years
// (layers/Changes.hpp): areas that moved stage, estates whose IEAT level changed, certificates
// granted in between by province, type and level; as text or JSON. The usual filters limit the
// areas, estates and factories (a --stage filter means the stage at the end of --to).

#include <cstdio>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "layers/Changes.hpp"

namespace ecotown::cli {
namespace {

class ChangesCommand final : public Command {
  public:
    const char* name() const override { return "changes"; }
    const char* description() const override {
        return "What changed between two fiscal years: stages, IEAT levels, certificates";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--from", m_from, "The fiscal year compared from (C.E. or B.E.)")
            ->required();
        sub.add_option("--to", m_to, "The fiscal year compared to (C.E. or B.E.)")->required();
        m_filter.add(sub);
        sub.add_flag("--json", m_json, "Print JSON instead of text");
        m_data.add(sub);
    }

    int run() override {
        if (m_from.find('-') != std::string::npos || m_to.find('-') != std::string::npos)
            throw UsageError("", "--from and --to take one fiscal year each");
        const int from = layers::parseYears(m_from, "--from").max;
        const int to = layers::parseYears(m_to, "--to").max;
        const layers::Filter filter = layers::changesFilter(m_filter.toFilter(), from, to);
        layers::Atlas atlas = m_data.load(false);
        atlas.applyAsOf(to);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces)
            printNote("--province '" + p + "' matches no province");
        const layers::Changes changes = layers::computeChanges(atlas, selection, from, to);
        const std::string text =
            m_json ? layers::changesToJson(atlas, changes) : layers::changesToText(atlas, changes);
        std::fwrite(text.data(), 1, text.size(), stdout);
        if (std::fflush(stdout) != 0)
            throw OutputError("(stdout)", "cannot write the changes");
        return kExitOk;
    }

  private:
    std::string m_from;
    std::string m_to;
    FilterOptions m_filter;
    DataOptions m_data;
    bool m_json = false;
};

}  // namespace

std::unique_ptr<Command> makeChangesCommand() {
    return std::make_unique<ChangesCommand>();
}

}  // namespace ecotown::cli
