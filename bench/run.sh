#!/usr/bin/env bash
# Times Eco-Town Atlas against the tools a user would reach for instead (ogr2ogr, QGIS's
# qgis_process) on the same data, in the same run, under the same harness, and prints the
# peer/ours ratios against the goals (bench/ratios.py).
#
#   bench/run.sh                 both sizes (78,000 and 1,000,000 factories), peers and ours
#   SIZES=78000 bench/run.sh     one size
#   PEERS=0 bench/run.sh         ours only (the ratios use the peers' last results in WORK)
#   ONLY='^(ours_)?export_gpkg_' bench/run.sh   only the steps whose NAME_N matches (bash regex)
#
# Data: bench/make_data.sh (ecotown-cli sample with a fixed seed, then ogr2ogr for the plain
# layers), made once into WORK/data; its SHA-256 sums are printed.
# Each step: hyperfine (warm page cache; median, min, max over RUNS runs after WARMUP warm-up
# runs: 5 and 1 up to 100,000 points, 3 and 0 above) with every run under GNU time for the peak
# RSS (WORK/results/NAME_N.json, .rss, .log, .cmd; the load average before and after in .load).
# Then the join outputs of ours and QGIS are compared (bench/compare_joins.py) and the ratios
# printed (also WORK/results/ratios.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/.." && pwd)
WORK=${WORK:-/tmp/ecotown-bench}
CLI=${CLI:-$TOP/build/app/cli/ecotown-cli}
SIZES=${SIZES:-"78000 1000000"}
PEERS=${PEERS:-1}
ONLY=${ONLY:-}
# Debian's /usr/bin/qgis_process wrapper adds --noversioncheck (from /etc/default/qgis), which
# qgis_process 3.22 refuses: the binary is called directly.
QGIS_PROCESS=${QGIS_PROCESS:-/usr/bin/qgis_process.bin}
TIME=/usr/bin/time
DATA=$WORK/data
OUT=$WORK/out
RES=$WORK/results

[ -x "$CLI" ] || { echo "bench: build first ($CLI missing)" >&2; exit 2; }
for tool in hyperfine ogr2ogr "$TIME"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool missing (scripts/install-deps.sh)" >&2; exit 2; }
done
if [ "$PEERS" = 1 ] && [ ! -x "$QGIS_PROCESS" ]; then
    echo "bench: $QGIS_PROCESS missing (scripts/install-deps.sh --bench installs QGIS)" >&2
    exit 2
fi
mkdir -p "$OUT" "$RES"
# qgis_process is a Qt program: no display, a private runtime folder.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# shellcheck disable=SC2086
CLI=$CLI "$HERE/make_data.sh" "$DATA" $SIZES

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB"
    echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "ecotown-cli: $CLI ($(git -C "$TOP" rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "gdal: $(ogr2ogr --version)"
    echo "hyperfine: $(hyperfine --version)"
    if [ "$PEERS" = 1 ]; then echo "qgis: $("$QGIS_PROCESS" --version 2>/dev/null | grep -m1 -i qgis)"; fi
} | tee "$RES/machine.txt"

# step NAME N PREPARE COMMAND: one hyperfine measurement, each run under GNU time.
step() {
    local name=$1 n=$2 prepare=$3 cmd=$4 runs warmup
    [ -z "$ONLY" ] || [[ ${name}_$n =~ $ONLY ]] || return 0
    if [ "$n" -le 100000 ]; then runs=${RUNS:-5} warmup=${WARMUP:-1}; else runs=${RUNS:-3} warmup=${WARMUP:-0}; fi
    local base=$RES/${name}_$n
    rm -f "$base.json" "$base.rss" "$base.failed"
    echo "$cmd" >"$base.cmd"
    printf '%-40s' "${name}_$n"
    cut -d' ' -f1 /proc/loadavg >"$base.load"
    if hyperfine --style basic --runs "$runs" --warmup "$warmup" --prepare "$prepare" \
        --export-json "$base.json" "$TIME -a -o $base.rss -f %M $cmd" </dev/null >"$base.log" 2>&1; then
        cut -d' ' -f1 /proc/loadavg >>"$base.load"
        python3 - "$base.json" "$base.rss" "$base.load" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
rss = max(int(x) for x in open(sys.argv[2]).read().split() if x.isdigit()) / 1024
load = open(sys.argv[3]).read().split()
print("median %7.3f s  (min %.3f, max %.3f, %d runs)  peak RSS %4.0f MiB  load %s" % (
    r["median"], r["min"], r["max"], len(r["times"]), rss, "→".join(load)))
EOF
    else
        echo "FAILED (see $base.log)"
        tail -3 "$base.log"
        touch "$base.failed"
    fi
}

