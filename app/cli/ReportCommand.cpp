// `ecotown-cli report`: province factsheets as PDF (app/render/ProvinceReport.hpp), one province
// (--province X --output F.pdf) or all 77 (--all --output-dir DIR, files named by ISO code).

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "app/render/OffscreenGui.hpp"
#include "app/render/ProvinceReport.hpp"
#include "geo/Parallel.hpp"
#include "layers/DataLocation.hpp"
#include "layers/Factsheet.hpp"

namespace ecotown::cli {
namespace {

namespace fs = std::filesystem;

class ReportCommand final : public Command {
  public:
    const char* name() const override { return "report"; }
    const char* description() const override {
        return "Province factsheets as PDF: map, counts, certificates, areas, estates, KPIs";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--province", m_province, "The province: ISO code, number or name");
        sub.add_option("--output", m_output, "The PDF to write (with --province)");
        sub.add_flag("--all", m_all, "One factsheet per province (with --output-dir)");
        sub.add_option("--output-dir", m_outputDir, "The folder for --all (TH-10.pdf, ...)");
        sub.add_option("--lang", m_language, "Language of the factsheet: en (default) or th");
        sub.add_flag("--overwrite", m_overwrite, "Replace existing files");
        m_data.add(sub);
    }

    int run() override {
        if (m_all == !m_province.empty())
            throw UsageError("",
                             "give either --province X --output F.pdf or --all --output-dir DIR");
        if (!m_all && m_output.empty())
            throw UsageError("", "--province needs --output F.pdf");
        if (m_all && m_outputDir.empty())
            throw UsageError("", "--all needs --output-dir DIR");
        render::ReportOptions options;
        options.language = render::mapLanguageFromText(m_language, "--lang");
        options.overwrite = m_overwrite;
        if (m_all) {
            std::error_code ec;
            if (!fs::is_directory(m_outputDir, ec))
                throw OutputError(m_outputDir, "the folder does not exist");
        }
        const render::OffscreenGui gui;
        const layers::Atlas atlas = m_data.load(false);
        std::optional<layers::KpiBook> book;
        try {
            book = layers::loadKpiBook(layers::locateBundledDataset(m_data.data, executablePath()));
        } catch (const InputError& e) {
            printNote(std::string(e.what()) + " (the factsheets have no KPI lines)");
        }
        const layers::KpiBook* kpi = book ? &*book : nullptr;
        if (!m_all) {
            const auto province = atlas.findProvince(m_province);
            if (!province)
                throw UsageError("", "--province: '" + m_province + "' matches no province");
            const int pages = render::writeProvinceReport(
                atlas, layers::provinceFactsheet(atlas, *province, kpi), m_output, options);
            std::printf("wrote %s: %d pages\n", m_output.c_str(), pages);
            return kExitOk;
        }
        // The factsheets are independent (each its own PDF writer, painter and images; Qt 5.15
        // draws text off the main thread): one share of the provinces per core.
        const std::size_t count = atlas.provinces().size();
        const std::size_t shares =
            std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
        geo::parallelFor(shares, [&](std::size_t share) {
            for (std::size_t i = share; i < count; i += shares) {
                const std::string path =
                    (fs::path(m_outputDir) / (atlas.provinces()[i].code + ".pdf")).string();
                render::writeProvinceReport(atlas, layers::provinceFactsheet(atlas, i, kpi), path,
                                            options);
            }
        });
        std::printf("wrote %zu factsheets in %s\n", count, m_outputDir.c_str());
        return kExitOk;
    }

  private:
    std::string m_province;
    std::string m_output;
    bool m_all = false;
    std::string m_outputDir;
    std::string m_language = "en";
    bool m_overwrite = false;
    DataOptions m_data;
};

}  // namespace

std::unique_ptr<Command> makeReportCommand() {
    return std::make_unique<ReportCommand>();
}

}  // namespace ecotown::cli
