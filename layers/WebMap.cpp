#include "layers/WebMap.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "layers/Style.hpp"

namespace ecotown::layers {

namespace {

using Json = nlohmann::json;

std::string hex(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

class Rounder {
  public:
    explicit Rounder(int decimals) : m_scale(std::pow(10.0, decimals)) {}
    double operator()(double v) const { return std::round(v * m_scale) / m_scale; }

  private:
    double m_scale;
};

// A (multi)polygon as GeoJSON coordinates, vertices rounded and repeated ones dropped.
Json multiPolygon(const geo::Geometry& g, const Rounder& round) {
    Json polygons = Json::array();
    std::uint32_t ring = 0;
    std::uint32_t begin = 0;
    const std::vector<std::uint32_t> parts =
        g.partEnds.empty()
            ? std::vector<std::uint32_t>{static_cast<std::uint32_t>(g.ringEnds.size())}
            : g.partEnds;
    for (std::uint32_t partEnd : parts) {
        Json rings = Json::array();
        for (; ring < partEnd && ring < g.ringEnds.size(); ++ring) {
            Json coords = Json::array();
            double lastX = NAN, lastY = NAN;
            for (std::uint32_t i = begin; i < g.ringEnds[ring]; ++i) {
                const double x = round(g.coords[i].x), y = round(g.coords[i].y);
                if (x == lastX && y == lastY)
                    continue;
                coords.push_back(Json::array({x, y}));
                lastX = x;
                lastY = y;
            }
            begin = g.ringEnds[ring];
            if (coords.size() >= 4)
                rings.push_back(std::move(coords));
        }
        if (!rings.empty())
            polygons.push_back(std::move(rings));
    }
    return {{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
}

Json feature(Json properties, Json geometry) {
    return {{"type", "Feature"},
            {"properties", std::move(properties)},
            {"geometry", std::move(geometry)}};
}

Json bilingual(const BilingualName& name) {
    return {{"en", name.en}, {"th", name.th}};
}

}  // namespace

std::string webMapDataJson(const Atlas& atlas, const Selection& sel, const std::string& language,
                           WebMapCounts& counts, int decimals) {
    const Rounder round(decimals);
    const auto& provinces = atlas.provinces();
    Json out;
    out["lang"] = language == "th" ? "th" : "en";
    out["asOfYear"] = sel.asOfYear;

    // Certified factories per province in the selection (what the province card says).
    const FactoryTable& f = atlas.factories();
    std::vector<std::int64_t> perProvince(provinces.size(), 0);
    for (std::uint32_t i : sel.factories) {
        if (f.province[i] >= 0)
            ++perProvince[static_cast<std::size_t>(f.province[i])];
    }

    Json provinceFeatures = Json::array();
    for (std::uint32_t p : sel.provinces) {
        const Province& pr = provinces[p];
        provinceFeatures.push_back(feature({{"id", pr.code},
                                            {"name", {{"en", pr.nameEn}, {"th", pr.nameTh}}},
                                            {"region", bilingual(regionName(pr.region))},
                                            {"factories", perProvince[p]}},
                                           multiPolygon(pr.shape, round)));
    }
    out["provinces"] = {{"type", "FeatureCollection"}, {"features", std::move(provinceFeatures)}};

    Json areaFeatures = Json::array();
    for (std::uint32_t a : sel.areas) {
        const EcoTownArea& area = atlas.areas()[a];
        const std::string province =
            area.province >= 0 ? provinces[static_cast<std::size_t>(area.province)].code : "";
        areaFeatures.push_back(
            feature({{"id", area.id},
                     {"name", {{"en", area.nameEn}, {"th", area.nameTh}}},
                     {"province", province},
                     {"stage", area.stage ? Json(static_cast<int>(*area.stage)) : Json(nullptr)},
                     {"phase", area.phase},
                     {"status", area.status}},
                    multiPolygon(area.shape, round)));
    }
    out["areas"] = {{"type", "FeatureCollection"}, {"features", std::move(areaFeatures)}};

    Json estateFeatures = Json::array();
    for (std::uint32_t e : sel.estates) {
        const IndustrialEstate& estate = atlas.estates()[e];
        estateFeatures.push_back(
            feature({{"id", estate.id},
                     {"name", {{"en", estate.nameEn}, {"th", estate.nameTh}}},
                     {"level",
                      estate.ieatLevel ? Json(static_cast<int>(*estate.ieatLevel)) : Json(nullptr)},
                     {"levelYear", estate.ieatLevelYear},
                     {"areaRai", estate.areaRai ? Json(*estate.areaRai) : Json(nullptr)},
                     {"status", estate.status}},
                    multiPolygon(estate.shape, round)));
    }
    out["estates"] = {{"type", "FeatureCollection"}, {"features", std::move(estateFeatures)}};

    // Factories: rows [lon, lat, GI level as of the year, flags (1 Eco Factory, 2 CSR-DIW),
    // province index or -1]; ids, names and certificates ("g3:2015 e:2019 c:2020") alongside.
    Json rows = Json::array();
    Json ids = Json::array();
    Json names = Json::array();
    Json certs = Json::array();
    const CertificateTable& c = atlas.certificates();
    std::string text;
    for (std::uint32_t i : sel.factories) {
        if (!std::isfinite(f.lon[i]) || !std::isfinite(f.lat[i]))
            continue;
        const FactoryStatus s = atlas.statusAsOf(i, sel.asOfYear);
        rows.push_back(Json::array({round(f.lon[i]), round(f.lat[i]), s.giLevel,
                                    (s.ecoFactory ? 1 : 0) | (s.csrDiw ? 2 : 0),
                                    static_cast<int>(f.province[i])}));
        ids.push_back(f.id[i]);
        names.push_back(f.nameTh.size() > i ? std::string(f.nameTh[i]) : std::string());
        text.clear();
        for (std::uint32_t k = f.certBegin[i]; k < f.certBegin[i + 1]; ++k) {
            if (!text.empty())
                text += ' ';
            text += c.type[k] == CertificationType::GreenIndustry ? "g" + std::to_string(c.level[k])
                    : c.type[k] == CertificationType::EcoFactory  ? std::string("e")
                                                                  : std::string("c");
            text += ':' + std::to_string(c.fiscalYear[k]);
        }
        certs.push_back(text);
    }
    counts.factories = static_cast<std::int64_t>(rows.size());
    out["factories"] = {{"rows", std::move(rows)},
                        {"ids", std::move(ids)},
                        {"names", std::move(names)},
                        {"certificates", std::move(certs)}};
    Json provinceNames = Json::array();
    for (const Province& p : provinces)
        provinceNames.push_back({{"en", p.nameEn}, {"th", p.nameTh}});
    out["provinceNames"] = std::move(provinceNames);

    // The legend and symbols, from the same style as the window.
    Json stages = Json::array();
    for (int s = 1; s <= kStageCount; ++s) {
        const auto stage = static_cast<DevelopmentStage>(s);
        stages.push_back({{"stage", s},
                          {"name", bilingual(stageName(stage))},
                          {"color", hex(stageColor(stage))},
                          {"areas", 0}});
    }
    for (std::uint32_t a : sel.areas) {
        if (const auto& st = atlas.areas()[a].stage)
            stages[static_cast<std::size_t>(*st) - 1]["areas"] =
                stages[static_cast<std::size_t>(*st) - 1]["areas"].get<int>() + 1;
    }
    Json levels = Json::array();
    for (int l = 1; l <= 3; ++l) {
        const auto level = static_cast<IeatEcoLevel>(l);
        levels.push_back({{"level", l},
                          {"name", bilingual(ieatEcoLevelName(level))},
                          {"color", hex(ieatLevelColor(&level))}});
    }
    Json giLevels = Json::array();
    for (int l = 1; l <= 5; ++l) {
        const auto level = static_cast<GreenIndustryLevel>(l);
        giLevels.push_back({{"level", l},
                            {"name", bilingual(greenIndustryLevelName(level))},
                            {"color", hex(greenIndustryColor(level))}});
    }
    const MapStyle& style = mapStyle();
    out["style"] = {{"stages", std::move(stages)},
                    {"ieatLevels", std::move(levels)},
                    {"noIeatLevel", hex(ieatLevelColor(nullptr))},
                    {"giLevels", std::move(giLevels)},
                    {"ecoFactory", hex(ecoFactoryColor())},
                    {"csrDiw", hex(csrDiwColor())},
                    {"sea", hex(style.sea)},
                    {"province", hex(style.province)},
                    {"provinceOutline", hex(style.provinceOutline)},
                    {"areaOutline", hex(style.areaOutline)},
                    {"estateOutline", hex(style.estateOutline)},
                    {"areaFillOpacity", style.areaFillOpacity},
                    {"estateFillOpacity", style.estateFillOpacity}};

    counts.provinces = static_cast<std::int64_t>(sel.provinces.size());
    counts.areas = static_cast<std::int64_t>(sel.areas.size());
    counts.estates = static_cast<std::int64_t>(sel.estates.size());
    return out.dump();
}

}  // namespace ecotown::layers
