#include "layers/Export.hpp"

#include <cmath>

#include "geo/Crs.hpp"

namespace ecotown::layers {

std::string_view exportLayerName(ExportLayer layer) {
    switch (layer) {
        case ExportLayer::Provinces:
            return "provinces";
        case ExportLayer::Areas:
            return "areas";
        case ExportLayer::Estates:
            return "estates";
        case ExportLayer::Factories:
            return "factories";
    }
    return "factories";
}

std::optional<ExportLayer> exportLayerFromName(std::string_view name) {
    for (ExportLayer l : {ExportLayer::Provinces, ExportLayer::Areas, ExportLayer::Estates,
                          ExportLayer::Factories}) {
        if (name == exportLayerName(l))
            return l;
    }
    return std::nullopt;
}

namespace {

using geo::FieldType;

geo::FieldDef text(const char* name) {
    return {name, FieldType::String, 0, 0};
}
geo::FieldDef integer(const char* name) {
    return {name, FieldType::Integer, 0, 0};
}
geo::FieldDef real(const char* name) {
    return {name, FieldType::Real, 0, 0};
}

// Field setters that reuse the string a value already holds: no allocation per field per
// feature once the first feature has been written.
void setText(geo::FieldValue& v, std::string_view s) {
    if (s.empty()) {
        v = std::monostate{};
    } else if (auto* held = std::get_if<std::string>(&v)) {
        held->assign(s);
    } else {
        v.emplace<std::string>(s);
    }
}
void setInt(geo::FieldValue& v, std::int64_t n) {
    v = n;
}
void setNull(geo::FieldValue& v) {
    v = std::monostate{};
}

// Polygons go out as MultiPolygon (one geometry type per layer); no shape = null geometry.
geo::Geometry multiPolygonOf(const geo::Geometry& g) {
    if (g.isEmpty() ||
        (g.type != geo::GeometryType::Polygon && g.type != geo::GeometryType::MultiPolygon)) {
        return geo::Geometry{};
    }
    geo::Geometry out = g;
    out.type = geo::GeometryType::MultiPolygon;
    if (out.partEnds.empty())
        out.partEnds.push_back(static_cast<std::uint32_t>(out.ringEnds.size()));
    return out;
}

struct ProvinceColumns {
    std::string_view code, en, th, region;
};

ProvinceColumns provinceColumns(const Atlas& atlas, std::int32_t p) {
    if (p == kNoIndex)
        return {};
    const Province& pr = atlas.provinces()[static_cast<std::size_t>(p)];
    return {pr.code, pr.nameEn, pr.nameTh, regionId(pr.region)};
}

}  // namespace

geo::Schema exportSchema(ExportLayer layer) {
    geo::Schema s;
    switch (layer) {
        case ExportLayer::Provinces:
            s.geometryType = geo::GeometryType::MultiPolygon;
            s.fields = {text("province_code"), integer("province_num"), text("name_en"),
                        text("name_th"),       text("region"),          text("region_en"),
                        text("region_th"),     integer("areas"),        integer("estates"),
                        integer("factories")};
            break;
        case ExportLayer::Areas:
            s.geometryType = geo::GeometryType::MultiPolygon;
            s.fields = {text("area_id"),       text("name_en"),     text("name_th"),
                        text("province_code"), text("province_en"), text("province_th"),
                        text("region"),        integer("phase"),    integer("year_designated"),
                        text("scope"),         integer("stage"),    text("stage_en"),
                        text("stage_th"),      text("status"),      integer("approximate"),
                        integer("estates"),    integer("factories")};
            break;
        case ExportLayer::Estates:
            s.geometryType = geo::GeometryType::MultiPolygon;
            s.fields = {text("estate_id"),     text("name_en"),        text("name_th"),
                        text("province_code"), text("province_en"),    text("province_th"),
                        text("region"),        text("area_id"),        real("area_rai"),
                        text("ieat_level"),    text("ieat_th"),        integer("ieat_year"),
                        text("status"),        integer("approximate"), integer("factories")};
            break;
        case ExportLayer::Factories:
            s.geometryType = geo::GeometryType::Point;
            s.fields = {text("factory_id"),  text("name_th"),      text("province_code"),
                        text("province_en"), text("province_th"),  text("region"),
                        text("region_en"),   text("region_th"),    text("declared_province"),
                        text("area_id"),     text("area_th"),      text("estate_id"),
                        text("estate_th"),   integer("gi_level"),  text("gi_name_en"),
                        text("gi_name_th"),  integer("gi_year"),   integer("eco_factory"),
                        integer("csr_diw"),  integer("as_of_year")};
            break;
    }
    return s;
}

ExportResult exportSelection(const Atlas& atlas, const Selection& sel, ExportLayer layer,
                             const std::string& path, geo::WriteOptions options,
                             const geo::ProgressCallback& progress) {
    if (options.layerName.empty())
        options.layerName = std::string(exportLayerName(layer));
    const geo::Schema schema = exportSchema(layer);
    geo::FeatureWriter writer(path, schema, geo::Crs::wgs84(), options);
    const FactoryTable& f = atlas.factories();

    // Selected factories per province / area / estate, for the polygon layers' "factories".
    auto countFactories = [&](auto column, std::size_t size) {
        std::vector<std::int64_t> counts(size, 0);
        for (std::uint32_t i : sel.factories) {
            const auto g = (f.*column)[i];
            if (g != kNoIndex)
                ++counts[static_cast<std::size_t>(g)];
        }
        return counts;
    };

    geo::Feature out;
    out.values.resize(schema.fields.size());
    std::int64_t n = 0;
    auto text = [&](std::size_t i, std::string_view v) { setText(out.values[i], v); };
    auto integer = [&](std::size_t i, std::int64_t v) { setInt(out.values[i], v); };
    auto intOrNull = [&](std::size_t i, std::int64_t v) {
        if (v > 0)
            setInt(out.values[i], v);
        else
            setNull(out.values[i]);
    };
    auto null = [&](std::size_t i) { setNull(out.values[i]); };
    auto tick = [&](std::int64_t total) {
        if ((++n & 0x3FFF) == 0 && progress && !progress("exporting", n, total)) {
            throw geo::Cancelled(path, "cancelled");
        }
    };

    switch (layer) {
        case ExportLayer::Provinces: {
            const auto factories =
                countFactories(&FactoryTable::province, atlas.provinces().size());
            std::vector<std::int64_t> areas(atlas.provinces().size()),
                estates(atlas.provinces().size());
            for (std::uint32_t a : sel.areas) {
                if (const auto p = atlas.areas()[a].province; p != kNoIndex)
                    ++areas[static_cast<std::size_t>(p)];
            }
            for (std::uint32_t e : sel.estates) {
                if (const auto p = atlas.estates()[e].province; p != kNoIndex)
                    ++estates[static_cast<std::size_t>(p)];
            }
            for (std::uint32_t i : sel.provinces) {
                const Province& p = atlas.provinces()[i];
                out.fid = static_cast<std::int64_t>(i) + 1;
                out.geometry = multiPolygonOf(p.shape);
                text(0, p.code);
                integer(1, p.number);
                text(2, p.nameEn);
                text(3, p.nameTh);
                text(4, regionId(p.region));
                text(5, regionName(p.region).en);
                text(6, regionName(p.region).th);
                integer(7, areas[i]);
                integer(8, estates[i]);
                integer(9, factories[i]);
                writer.write(out);
                tick(static_cast<std::int64_t>(sel.provinces.size()));
            }
            break;
        }
        case ExportLayer::Areas: {
            const auto factories = countFactories(&FactoryTable::area, atlas.areas().size());
            std::vector<std::int64_t> estates(atlas.areas().size());
            for (std::uint32_t e : sel.estates) {
                if (const auto a = atlas.estates()[e].area; a != kNoIndex)
                    ++estates[static_cast<std::size_t>(a)];
            }
            for (std::uint32_t i : sel.areas) {
                const EcoTownArea& a = atlas.areas()[i];
                const ProvinceColumns pc = provinceColumns(atlas, a.province);
                out.fid = static_cast<std::int64_t>(i) + 1;
                out.geometry = multiPolygonOf(a.shape);
                text(0, a.id);
                text(1, a.nameEn);
                text(2, a.nameTh);
                text(3, pc.code);
                text(4, pc.en);
                text(5, pc.th);
                text(6, pc.region);
                intOrNull(7, a.phase);
                intOrNull(8, a.yearDesignated);
                text(9, a.scope);
                if (a.stage) {
                    integer(10, static_cast<int>(*a.stage));
                    text(11, stageName(*a.stage).en);
                    text(12, stageName(*a.stage).th);
                } else {
                    null(10);
                    null(11);
                    null(12);
                }
                text(13, a.status);
                integer(14, a.approximate ? 1 : 0);
                integer(15, estates[i]);
                integer(16, factories[i]);
                writer.write(out);
                tick(static_cast<std::int64_t>(sel.areas.size()));
            }
            break;
        }
        case ExportLayer::Estates: {
            const auto factories = countFactories(&FactoryTable::estate, atlas.estates().size());
            for (std::uint32_t i : sel.estates) {
                const IndustrialEstate& e = atlas.estates()[i];
                const ProvinceColumns pc = provinceColumns(atlas, e.province);
                out.fid = static_cast<std::int64_t>(i) + 1;
                out.geometry = multiPolygonOf(e.shape);
                text(0, e.id);
                text(1, e.nameEn);
                text(2, e.nameTh);
                text(3, pc.code);
                text(4, pc.en);
                text(5, pc.th);
                text(6, pc.region);
                text(7, e.area == kNoIndex
                            ? std::string_view()
                            : std::string_view(atlas.areas()[static_cast<std::size_t>(e.area)].id));
                if (e.areaRai)
                    out.values[8] = *e.areaRai;
                else
                    null(8);
                if (e.ieatLevel) {
                    text(9, ieatEcoLevelName(*e.ieatLevel).en);
                    text(10, ieatEcoLevelName(*e.ieatLevel).th);
                } else {
                    null(9);
                    null(10);
                }
                intOrNull(11, e.ieatLevelYear);
                text(12, e.status);
                integer(13, e.approximate ? 1 : 0);
                integer(14, factories[i]);
                writer.write(out);
                tick(static_cast<std::int64_t>(sel.estates.size()));
            }
            break;
        }
        case ExportLayer::Factories: {
            const auto total = static_cast<std::int64_t>(sel.factories.size());
            const bool names = f.nameTh.size() == f.size();
            for (std::uint32_t i : sel.factories) {
                const ProvinceColumns pc = provinceColumns(atlas, f.province[i]);
                out.fid = f.fid[i];
                if (std::isfinite(f.lon[i]) && std::isfinite(f.lat[i])) {
                    out.geometry.type = geo::GeometryType::Point;
                    out.geometry.coords.assign(1, geo::XY{f.lon[i], f.lat[i]});
                } else {
                    out.geometry = geo::Geometry{};
                }
                text(0, f.id[i]);
                text(1, names ? f.nameTh[i] : std::string_view());
                text(2, pc.code);
                text(3, pc.en);
                text(4, pc.th);
                text(5, pc.region);
                if (f.province[i] != kNoIndex) {
                    const Region r =
                        atlas.provinces()[static_cast<std::size_t>(f.province[i])].region;
                    text(6, regionName(r).en);
                    text(7, regionName(r).th);
                } else {
                    null(6);
                    null(7);
                }
                const std::int16_t declared = f.declaredProvince[i];
                text(8, declared == kNoIndex
                            ? std::string_view()
                            : std::string_view(
                                  atlas.provinces()[static_cast<std::size_t>(declared)].code));
                if (f.area[i] != kNoIndex) {
                    const EcoTownArea& a = atlas.areas()[static_cast<std::size_t>(f.area[i])];
                    text(9, a.id);
                    text(10, a.nameTh);
                } else {
                    null(9);
                    null(10);
                }
                if (f.estate[i] != kNoIndex) {
                    const IndustrialEstate& e =
                        atlas.estates()[static_cast<std::size_t>(f.estate[i])];
                    text(11, e.id);
                    text(12, e.nameTh);
                } else {
                    null(11);
                    null(12);
                }
                const FactoryStatus s = atlas.statusAsOf(i, sel.asOfYear);
                integer(13, s.giLevel);
                if (s.giLevel > 0) {
                    const auto level = static_cast<GreenIndustryLevel>(s.giLevel);
                    text(14, greenIndustryLevelName(level).en);
                    text(15, greenIndustryLevelName(level).th);
                } else {
                    null(14);
                    null(15);
                }
                intOrNull(16, s.giYear);
                integer(17, s.ecoFactory ? 1 : 0);
                integer(18, s.csrDiw ? 1 : 0);
                integer(19, sel.asOfYear);
                writer.write(out);
                tick(total);
            }
            break;
        }
    }
    writer.commit(progress);
    return {writer.written(), writer.notes()};
}

}  // namespace ecotown::layers
