#!/usr/bin/env bash
# Kills `ecotown-cli convert --overwrite` with SIGKILL at random moments and checks after each
# kill that the target is whole: the old output or the new one (told apart by their feature
# counts), opened and read to the end by GDAL (ogrinfo), a shapefile's .shp, .shx and .dbf
# agreeing on the record count.
#
#   scripts/kill-test.sh [KILLS_PER_FORMAT] [POINTS] [FORMATS...]
#
# Defaults: 50 kills, 1,000,000 points, every format. scripts/test.sh runs a short version.
# Needs a build in ./build (ecotown-cli). Prints one line per format: kills, old, new, broken;
# with KILL_TEST_VERBOSE=1 also one line per kill on stderr (long runs: what is done so far).
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
points=${2:-1000000}
shift $(($# > 2 ? 2 : $#))
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(gpkg shp geojson fgb csv kml)
cli=$PWD/build/app/cli/ecotown-cli
work=$(mktemp -d "${TMPDIR:-/tmp}/ecotown-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Two sources told apart by their count: A has `points` factories, B one fewer.
"$cli" sample --output "$work/a.gpkg" --factories "$points" --seed 1 >/dev/null
"$cli" convert "$work/a.gpkg" "$work/b.gpkg" --layer factories --where "fid <> 1" >/dev/null
# the feature count of a file's layer (the only one, or the one named)
count() {
    if [ $# -gt 1 ]; then ogrinfo -ro -so "$1" "$2"; else ogrinfo -ro -so -al "$1"; fi 2>/dev/null |
        sed -n 's/^Feature Count: //p' | head -1
}
na=$(count "$work/a.gpkg" factories)
nb=$(count "$work/b.gpkg" factories)
[ -n "$na" ] && [ -n "$nb" ] && [ "$na" != "$nb" ] || { echo "cannot count the sources" >&2; exit 2; }

# Records in a .dbf header (bytes 4-7, little-endian) and in a .shx (file length).
dbf_records() { od -An -t u4 -j 4 -N 4 "$1" | tr -d ' '; }
shx_records() { echo $(( ($(stat -c %s "$1") - 100) / 8 )); }

failures=0
for fmt in "${formats[@]}"; do
    out="$work/out.$fmt"
    "$cli" convert "$work/a.gpkg" "$out" --layer factories >/dev/null 2>&1
    # how long one convert takes: the kills fall anywhere in it
    start=$(date +%s%N)
    "$cli" convert "$work/b.gpkg" "$out" --layer factories --overwrite >/dev/null 2>&1
    ms=$(( ($(date +%s%N) - start) / 1000000 + 50 ))
    old=0 new=0 broken=0 src=a
    for ((k = 1; k <= kills; k++)); do
        "$cli" convert "$work/$src.gpkg" "$out" --layer factories --overwrite >/dev/null 2>&1 &
        pid=$!
        sleep "$(awk -v ms="$ms" -v r="$RANDOM" 'BEGIN { printf "%.3f", ms * r / 32768 / 1000 }')"
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        rm -rf "$work"/.out.tmp-* "$work"/.out.old-*  # what a kill leaves: never the target
        n=$(count "$out" || true)
        whole=yes
        if ! ogrinfo -ro -al -q "$out" >/dev/null 2>&1; then whole=no; fi
        if [ "$fmt" = shp ] && { [ "$(dbf_records "$work/out.dbf")" != "$n" ] ||
                                 [ "$(shx_records "$work/out.shx")" != "$n" ]; }; then
            whole=no
        fi
        if [ "$whole" = yes ] && [ "$n" = "$na" ]; then
            old=$((old + 1))
        elif [ "$whole" = yes ] && [ "$n" = "$nb" ]; then
            new=$((new + 1))
        else
            broken=$((broken + 1))
            echo "  kill $k: $out is broken (count '$n')" >&2
        fi
        if [ "${KILL_TEST_VERBOSE:-0}" = 1 ]; then
            echo "  $fmt kill $k/$kills at $(date +%T): A kept $old, B kept $new, broken $broken" >&2
        fi
        # the next run writes the other source, so that old and new always differ
        if [ "$n" = "$na" ]; then src=b; else src=a; fi
    done
    echo "$fmt: $kills kills (one convert ${ms} ms), A kept $old, B kept $new, broken $broken"
    failures=$((failures + broken))
done
[ "$failures" -eq 0 ]
