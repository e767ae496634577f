// `ecotown-cli kpi`: the ministry's KPIs against their targets, per indicator and fiscal year
// (layers/Kpi.hpp), as a table, CSV or JSON; `kpi record` stores a recorded actual in the
// dataset's kpi_actuals table.

#include <cmath>
#include <cstdio>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "layers/DataLocation.hpp"
#include "layers/Kpi.hpp"

namespace ecotown::cli {
namespace {

class KpiCommand final : public Command {
  public:
    const char* name() const override { return "kpi"; }
    const char* description() const override {
        return "The ministry's KPIs against their targets, per indicator and fiscal year";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--from", m_from, "First fiscal year (C.E. or B.E.; default 2018)");
        sub.add_option("--to", m_to, "Last fiscal year (C.E. or B.E.; default 2021)");
        m_filter.add(sub);
        auto* format = sub.add_option_group("format");
        format->add_flag("--json", m_json, "Print JSON");
        format->add_flag("--csv", m_csv, "Print CSV");
        format->require_option(0, 1);
        m_data.add(sub);

        m_record = sub.add_subcommand("record",
                                      "Store a recorded actual (waste tonnage, "
                                      "networks, inspections) in the dataset");
        m_record->add_option("--indicator", m_indicator, "Indicator id (see kpi --csv)")
            ->required();
        m_record->add_option("--year", m_recordYear, "Fiscal year (C.E. or B.E.)")->required();
        m_record->add_option("--value", m_value, "The actual, in the indicator's unit")->required();
        m_record->add_option("--source", m_source, "Where the figure comes from");
        m_record->add_flag("--overwrite", m_overwrite, "Replace a value already recorded");
        m_record->add_option("--data", m_data.data, "The Eco-Town Atlas GeoPackage");
    }

    int run() override {
        if (m_record->parsed())
            return record();
        if (!m_filter.years.empty() || !m_filter.certs.empty()) {
            throw UsageError("",
                             "kpi: --year and --cert do not apply (use --from/--to; each "
                             "indicator says what it counts)");
        }
        const layers::IntRange years{fiscalYear(m_from, "--from"), fiscalYear(m_to, "--to")};
        if (years.min > years.max)
            throw UsageError("", "--from must not be after --to");
        const layers::Filter filter = m_filter.toFilter();
        const layers::KpiBook book = loadBook();
        const layers::Atlas atlas = m_data.load(false);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces)
            printNote("--province '" + p + "' matches no province");
        const layers::KpiReport report =
            layers::computeKpi(atlas, selection, book, years, !filter.isEmpty());
        const std::string text = m_json  ? layers::kpiToJson(report)
                                 : m_csv ? layers::kpiToCsv(report)
                                         : layers::kpiToText(report);
        std::fwrite(text.data(), 1, text.size(), stdout);
        if (std::fflush(stdout) != 0)
            throw OutputError("(stdout)", "cannot write the KPIs");
        return kExitOk;
    }

  private:
    static int fiscalYear(int year, const char* flag) {
        const int ce = year >= 2400 ? layers::commonEraYear(year) : year;
        if (ce < 1990 || ce > 2100)
            throw UsageError("", std::string(flag) + ": " + std::to_string(year) +
                                     " is not a fiscal year (C.E. 1990-2100 or B.E.)");
        return ce;
    }

    std::string bookPath() const {
        return layers::locateBundledDataset(m_data.data, executablePath());
    }

    layers::KpiBook loadBook() const { return layers::loadKpiBook(bookPath()); }

    int record() {
        const std::string path = bookPath();
        const layers::KpiBook book = layers::loadKpiBook(path);
        layers::KpiRecordedActual actual;
        actual.indicator = m_indicator;
        actual.fiscalYear = fiscalYear(m_recordYear, "--year");
        actual.value = m_value;
        actual.status = "recorded";
        actual.source = m_source.empty() ? "recorded with ecotown-cli kpi record" : m_source;
        const bool replaced = layers::recordKpiActual(path, book, actual, m_overwrite);
        std::printf("%s %s %d = %s in %s\n", replaced ? "replaced" : "recorded",
                    actual.indicator.c_str(), actual.fiscalYear,
                    layers::kpiNumber(actual.value).c_str(), path.c_str());
        return kExitOk;
    }

    int m_from = 2018;
    int m_to = 2021;
    FilterOptions m_filter;
    DataOptions m_data;
    bool m_json = false;
    bool m_csv = false;

    CLI::App* m_record = nullptr;
    std::string m_indicator;
    int m_recordYear = 0;
    double m_value = NAN;
    std::string m_source;
    bool m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> makeKpiCommand() {
    return std::make_unique<KpiCommand>();
}

}  // namespace ecotown::cli
