#!/bin/sh
# Times `ecotown-cli sample` at the default size (78,000 factories) and at 1,000,000 factories:
# wall seconds (hyperfine's mean when it is installed, else one /usr/bin/time run) and peak RSS
# (always /usr/bin/time: hyperfine does not measure memory).
#
# usage: bench/sample_bench.sh [BUILD_DIR]     (default: <repo>/build)
# env:   RUNS (hyperfine runs, default 3), SIZES (default "78000 1000000"),
#        WORLD (default the Debian qgis-common world_map.gpkg)
set -eu

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$REPO/build}
CLI=$BUILD/app/cli/ecotown-cli
DATA=$REPO/data
WORLD=${WORLD:-/usr/share/qgis/resources/data/world_map.gpkg}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"78000 1000000"}

if [ ! -x "$CLI" ]; then
    echo "sample_bench: no ecotown-cli at $CLI (build first, or give the build folder)" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "sample_bench: /usr/bin/time is missing (Debian package 'time')" >&2
    exit 2
fi

OUT=$(mktemp -d "${TMPDIR:-/tmp}/sample_bench.XXXXXX")
trap 'rm -rf "$OUT"' EXIT INT TERM

echo "ecotown-cli sample: $CLI ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for N in $SIZES; do
    CMD="$CLI sample --output $OUT/sample_$N.gpkg --factories $N --data-dir $DATA --world $WORLD --overwrite"
    # peak RSS (and the seconds of this one run)
    /usr/bin/time -f "%e %M" -o "$OUT/time_$N" $CMD >/dev/null
    read -r SECONDS_ONE RSS_KB <"$OUT/time_$N"
    SIZE_MB=$(du -m "$OUT/sample_$N.gpkg" | cut -f1)
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/h_$N.json" "$CMD" >/dev/null
        MEAN=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f s (hyperfine mean of %d runs, sd %.2f s)" % (r["mean"], len(r["times"]), r["stddev"] or 0))' "$OUT/h_$N.json")
    else
        MEAN="$SECONDS_ONE s (/usr/bin/time, one run)"
    fi
    printf 'sample --factories %-8s %s; peak RSS %s MB; output %s MB\n' \
        "$N:" "$MEAN" "$((RSS_KB / 1024))" "$SIZE_MB"
done
