#!/bin/sh
# The report commands as a user runs them: `kpi` on the bundled data and on 1,000,000 factories
# (a `sample --factories 1000000` dataset, made once in WORK), `webmap` of the bundled
# data, and the web map's first full draw in headless Chromium (the page's own data-draw-ms, from
# the script's start to every layer drawn), one province factsheet and all 77. Wall time by
# hyperfine, peak RSS by GNU time.
# usage: bench/reports_bench.sh [BUILD_DIR]
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$REPO/build}
CLI=$BUILD/app/cli/ecotown-cli
BUNDLED=$BUILD/data/ecotown.gpkg
WORK=${WORK:-/tmp/ecotown-domain-bench-reports}
mkdir -p "$WORK"
[ -f "$WORK/ecotown_1m.gpkg" ] || "$CLI" sample --factories 1000000 --data-dir "$REPO/data" --output "$WORK/ecotown_1m.gpkg"

run() {  # NAME COMMAND...
    name=$1; shift
    hyperfine --style basic --runs 5 --warmup 1 --prepare "rm -rf $WORK/out_*" "$*" 2>/dev/null | grep -E "Time \(mean"  | sed "s/^/$name: /"
    rm -rf "$WORK"/out_*
    /usr/bin/time -f "$name: peak RSS %M KB" "$@" > /dev/null 2> "$WORK/time.txt" || true
    tail -1 "$WORK/time.txt"
}
run kpi_bundled "$CLI" kpi --data "$BUNDLED"
run kpi_bundled_east "$CLI" kpi --data "$BUNDLED" --region east --from 2011 --to 2022 --json
run kpi_1m "$CLI" kpi --data "$WORK/ecotown_1m.gpkg"
run webmap_bundled "$CLI" webmap --data "$BUNDLED" --output "$WORK/out_webmap"
run report_one "$CLI" report --data "$BUNDLED" --province TH-21 --output "$WORK/out_rayong.pdf"
run report_one_th "$CLI" report --data "$BUNDLED" --province TH-21 --lang th --output "$WORK/out_rayong_th.pdf"
# All 77 factsheets: one run (it takes long enough not to need five).
rm -rf "$WORK/all" && mkdir -p "$WORK/all"
/usr/bin/time -f "report_all (77 factsheets): %e s wall, peak RSS %M KB" "$CLI" report --data "$BUNDLED" --all \
    --output-dir "$WORK/all" > /dev/null 2> "$WORK/time.txt" || true
tail -1 "$WORK/time.txt"

# First full draw in the browser: five page loads, the page's own timing.
rm -rf "$WORK/webmap" && "$CLI" webmap --data "$BUNDLED" --output "$WORK/webmap" > /dev/null
for i in 1 2 3 4 5; do
    chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
        --virtual-time-budget=20000 --dump-dom "file://$WORK/webmap/index.html" 2>/dev/null |
        grep -o 'data-draw-ms="[0-9]*"' | sed "s/^/webmap_first_draw run $i: /"
done
/usr/bin/time -f "chromium whole run (start, load, draw, dump): %e s" chromium --headless --no-sandbox \
    --disable-gpu --no-first-run --user-data-dir="$WORK/profile" --dump-dom \
    "file://$WORK/webmap/index.html" > /dev/null 2> "$WORK/time.txt" || true
tail -1 "$WORK/time.txt"
