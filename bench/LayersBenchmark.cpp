// The domain on the bundled data: filtering and statistics, the work behind `stats` and the
// window's filter panel.

#include <benchmark/benchmark.h>

#include <cstdlib>

#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"
#include "layers/Filter.hpp"
#include "layers/Statistics.hpp"

using namespace ecotown::layers;

namespace {

// The bundled dataset, or the one ECOTOWN_BENCH_DATA names (e.g. 1,000,000 factories).
const Atlas& bundled() {
    static const Atlas atlas = [] {
        const char* path = std::getenv("ECOTOWN_BENCH_DATA");
        AtlasLoadOptions options;
        options.factoryNames = false;
        return readBundledAtlas(path ? path : ECOTOWN_BUNDLED_GPKG, options);
    }();
    return atlas;
}

void BM_FilterAndStatistics(benchmark::State& state) {
    const Atlas& atlas = bundled();
    Filter f;
    if (state.range(0) == 1)
        f.provinces = {"TH-21"};
    if (state.range(0) == 2) {
        f.regions = {Region::East};
        f.certifications = {{CertificationType::GreenIndustry, {3, 5}}};
        f.years = IntRange{2019, 2022};
    }
    for (auto _ : state) {
        const Selection s = select(atlas, f);
        const Statistics st = computeStatistics(atlas, s, GroupBy::Province);
        benchmark::DoNotOptimize(st.total.counts.factories);
    }
}
BENCHMARK(BM_FilterAndStatistics)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace
