#include "app/render/AtlasScene.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <QColor>

#include "layers/Focus.hpp"
#include "layers/Provenance.hpp"
#include "layers/Statistics.hpp"
#include "layers/Style.hpp"

namespace ecotown::render {
namespace {

// The words on the map in both languages; the Thai wording is the window's (i18n/ecotown_th.ts).
struct Words {
    const char* en;
    const char* th;
};
constexpr Words kTitle{"Eco-industrial towns of Thailand · เมืองอุตสาหกรรมเชิงนิเวศ",
                       "เมืองอุตสาหกรรมเชิงนิเวศของประเทศไทย"};
constexpr Words kAllOfThailand{"All of Thailand", "ทั้งประเทศไทย"};
constexpr Words kAsOf{"certificates as of ", "การรับรอง ณ ปี "};
constexpr Words kAsOfYear{"as of ", "ณ ปี "};
constexpr Words kPhase{"phase ", "ระยะที่ "};
constexpr Words kStage{"stage ", "ระดับ "};
constexpr Words kProvinces{"Provinces", "จังหวัด"};
constexpr Words kSelectedProvinces{"Selected provinces", "จังหวัดที่เลือก"};
constexpr Words kOtherProvinces{"Other provinces", "จังหวัดอื่น"};
constexpr Words kAreasHeading{"Eco-town areas by development stage",
                              "พื้นที่เมืองอุตสาหกรรมเชิงนิเวศตามระดับการพัฒนา"};
constexpr Words kStageEntry{"Stage ", "ระดับ "};
constexpr Words kStageUnknown{"Stage unknown", "ไม่ทราบระดับ"};
constexpr Words kStageIllustrative{"Hatched: stage illustrative, not confirmed",
                                   "แรเงา: ระดับเป็นตัวอย่าง ยังไม่ยืนยัน"};
constexpr Words kOutlineApproximate{"Dashed: outline approximate (a circle)",
                                    "เส้นประ: ขอบเขตโดยประมาณ (วงกลม)"};
constexpr Words kEstatesHeading{"Industrial estates by IEAT eco level",
                                "นิคมอุตสาหกรรมตามระดับเชิงนิเวศของ กนอ."};
constexpr Words kNoEcoLevel{"No eco level", "ยังไม่มีระดับเชิงนิเวศ"};
constexpr Words kFactoriesHeading{"Certified factories", "โรงงานที่ได้รับการรับรอง"};
constexpr Words kEcoFactory{"Eco Factory", "โรงงานอุตสาหกรรมเชิงนิเวศ (Eco Factory)"};
constexpr Words kCsrDiw{"CSR-DIW", "CSR-DIW"};
constexpr Words kSource{
    "Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: "
    "synthetic sample.",
    "ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่และนิคม: data/README.md โรงงาน: "
    "ข้อมูลตัวอย่างสังเคราะห์"};

std::string word(const Words& w, MapLanguage language) {
    return language == MapLanguage::Thai ? w.th : w.en;
}
std::string nameOf(const std::string& en, const std::string& th, MapLanguage language) {
    return language == MapLanguage::Thai && !th.empty() ? th : en;
}
std::string nameOf(const layers::BilingualName& n, MapLanguage language) {
    return nameOf(std::string(n.en), std::string(n.th), language);
}

layers::Rgba fromQColor(const QColor& c) {
    return {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
            static_cast<std::uint8_t>(c.blue()), static_cast<std::uint8_t>(c.alpha())};
}

// Provinces outside the selection are drawn darker, as the window does (QColor::darker(115)).
layers::Rgba unselected(layers::Rgba c) {
    return fromQColor(QColor(c.r, c.g, c.b, c.a).darker(115));
}

// Areas whose stage is unknown are grey: the style's "no class" grey (ieatLevelColor(nullptr)),
// the same grey the window gives them.
layers::Rgba stageFill(const std::optional<layers::DevelopmentStage>& stage) {
    return stage ? layers::stageColor(*stage) : layers::ieatLevelColor(nullptr);
}

PolygonStyle areaStyle(layers::Rgba fill) {
    const auto& st = layers::mapStyle();
    return {fill, st.areaFillOpacity, st.areaOutline, st.areaOutlineWidth};
}
PolygonStyle estateStyle(layers::Rgba fill) {
    const auto& st = layers::mapStyle();
    return {fill, st.estateFillOpacity, st.estateOutline, st.estateOutlineWidth};
}
PolygonStyle provinceStyle(layers::Rgba fill) {
    const auto& st = layers::mapStyle();
    return {fill, 1.0, st.provinceOutline, st.provinceOutlineWidth};
}

std::string rangeText(const layers::IntRange& r) {
    return r.min == r.max ? std::to_string(r.min)
                          : std::to_string(r.min) + "–" + std::to_string(r.max);
}

// "Rayong · stage 3–5 · certificates as of 2022": what the window's filter summary says.
std::string filterSummary(const layers::Atlas& atlas, const layers::Filter& filter,
                          const layers::Selection& selection, MapLanguage language) {
    std::vector<std::string> parts;
    for (const std::string& p : filter.provinces) {
        const auto i = atlas.findProvince(p);
        parts.push_back(
            i ? nameOf(atlas.provinces()[*i].nameEn, atlas.provinces()[*i].nameTh, language) : p);
    }
    for (layers::Region r : filter.regions)
        parts.push_back(nameOf(layers::regionName(r), language));
    if (!filter.phases.empty()) {
        std::string phases;
        for (int ph : filter.phases)
            phases += (phases.empty() ? "" : ",") + std::to_string(ph);
        parts.push_back(word(kPhase, language) + phases);
    }
    if (filter.stages)
        parts.push_back(word(kStage, language) + rangeText(*filter.stages));
    for (const layers::CertificationRule& rule : filter.certifications) {
        if (rule.type == layers::CertificationType::GreenIndustry) {
            parts.push_back("GI " + rangeText(rule.levels));
        } else {
            parts.push_back(
                word(rule.type == layers::CertificationType::EcoFactory ? kEcoFactory : kCsrDiw,
                     language));
        }
    }
    if (filter.years)
        parts.push_back(rangeText(*filter.years));
    if (filter.bbox) {
        char text[96];
        std::snprintf(text, sizeof text, "%.2f,%.2f,%.2f,%.2f", filter.bbox->minX,
                      filter.bbox->minY, filter.bbox->maxX, filter.bbox->maxY);
        parts.push_back(text);
    }
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : " · ") + p;
    if (out.empty())
        out = word(kAllOfThailand, language);
    if (selection.asOfYear > 0)
        out += " · " + word(kAsOf, language) + std::to_string(selection.asOfYear);
    return out;
}

void addPolygons(PolygonLayer& layer, const geo::Geometry& shape, const PolygonStyle& style) {
    if (shape.isNull() || shape.isEmpty())
        return;
    layer.polygons.push_back({shape, style});
}

}  // namespace

