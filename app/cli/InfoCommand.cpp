// `ecotown-cli info`: layers, feature counts, geometry types, CRS, extents, fields, encoding.

#include <cstdio>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/cli/Command.hpp"
#include "geo/Dataset.hpp"
#include "geo/Encoding.hpp"

namespace ecotown::cli {
namespace {

nlohmann::json extentJson(const geo::Extent& e) {
    if (!e.valid)
        return nullptr;
    return {e.minX, e.minY, e.maxX, e.maxY};
}

// A warning when the data extends beyond where its CRS is meant to be used.
std::string areaOfUseWarning(const geo::LayerInfo& info) {
    const auto& area = info.crs.areaOfUse();
    if (!area || !info.extentWgs84.valid)
        return {};
    const double tol = 0.5;
    const geo::Extent& e = info.extentWgs84;
    if (e.minX < area->minX - tol || e.maxX > area->maxX + tol || e.minY < area->minY - tol ||
        e.maxY > area->maxY + tol) {
        return fmt::format(
            "coordinates fall outside the area of use of {} (lon {:.3f}..{:.3f}, lat "
            "{:.3f}..{:.3f})",
            info.crs.label(), area->minX, area->maxX, area->minY, area->maxY);
    }
    return {};
}

class InfoCommand final : public Command {
  public:
    const char* name() const override { return "info"; }
    const char* description() const override {
        return "Describe a vector source: layers, counts, geometry, CRS, extent, fields, encoding";
    }
    void configure(CLI::App& sub) override {
        m_input.add(sub);
        sub.add_flag("--json", m_json, "Print JSON");
    }
    int run() override {
        geo::Dataset ds = m_input.open();
        std::vector<std::string> layers =
            m_input.layer.empty() ? ds.layerNames()
                                  : std::vector<std::string>{ds.resolveLayerName(m_input.layer)};
        nlohmann::json out;
        out["source"] = geo::displayText(ds.source());
        out["layers"] = nlohmann::json::array();
        std::string text = fmt::format("Source: {}\n", geo::displayText(ds.source()));
        for (const std::string& name : layers) {
            const geo::LayerInfo info = ds.layerInfo(name);
            const std::string warning = areaOfUseWarning(info);
            nlohmann::json j;
            j["name"] = geo::displayText(info.name);
            j["driver"] = info.driver;
            j["feature_count"] = info.featureCount;
            j["geometry_type"] = geo::geometryTypeName(info.geometryType);
            j["has_z"] = info.hasZ;
            j["crs"] = info.crs.isKnown()
                           ? nlohmann::json{{"authority", info.crs.authorityCode()},
                                            {"name", geo::displayText(info.crs.name())},
                                            {"assumed", info.crsAssumed}}
                           : nlohmann::json(nullptr);
            j["extent"] = extentJson(info.extent);
            j["extent_wgs84"] = extentJson(info.extentWgs84);
            j["encoding"] = {{"name", geo::displayText(info.encoding.name)},
                             {"reason", geo::displayText(info.encoding.reason)}};
            j["fields"] = nlohmann::json::array();
            for (const auto& f : info.fields) {
                j["fields"].push_back({{"name", geo::displayText(f.name)},
                                       {"type", geo::fieldTypeName(f.type)},
                                       {"width", f.width},
                                       {"precision", f.precision}});
            }
            if (!warning.empty())
                j["warnings"] = {warning};
            out["layers"].push_back(j);

            text += fmt::format("\nLayer: {}\n", geo::displayText(info.name));
            text += fmt::format("  Driver:     {}\n", info.driver);
            text += fmt::format("  Features:   {}\n", info.featureCount);
            text += fmt::format("  Geometry:   {}{}\n", geo::geometryTypeName(info.geometryType),
                                info.hasZ ? " Z" : "");
            if (info.crs.isKnown()) {
                text += fmt::format(
                    "  CRS:        {}{}{}\n",
                    info.crs.authorityCode().empty() ? "" : info.crs.authorityCode() + " ",
                    "(" + geo::displayText(info.crs.name()) + ")",
                    info.crsAssumed ? " [assumed]" : "");
            } else {
                text += "  CRS:        none declared (give --assume-crs)\n";
            }
            if (info.extent.valid) {
                text +=
                    fmt::format("  Extent:     {:.6f}, {:.6f} - {:.6f}, {:.6f}\n", info.extent.minX,
                                info.extent.minY, info.extent.maxX, info.extent.maxY);
            }
            if (info.extentWgs84.valid) {
                text += fmt::format("  WGS 84:     lon {:.6f} .. {:.6f}, lat {:.6f} .. {:.6f}\n",
                                    info.extentWgs84.minX, info.extentWgs84.maxX,
                                    info.extentWgs84.minY, info.extentWgs84.maxY);
            }
            text += fmt::format("  Encoding:   {} ({})\n", geo::displayText(info.encoding.name),
                                geo::displayText(info.encoding.reason));
            if (!warning.empty())
                text += fmt::format("  Warning:    {}\n", warning);
            text += fmt::format("  Fields ({}):\n", info.fields.size());
            for (const auto& f : info.fields) {
                text += fmt::format("    {:<24} {}", geo::displayText(f.name),
                                    geo::fieldTypeName(f.type));
                if (f.width > 0)
                    text += fmt::format("({}{})", f.width,
                                        f.precision > 0 ? fmt::format(".{}", f.precision) : "");
                text += "\n";
            }
        }
        // Every text above went through displayText; `replace` is the last guard for valid UTF-8.
        const std::string s =
            m_json ? out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"
                   : text;
        std::fwrite(s.data(), 1, s.size(), stdout);
        return kExitOk;
    }

  private:
    InputOptions m_input;
    bool m_json = false;
};

}  // namespace

std::unique_ptr<Command> makeInfoCommand() {
    return std::make_unique<InfoCommand>();
}

}  // namespace ecotown::cli
