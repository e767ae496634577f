// Export: exactly the selection, with joined and translated attributes, in every format, read
// back through geo::Dataset (count, Thai text byte for byte, CRS); an empty selection writes an
// empty file.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "AtlasFixture.hpp"
#include "TestSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Error.hpp"
#include "layers/Atlas.hpp"
#include "layers/Export.hpp"
#include "layers/Filter.hpp"

namespace ecotown::test {

namespace {

using namespace ecotown::layers;

// All features of the only layer, keyed by the value of `keyField`.
std::map<std::string, std::map<std::string, std::string>> readBack(const std::string& path,
                                                                   const std::string& keyField,
                                                                   geo::Crs* crs = nullptr) {
    const geo::Dataset ds = geo::Dataset::open(path);
    geo::ReadOptions ro;
    ro.requireCrs = false;
    geo::FeatureReader r = ds.read("", ro);
    if (crs)
        *crs = r.crs();
    const int key = r.schema().fieldIndex(keyField);
    std::map<std::string, std::map<std::string, std::string>> out;
    geo::Feature f;
    while (r.next(f)) {
        if (key < 0) {
            ADD_FAILURE() << path << " has no field " << keyField;
        }
        std::map<std::string, std::string> values;
        for (std::size_t i = 0; i < r.schema().fields.size(); ++i) {
            values[r.schema().fields[i].name] = fieldText(f.values[i]);
        }
        values["(geometry)"] = f.geometry.isNull() ? "" : geo::geometryTypeName(f.geometry.type);
        out[key >= 0 ? fieldText(f.values[static_cast<std::size_t>(key)]) : std::to_string(f.fid)] =
            values;
    }
    return out;
}

class ExportOnFixture : public AtlasFixture {};

TEST_F(ExportOnFixture, FactoriesInEveryFormat) {
    ScratchDir out;
    Filter f;
    f.regions = {Region::East};
    const Selection sel = select(*s_atlas, f);
    ASSERT_EQ(sel.factories.size(), 4u);
    for (const char* format : {"gpkg", "geojson", "shp", "fgb", "kml", "csv"}) {
        SCOPED_TRACE(format);
        const std::string path = out.file(std::string("factories.") + format);
        geo::WriteOptions options;
        options.format = geo::formatFromName(format);
        const ExportResult result =
            exportSelection(*s_atlas, sel, ExportLayer::Factories, path, options);
        EXPECT_EQ(result.written, 4);
        geo::Crs crs;
        const auto rows = readBack(path, "factory_id", &crs);
        ASSERT_EQ(rows.size(), 4u);
        if (std::string(format) != "csv") {
            EXPECT_TRUE(crs.isWgs84()) << crs.label();
        }
        const auto& f1 = rows.at("F0000001");
        EXPECT_EQ(f1.at("name_th"), "โรงงาน \"หนึ่ง\" จำกัด");
        if (std::string(format) == "kml")
            continue;  // KML keeps name/description only
        const std::string code = std::string(format) == "shp" ? "province_c" : "province_code";
        const std::string th = std::string(format) == "shp" ? "province_t" : "province_th";
        EXPECT_EQ(f1.at(code), "TH-21");
        EXPECT_EQ(f1.at(th), "ระยอง");
        EXPECT_EQ(f1.at("region_th"), "ภาคตะวันออก");
        EXPECT_EQ(f1.at("area_id"), "ETA-01");
        EXPECT_EQ(f1.at("area_th"), "มาบตาพุด");
        EXPECT_EQ(f1.at("estate_id"), "E01");
        EXPECT_EQ(f1.at("gi_level"), "3");
        EXPECT_EQ(f1.at("gi_name_en"), "Green System");
        EXPECT_EQ(f1.at("gi_name_th"), "ระบบสีเขียว");
        EXPECT_EQ(f1.at("gi_year"), "2020");
        EXPECT_EQ(f1.at(std::string(format) == "shp" ? "eco_factor" : "eco_factory"), "1");
        EXPECT_EQ(f1.at("csr_diw"), "0");
        EXPECT_EQ(f1.at("as_of_year"), "2022");
        // declared TH-20, but the point lies in Rayong
        const auto& f2 = rows.at("F0000002");
        EXPECT_EQ(f2.at(code), "TH-21");
        EXPECT_EQ(f2.at(std::string(format) == "shp" ? "declared_p" : "declared_province"),
                  "TH-20");
        EXPECT_EQ(f2.at("area_id"), "");
    }
}

TEST_F(ExportOnFixture, GreenIndustryLevelAsOfTheFiltersEndYear) {
    ScratchDir out;
    Filter f;
    f.provinces = {"TH-21"};
    f.years = IntRange{2015, 2019};
    const Selection sel = select(*s_atlas, f);
    const std::string path = out.file("f.gpkg");
    geo::WriteOptions options;
    options.format = geo::Format::GeoPackage;
    exportSelection(*s_atlas, sel, ExportLayer::Factories, path, options);
    const auto rows = readBack(path, "factory_id");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows.at("F0000001").at("gi_level"), "1");  // GI3 came in 2020
    EXPECT_EQ(rows.at("F0000001").at("eco_factory"), "0");
    EXPECT_EQ(rows.at("F0000001").at("as_of_year"), "2019");
    EXPECT_EQ(rows.at("F0000002").at("gi_level"), "2");
}

TEST_F(ExportOnFixture, PolygonLayersWithTranslatedAttributes) {
    ScratchDir out;
    const Selection sel = select(*s_atlas, Filter{});
    geo::WriteOptions options;
    options.format = geo::Format::GeoPackage;
    exportSelection(*s_atlas, sel, ExportLayer::Provinces, out.file("p.gpkg"), options);
    const auto provinces = readBack(out.file("p.gpkg"), "province_code");
    ASSERT_EQ(provinces.size(), 4u);
    EXPECT_EQ(provinces.at("TH-20").at("name_th"), "ชลบุรี");
    EXPECT_EQ(provinces.at("TH-20").at("region_en"), "East");
    EXPECT_EQ(provinces.at("TH-20").at("factories"), "2");
    EXPECT_EQ(provinces.at("TH-21").at("estates"), "1");
    EXPECT_EQ(provinces.at("TH-21").at("(geometry)"), "MultiPolygon");

    exportSelection(*s_atlas, sel, ExportLayer::Areas, out.file("a.gpkg"), options);
    const auto areas = readBack(out.file("a.gpkg"), "area_id");
    ASSERT_EQ(areas.size(), 3u);
    EXPECT_EQ(areas.at("ETA-01").at("stage_en"), "Symbiosis");
    EXPECT_EQ(areas.at("ETA-01").at("stage_th"), "การพึ่งพาอาศัย");
    EXPECT_EQ(areas.at("ETA-01").at("province_th"), "ระยอง");
    EXPECT_EQ(areas.at("ETA-01").at("factories"), "1");
    EXPECT_EQ(areas.at("ETA-02").at("factories"), "2");

    exportSelection(*s_atlas, sel, ExportLayer::Estates, out.file("e.shp"),
                    geo::WriteOptions{geo::Format::Shapefile});
    const auto estates = readBack(out.file("e.shp"), "estate_id");
    ASSERT_EQ(estates.size(), 2u);
    EXPECT_EQ(estates.at("E01").at("ieat_level"), "Eco-World Class");
    EXPECT_EQ(estates.at("E01").at("ieat_th"), "อีโค เวิลด์ คลาส");
    EXPECT_EQ(estates.at("E01").at("area_id"), "ETA-01");
    EXPECT_EQ(estates.at("E02").at("name_th"), "นิคมอุตสาหกรรมบางชัน");
}

TEST_F(ExportOnFixture, ReprojectedOnRequest) {
    ScratchDir out;
    geo::WriteOptions options;
    options.format = geo::Format::GeoPackage;
    options.targetCrs = geo::Crs::fromUserInput("EPSG:32647");
    exportSelection(*s_atlas, select(*s_atlas, Filter{}), ExportLayer::Factories,
                    out.file("utm.gpkg"), options);
    const geo::Dataset ds = geo::Dataset::open(out.file("utm.gpkg"));
    EXPECT_EQ(ds.layerInfo().crs.authorityCode(), "EPSG:32647");
    EXPECT_EQ(ds.layerInfo().featureCount, 8);
}

TEST_F(ExportOnFixture, EmptySelectionWritesAnEmptyFile) {
    ScratchDir out;
    Filter f;
    f.provinces = {"Chon' Buri\""};
    const Selection sel = select(*s_atlas, f);
    for (ExportLayer layer : {ExportLayer::Provinces, ExportLayer::Areas, ExportLayer::Estates,
                              ExportLayer::Factories}) {
        for (const char* format : {"gpkg", "geojson", "shp", "csv"}) {
            const std::string path = out.file(std::string(exportLayerName(layer)) + "." + format);
            geo::WriteOptions options;
            options.format = geo::formatFromName(format);
            const ExportResult result = exportSelection(*s_atlas, sel, layer, path, options);
            EXPECT_EQ(result.written, 0);
            ASSERT_TRUE(std::filesystem::exists(path)) << path;
            EXPECT_TRUE(
                readBack(path, std::string(format) == "shp" && layer == ExportLayer::Provinces
                                   ? "province_c"
                                   : exportSchema(layer).fields[0].name)
                    .empty())
                << path;
        }
    }
}

TEST_F(ExportOnFixture, ExistingOutputIsRefusedUnlessOverwrite) {
    ScratchDir out;
    const std::string path = out.file("f.geojson");
    writeTextFile(path, "keep me");
    const Selection sel = select(*s_atlas, Filter{});
    EXPECT_THROW(exportSelection(*s_atlas, sel, ExportLayer::Factories, path, geo::WriteOptions{}),
                 OutputError);
    EXPECT_EQ(readTextFile(path), "keep me");
    geo::WriteOptions options;
    options.overwrite = true;
    EXPECT_EQ(exportSelection(*s_atlas, sel, ExportLayer::Factories, path, options).written, 8);
}

TEST(ExportNames, LayerNames) {
    EXPECT_EQ(exportLayerFromName("factories"), ExportLayer::Factories);
    EXPECT_FALSE(exportLayerFromName("towns"));
    // field names stay distinct when a shapefile cuts them to 10 characters
    for (ExportLayer layer : {ExportLayer::Provinces, ExportLayer::Areas, ExportLayer::Estates,
                              ExportLayer::Factories}) {
        std::set<std::string> cut;
        for (const auto& field : exportSchema(layer).fields)
            EXPECT_TRUE(cut.insert(field.name.substr(0, 10)).second) << field.name;
    }
}

}  // namespace
}  // namespace ecotown::test