// In layers::FactorySymbol's order: later symbols are stamped on top.
const std::vector<PointSymbol>& factorySymbols() {
    static const std::vector<PointSymbol> symbols = [] {
        std::vector<PointSymbol> s;
        for (std::size_t i = 0; i < layers::kFactorySymbolCount; ++i) {
            const auto symbol = static_cast<layers::FactorySymbol>(i);
            s.push_back({layers::factorySymbolColor(symbol), layers::factorySymbolSize(symbol)});
        }
        return s;
    }();
    return symbols;
}

geo::Extent selectionExtent(const layers::Atlas& atlas, const layers::Filter& filter,
                            const layers::Selection& selection) {
    const std::optional<geo::Extent> e = layers::filterExtent(atlas, filter, selection);
    if (!e)
        return thailandExtent();
    return filter.bbox ? *e : withMargin(*e);
}

MapScene atlasScene(const layers::Atlas& atlas, const layers::Filter& filter,
                    const layers::Selection& selection, const SceneOptions& options) {
    const auto& st = layers::mapStyle();
    const MapLanguage lang = options.language;
    const MapLayers& show = options.layers;
    MapScene scene;
    scene.background = st.sea;
    scene.labelColor = st.label;
    scene.haloColor = st.labelHalo;
    scene.extent = options.extent ? *options.extent : selectionExtent(atlas, filter, selection);

    std::vector<bool> provinceSelected(atlas.provinces().size(), false);
    for (std::uint32_t i : selection.provinces)
        provinceSelected[i] = true;

    if (show.countries) {
        PolygonLayer& countries = scene.polygonLayers.emplace_back();
        countries.name = "countries";
        for (const layers::Country& c : atlas.countries()) {
            if (c.isoA2 == "TH")
                continue;  // Thailand is drawn by its provinces
            addPolygons(countries, c.shape, {st.land, 1.0, st.landOutline, 1.0});
        }
    }
    if (show.provinces) {
        PolygonLayer& provinces = scene.polygonLayers.emplace_back();
        provinces.name = "provinces";
        for (std::size_t i = 0; i < atlas.provinces().size(); ++i) {
            addPolygons(provinces, atlas.provinces()[i].shape,
                        provinceStyle(provinceSelected[i] ? st.province : unselected(st.province)));
        }
    }
    if (show.areas) {
        PolygonLayer& areas = scene.polygonLayers.emplace_back();
        areas.name = "areas";
        for (std::uint32_t i : selection.areas) {
            const layers::EcoTownArea& a = atlas.areas()[i];
            PolygonStyle style = areaStyle(stageFill(a.stage));
            style.hatched = layers::stageIsIllustrative(a);
            style.dashedOutline = a.approximate;
            addPolygons(areas, a.shape, style);
        }
    }
    if (show.estates) {
        PolygonLayer& estates = scene.upperLayers.emplace_back();
        estates.name = "estates";
        for (std::uint32_t i : selection.estates) {
            const layers::IndustrialEstate& e = atlas.estates()[i];
            addPolygons(estates, e.shape,
                        estateStyle(layers::ieatLevelColor(e.ieatLevel ? &*e.ieatLevel : nullptr)));
        }
    }
    if (show.factories) {
        const layers::FactoryTable& f = atlas.factories();
        PointLayer& points = scene.points;
        points.symbols = factorySymbols();
        points.lon.reserve(selection.factories.size());
        points.lat.reserve(selection.factories.size());
        points.symbol.reserve(selection.factories.size());
        for (std::uint32_t i : selection.factories) {
            if (!std::isfinite(f.lon[i]) || !std::isfinite(f.lat[i]))
                continue;
            const layers::FactoryStatus s = atlas.statusAsOf(i, selection.asOfYear);
            const auto symbol =
                layers::factorySymbol(s.ecoFactory, s.giLevel, s.csrDiw, options.factorySymbols);
            if (!symbol)
                continue;  // nothing the map shows
            points.lon.push_back(f.lon[i]);
            points.lat.push_back(f.lat[i]);
            points.symbol.push_back(static_cast<std::uint8_t>(*symbol));
        }
    }
    if (show.labels) {
        // The window's priorities: area names (from zoom 7.5), provinces larger first, estates
        // (from zoom 10).
        for (std::uint32_t i : selection.areas) {
            const auto& a = atlas.areas()[i];
            if (show.areas)
                scene.labels.push_back({a.labelPoint.x, a.labelPoint.y,
                                        nameOf(a.nameEn, a.nameTh, lang), 12, true, 7.5,
                                        st.areaLabel});
        }
        std::vector<std::size_t> order(atlas.provinces().size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto size = [&](std::size_t i) {
            const auto& e = atlas.provinces()[i].extent;
            return (e.maxX - e.minX) * (e.maxY - e.minY);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return size(a) > size(b); });
        for (std::size_t i : order) {
            const auto& p = atlas.provinces()[i];
            if (show.provinces)
                scene.labels.push_back({p.labelPoint.x, p.labelPoint.y,
                                        nameOf(p.nameEn, p.nameTh, lang), 11, false, 0});
        }
        for (std::uint32_t i : selection.estates) {
            const auto& e = atlas.estates()[i];
            if (show.estates)
                scene.labels.push_back({e.labelPoint.x, e.labelPoint.y,
                                        nameOf(e.nameEn, e.nameTh, lang), 10, false, 10});
        }
    }

    scene.title = options.title.empty()  ? word(kTitle, lang)
                  : options.title == "-" ? ""
                                         : options.title;
    scene.subtitle = scene.title.empty() ? "" : filterSummary(atlas, filter, selection, lang);
    scene.source = options.source.empty() ? word(kSource, lang) : options.source;

    if (show.legend) {
        const layers::Statistics stats =
            layers::computeStatistics(atlas, selection, layers::GroupBy::Region);
        if (show.provinces) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = word(kProvinces, lang);
            const std::size_t selected = selection.provinces.size(), all = atlas.provinces().size();
            if (selected == all) {
                s.entries.push_back({LegendEntry::Symbol::Fill,
                                     provinceStyle(st.province),
                                     {},
                                     word(kProvinces, lang),
                                     groupDigits(static_cast<long long>(all))});
            } else {
                s.entries.push_back({LegendEntry::Symbol::Fill,
                                     provinceStyle(st.province),
                                     {},
                                     word(kSelectedProvinces, lang),
                                     groupDigits(static_cast<long long>(selected))});
                s.entries.push_back({LegendEntry::Symbol::Fill,
                                     provinceStyle(unselected(st.province)),
                                     {},
                                     word(kOtherProvinces, lang),
                                     groupDigits(static_cast<long long>(all - selected))});
            }
        }
        if (show.areas) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = word(kAreasHeading, lang);
            for (int n = 1; n <= layers::kStageCount; ++n) {
                const auto stage = static_cast<layers::DevelopmentStage>(n);
                s.entries.push_back({LegendEntry::Symbol::Fill,
                                     areaStyle(layers::stageColor(stage)),
                                     {},
                                     word(kStageEntry, lang) + std::to_string(n) + " · " +
                                         nameOf(layers::stageName(stage), lang),
                                     groupDigits(stats.areasByStage[static_cast<std::size_t>(n)])});
            }
            long long unknown = 0, illustrative = 0, approximate = 0;
            for (std::uint32_t i : selection.areas) {
                unknown += atlas.areas()[i].stage ? 0 : 1;
                illustrative += layers::stageIsIllustrative(atlas.areas()[i]) ? 1 : 0;
                approximate += atlas.areas()[i].approximate ? 1 : 0;
            }
            if (unknown > 0) {
                s.entries.push_back({LegendEntry::Symbol::Fill,
                                     areaStyle(stageFill(std::nullopt)),
                                     {},
                                     word(kStageUnknown, lang),
                                     groupDigits(unknown)});
            }
            PolygonStyle hatched = areaStyle(st.province);
            hatched.hatched = true;
            s.entries.push_back({LegendEntry::Symbol::Fill,
                                 hatched,
                                 {},
                                 word(kStageIllustrative, lang),
                                 groupDigits(illustrative)});
            PolygonStyle dashed = areaStyle(st.province);
            dashed.dashedOutline = true;
            s.entries.push_back({LegendEntry::Symbol::Fill,
                                 dashed,
                                 {},
                                 word(kOutlineApproximate, lang),
                                 groupDigits(approximate)});
        }
        if (show.estates) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = word(kEstatesHeading, lang);
            for (int l = 3; l >= 0; --l) {
                std::optional<layers::IeatEcoLevel> level;
                if (l > 0)
                    level = static_cast<layers::IeatEcoLevel>(l);
                s.entries.push_back(
                    {LegendEntry::Symbol::Fill,
                     estateStyle(layers::ieatLevelColor(level ? &*level : nullptr)),
                     {},
                     level ? nameOf(layers::ieatEcoLevelName(*level), lang)
                           : word(kNoEcoLevel, lang),
                     groupDigits(stats.estatesByEcoLevel[static_cast<std::size_t>(l)])});
            }
        }
        if (show.factories) {
            LegendSection& s = scene.legend.emplace_back();
            s.heading = word(kFactoriesHeading, lang) + " (" + word(kAsOfYear, lang) +
                        std::to_string(selection.asOfYear) + ")";
            const layers::FactoryCounts& t = stats.total.counts;
            const auto& symbols = factorySymbols();
            const layers::FactorySymbolToggles& shown = options.factorySymbols;
            if (shown.ecoFactory)
                s.entries.push_back({LegendEntry::Symbol::Point,
                                     {},
                                     symbols[6],
                                     word(kEcoFactory, lang),
                                     groupDigits(t.ecoFactory)});
            for (int l = 5; l >= 1 && shown.greenIndustry; --l) {
                const auto level = static_cast<layers::GreenIndustryLevel>(l);
                s.entries.push_back({LegendEntry::Symbol::Point,
                                     {},
                                     symbols[static_cast<std::size_t>(l)],
                                     "GI " + std::to_string(l) + " · " +
                                         nameOf(layers::greenIndustryLevelName(level), lang),
                                     groupDigits(t.giLevel[static_cast<std::size_t>(l)])});
            }
            if (shown.csrDiw)
                s.entries.push_back({LegendEntry::Symbol::Point,
                                     {},
                                     symbols[0],
                                     word(kCsrDiw, lang),
                                     groupDigits(t.csrDiw)});
        }
    }
    return scene;
}

}  // namespace ecotown::render
