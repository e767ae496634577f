// `ecotown-cli validate`: one line per problem on stdout (file, layer, feature, what, where);
// exit 0 clean, 1 problems found, 2 unreadable. --make-valid OUT writes a repaired copy.

#include <cstdio>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/cli/Command.hpp"
#include "geo/Check.hpp"
#include "geo/Encoding.hpp"
#include "geo/Writer.hpp"

namespace ecotown::cli {
namespace {

class ValidateCommand final : public Command {
  public:
    const char* name() const override { return "validate"; }
    const char* description() const override {
        return "Check geometries (validity, null, empty), duplicate ids and coordinates outside "
               "the CRS";
    }
    void configure(CLI::App& sub) override {
        m_input.add(sub);
        sub.add_flag("--json", m_json, "Print JSON");
        sub.add_option("--id-field", m_idField,
                       "Field that names features and whose values must be unique (default: the "
                       "layer's id field: id, code, *_id ...)");
        sub.add_option(
            "--make-valid", m_repairedOutput,
            "Write a copy with invalid geometries repaired (GEOS MakeValid) to this file");
        sub.add_flag("--overwrite", m_overwrite, "Replace an existing --make-valid output");
    }

    int run() override {
        geo::Dataset ds = m_input.open();
        std::vector<std::string> layers =
            m_input.layer.empty() ? ds.layerNames()
                                  : std::vector<std::string>{ds.resolveLayerName(m_input.layer)};
        ProgressBar bar;
        nlohmann::json out = nlohmann::json::array();
        std::size_t problems = 0;
        for (const std::string& layer : layers) {
            geo::CheckOptions options;
            options.idField = m_idField;
            options.progress = bar.callback();
            if (!m_idField.empty()) {
                const auto info = ds.layerInfo(layer);
                bool has = false;
                for (const auto& f : info.fields)
                    has = has || f.name == m_idField;
                if (!has) {
                    if (!m_input.layer.empty() || layers.size() == 1) {
                        throw UsageError(ds.source(), "no field named '" + m_idField + "'", layer);
                    }
                    options.idField.clear();
                }
            }
            const geo::CheckReport report = geo::checkLayer(ds, layer, options);
            bar.finish();
            problems += report.problems.size();
            for (const geo::Problem& p : report.problems) {
                std::string where;
                if (p.location)
                    where = fmt::format(" at ({:.7g} {:.7g})", p.location->x, p.location->y);
                // A feature is named by its id (area_id A2) where the layer has one; the fid,
                // which for a shapefile is only a position, follows.
                const std::string feature =
                    p.id.empty() ? fmt::format("feature {}", p.fid)
                                 : fmt::format("feature {} {} (fid {})", report.idField,
                                               geo::displayText(p.id), p.fid);
                if (!m_json) {
                    std::string line = fmt::format(
                        "{}: layer {}: {}: {}: {}{}\n", ds.source(), geo::displayText(report.layer),
                        feature, geo::problemKindName(p.kind), geo::displayText(p.reason), where);
                    std::fwrite(line.data(), 1, line.size(), stdout);
                }
                nlohmann::json j{{"file", geo::displayText(ds.source())},
                                 {"layer", geo::displayText(report.layer)},
                                 {"feature", p.fid},
                                 {"problem", geo::problemKindName(p.kind)},
                                 {"reason", geo::displayText(p.reason)}};
                if (!p.id.empty()) {
                    j["id_field"] = geo::displayText(report.idField);
                    j["id"] = geo::displayText(p.id);
                }
                if (p.location)
                    j["location"] = {p.location->x, p.location->y};
                out.push_back(j);
            }
            if (!m_repairedOutput.empty())
                writeRepaired(ds, report.layer, bar);
        }
        if (m_json) {
            const std::string s =
                out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            std::fwrite(s.data(), 1, s.size(), stdout);
        }
        return problems == 0 ? kExitOk : kExitProblems;
    }

  private:
    void writeRepaired(const geo::Dataset& ds, const std::string& layer, ProgressBar& bar) {
        geo::FeatureReader reader = ds.read(layer);
        geo::WriteOptions options;
        options.format = geo::formatFromPath(m_repairedOutput);
        options.overwrite = m_overwrite;
        options.layerName = layer;
        geo::FeatureWriter writer(m_repairedOutput, reader.schema(), reader.crs(), options);
        geo::Feature f;
        std::int64_t repaired = 0;
        while (reader.next(f)) {
            std::string changed;
            if (!f.geometry.isNull() && !f.geometry.isEmpty()) {
                try {
                    f.geometry = geo::makeValid(f.geometry, &changed);
                } catch (const Error& e) {
                    throw Error(ds.source(), "cannot repair: " + e.reason(), layer, f.fid);
                }
            }
            if (!changed.empty()) {
                ++repaired;
                std::string line = fmt::format("{}: layer {}: feature {}: {}\n", ds.source(), layer,
                                               f.fid, changed);
                std::fwrite(line.data(), 1, line.size(), stdout);
            }
            writer.write(f);
        }
        writer.commit(bar.callback());
        bar.finish();
        for (const auto& n : writer.notes())
            printNote(n);
        printNote(fmt::format("wrote {} features ({} repaired) to {}", writer.written(), repaired,
                              m_repairedOutput));
    }

    InputOptions m_input;
    bool m_json = false;
    bool m_overwrite = false;
    std::string m_idField;
    std::string m_repairedOutput;
};

}  // namespace

std::unique_ptr<Command> makeValidateCommand() {
    return std::make_unique<ValidateCommand>();
}

}  // namespace ecotown::cli
