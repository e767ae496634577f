#!/bin/sh
# The domain's whole commands on the bundled data (stats, export) and on 1,000,000 factories
# (a `sample --factories 1000000` dataset): wall time (hyperfine) and peak RSS (GNU time).
# In-process filter + statistics times come from `build/bench/ecotown_bench` (Google Benchmark,
# BM_FilterAndStatistics; ECOTOWN_BENCH_DATA=<gpkg> points it at the 1M dataset).
# usage: bench/domain_bench.sh [BUILD_DIR]
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$REPO/build}
CLI=$BUILD/app/cli/ecotown-cli
BUNDLED=$BUILD/data/ecotown.gpkg
WORK=${WORK:-/tmp/ecotown-domain-bench}
mkdir -p "$WORK"
[ -f "$WORK/ecotown_1m.gpkg" ] || "$CLI" sample --factories 1000000 --data-dir "$REPO/data" --output "$WORK/ecotown_1m.gpkg"

run() {  # NAME COMMAND...
    name=$1; shift
    hyperfine --style basic --runs 5 --warmup 1 --prepare "rm -rf $WORK/out_*" "$*" 2>/dev/null | grep -E "Time \(mean"  | sed "s/^/$name: /"
    /usr/bin/time -f "$name: peak RSS %M KB" "$@" > /dev/null 2> "$WORK/time.txt" || true
    tail -1 "$WORK/time.txt"
}
run stats_bundled "$CLI" stats --data "$BUNDLED"
run stats_bundled_filtered "$CLI" stats --data "$BUNDLED" --region east --cert gi:3-5 --year 2019-2022 --by province
run export_areas_bundled "$CLI" export --data "$BUNDLED" --layer areas --output "$WORK/out_areas.gpkg"
run export_factories_filtered "$CLI" export --data "$BUNDLED" --layer factories --province TH-21 --output "$WORK/out_f.gpkg"
run export_factories_all_geojson "$CLI" export --data "$BUNDLED" --layer factories --output "$WORK/out_all.geojson"
run stats_1m "$CLI" stats --data "$WORK/ecotown_1m.gpkg" --region east --cert gi:3-5
ECOTOWN_BENCH_DATA="$WORK/ecotown_1m.gpkg" "$BUILD/bench/ecotown_bench" --benchmark_filter=FilterAndStatistics 2>/dev/null | grep BM_ | sed 's/^/1M in-process: /'
