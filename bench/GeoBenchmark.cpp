// Hot paths of the geo core at the sizes of the issue: locating and counting 1,000,000 points
// in Thailand's 77 provinces (STR-tree + prepared GEOS + interior grid), and writing them.

#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "geo/Dataset.hpp"
#include "geo/Join.hpp"
#include "geo/Writer.hpp"

using namespace ecotown::geo;

namespace {

const char* kWorld = "/usr/share/qgis/resources/data/world_map.gpkg";

std::vector<Geometry> thaiProvinces() {
    static std::vector<Geometry> out = [] {
        std::vector<Geometry> g;
        Dataset ds = Dataset::open(kWorld);
        ReadOptions o;
        o.where = "iso_a2 = 'TH'";
        o.geometryOnly = true;
        FeatureReader r = ds.read("states_provinces", o);
        Feature f;
        while (r.next(f))
            g.push_back(f.geometry);
        return g;
    }();
    return out;
}

// Points spread over Thailand's bounding box, a third of them in the Bangkok region where the
// provinces are small (like the factory data).
void randomPoints(std::size_t n, std::vector<double>& x, std::vector<double>& y) {
    std::mt19937_64 rng(20240601);
    std::uniform_real_distribution<double> lon(97.4, 105.6), lat(5.7, 20.4), blon(100.2, 101.2),
        blat(13.4, 14.4);
    x.resize(n);
    y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool bangkok = i % 3 == 0;
        x[i] = bangkok ? blon(rng) : lon(rng);
        y[i] = bangkok ? blat(rng) : lat(rng);
    }
}

void BM_BuildProvinceIndex(benchmark::State& state) {
    const auto provinces = thaiProvinces();
    for (auto _ : state) {
        PolygonIndex index(provinces);
        benchmark::DoNotOptimize(index.size());
    }
}
BENCHMARK(BM_BuildProvinceIndex)->Unit(benchmark::kMillisecond);

void BM_CountPointsPerProvince(benchmark::State& state) {
    const PolygonIndex index(thaiProvinces());
    std::vector<double> x, y;
    randomPoints(static_cast<std::size_t>(state.range(0)), x, y);
    for (auto _ : state) {
        auto counts = index.countAll(x, y, static_cast<unsigned>(state.range(1)));
        benchmark::DoNotOptimize(counts.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CountPointsPerProvince)
    ->Args({1000000, 1})
    ->Args({1000000, 2})
    ->Unit(benchmark::kMillisecond);

void BM_WriteGeoJsonPoints(benchmark::State& state) {
    std::vector<double> x, y;
    randomPoints(static_cast<std::size_t>(state.range(0)), x, y);
    Schema schema;
    schema.geometryType = GeometryType::Point;
    schema.fields = {{"factory_id", FieldType::String, 0, 0},
                     {"gi_level", FieldType::Integer, 0, 0}};
    const std::string path =
        (std::filesystem::temp_directory_path() / "ecotown_bench.geojson").string();
    Feature f;
    f.geometry = Geometry::point(0, 0);
    f.values = {std::string("F0000001"), std::int64_t{3}};
    for (auto _ : state) {
        WriteOptions o;
        o.format = Format::GeoJSON;
        o.overwrite = true;
        FeatureWriter w(path, schema, Crs::wgs84(), o);
        for (std::size_t i = 0; i < x.size(); ++i) {
            f.geometry.coords[0] = {x[i], y[i]};
            w.write(f);
        }
        w.commit();
    }
    std::filesystem::remove(path);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_WriteGeoJsonPoints)->Arg(1000000)->Unit(benchmark::kMillisecond);

// Reading the coordinates of a GeoPackage point layer shaped like the factory data (id, Thai
// name, province code and three integers beside the geometry, about 180 bytes a row like
// the benchmark data of bench/README.md): the fast path of render and join.
void BM_ReadGpkgPoints(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("ecotown_bench_points_" + std::to_string(n) + ".gpkg"))
                                 .string();
    if (!std::filesystem::exists(path)) {
        std::vector<double> x, y;
        randomPoints(n, x, y);
        Schema schema;
        schema.geometryType = GeometryType::Point;
        schema.fields = {
            {"factory_id", FieldType::String, 0, 0},    {"name", FieldType::String, 0, 0},
            {"province_code", FieldType::String, 0, 0}, {"gi_level", FieldType::Integer, 0, 0},
            {"gi_year", FieldType::Integer, 0, 0},      {"eco_factory", FieldType::Integer, 0, 0}};
        WriteOptions o;
        o.format = Format::GeoPackage;
        o.overwrite = true;
        o.layerName = "factories";
        FeatureWriter w(path, schema, Crs::wgs84(), o);
        Feature f;
        f.geometry = Geometry::point(0, 0);
        for (std::size_t i = 0; i < n; ++i) {
            f.geometry.coords[0] = {x[i], y[i]};
            f.values = {"F" + std::to_string(1000000 + i),
                        "บริษัท โรงงานตัวอย่าง " + std::to_string(i) + " จำกัด",
                        std::string("TH-") + std::to_string(10 + i % 77),
                        std::int64_t(i % 6),
                        std::int64_t(2011 + i % 12),
                        std::int64_t(i % 50 == 0)};
            w.write(f);
        }
        w.commit();
    }
    const Dataset ds = Dataset::open(path);
    for (auto _ : state) {
        const Dataset::PointColumns cols = ds.readPoints();
        if (cols.x.size() != n)
            state.SkipWithError("wrong count");
        benchmark::DoNotOptimize(cols.x.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ReadGpkgPoints)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