for n in $SIZES; do
    SRC=$DATA/factories_$n.gpkg
    PROV=$DATA/thai_provinces.gpkg
    if [ "$PEERS" = 1 ]; then
        step export_geojson "$n" "rm -f $OUT/f_$n.geojson" \
            "ogr2ogr -f GeoJSON $OUT/f_$n.geojson $SRC factories"
        step export_geojson_utm47 "$n" "rm -f $OUT/f_${n}_utm47.geojson" \
            "ogr2ogr -f GeoJSON -t_srs EPSG:32647 $OUT/f_${n}_utm47.geojson $SRC factories"
        # Without ENCODING=UTF-8 the DBF would be written in ISO-8859-1, losing the Thai names.
        step export_shp "$n" "rm -rf $OUT/f_${n}_shp" \
            "ogr2ogr -f 'ESRI Shapefile' -lco ENCODING=UTF-8 $OUT/f_${n}_shp $SRC factories"
        step export_fgb "$n" "rm -f $OUT/f_$n.fgb" \
            "ogr2ogr -f FlatGeobuf $OUT/f_$n.fgb $SRC factories"
        step export_gpkg "$n" "rm -f $OUT/f_$n.gpkg" \
            "ogr2ogr -f GPKG $OUT/f_$n.gpkg $SRC factories"
        step filter_attr_gpkg "$n" "rm -f $OUT/filt_$n.gpkg" \
            "ogr2ogr -f GPKG $OUT/filt_$n.gpkg $SRC factories -where 'gi_level >= 3 AND eco_factory = 1'"
        step qgis_countpointsinpolygon "$n" "rm -f $OUT/qgis_count_$n.gpkg" \
            "$QGIS_PROCESS run native:countpointsinpolygon '--POLYGONS=$PROV|layername=provinces' '--POINTS=$SRC|layername=factories' --FIELD=n_factories --OUTPUT=$OUT/qgis_count_$n.gpkg"
        step qgis_joinattributesbylocation "$n" "rm -f $OUT/qgis_join_$n.gpkg" \
            "$QGIS_PROCESS run native:joinattributesbylocation '--INPUT=$SRC|layername=factories' '--JOIN=$PROV|layername=provinces' --PREDICATE=0 '--JOIN_FIELDS=province_code;name_en;eco_stage' --METHOD=1 --DISCARD_NONMATCHING=0 --PREFIX=prov_ --OUTPUT=$OUT/qgis_join_$n.gpkg"
    fi
    # Ours: NAME<TAB>PREPARE<TAB>COMMAND with {CLI} {N} {DATA} {OUT} put in.
    while IFS=$'\t' read -r name prepare cmd; do
        case "$name" in '' | '#'*) continue ;; esac
        fill() {
            local s=${1//\{CLI\}/$CLI}
            s=${s//\{N\}/$n}
            s=${s//\{DATA\}/$DATA}
            echo "${s//\{OUT\}/$OUT}"
        }
        step "ours_$name" "$n" "$(fill "$prepare")" "$(fill "$cmd")"
    done <"$HERE/ours_commands.tsv"
    python3 "$HERE/compare_joins.py" "$OUT" "$n" >"$RES/compare_joins_$n.txt" ||
        echo "bench: the joins of ours and QGIS DISAGREE at $n points" >>"$RES/compare_joins_$n.txt"
    cat "$RES/compare_joins_$n.txt"
done

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RES/machine.txt"
python3 "$HERE/ratios.py" "$RES" | tee "$RES/ratios.md"
