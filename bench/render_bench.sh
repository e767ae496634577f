#!/usr/bin/env bash
# Times `ecotown-cli render` on the benchmark data (N factory points over the 77 provinces
# coloured by eco_stage, a 1600x1000 PNG) and, in the same run, QGIS drawing the same map
# (bench/render_qgis.py: PyQGIS, the render alone timed inside one process). Prints both and the
# ratios.
#
# Ours is timed as a whole command (start, read, draw, encode, write, exit), which is more work
# than the peer's figure; the peer's render plus its QGIS start-up and layer load is printed too.
#
# usage: bench/render_bench.sh [BUILD_DIR]          (default: <repo>/build)
# env:   DATA     folder with factories_N.gpkg and thai_provinces.gpkg (default: bench/run.sh's
#                 /tmp/ecotown-bench/data, made by bench/make_data.sh when missing)
#        N        points (default 1000000)
#        RUNS     timed runs of ours (default 11, after 1 warm-up); REPEATS QGIS renders (default 5)
#        WORK     scratch folder (default /tmp/ecotown-render-bench)
#        PEER=0   skip QGIS
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
BUILD=${1:-$REPO/build}
CLI=$BUILD/app/cli/ecotown-cli
N=${N:-1000000}
RUNS=${RUNS:-11}
REPEATS=${REPEATS:-5}
WORK=${WORK:-/tmp/ecotown-render-bench}
DATA=${DATA:-/tmp/ecotown-bench/data}
PEER=${PEER:-1}

[ -x "$CLI" ] || { echo "render_bench: no ecotown-cli at $CLI (build first, or give the build folder)" >&2; exit 2; }
mkdir -p "$WORK"
POINTS=$DATA/factories_$N.gpkg
POLYGONS=$DATA/thai_provinces.gpkg
if [ ! -f "$POINTS" ] || [ ! -f "$POLYGONS" ]; then
    CLI=$CLI "$HERE/make_data.sh" "$DATA" "$N"
fi

median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $POINTS ($N points), $POLYGONS"

# ------------------------------------------------------------------------------------ ours
OUT=$WORK/ours_map_$N.png
CMD=("$CLI" render --points "$POINTS" --polygons "$POLYGONS" --class-field eco_stage
     --width 1600 --height 1000 --output "$OUT" --overwrite)
"${CMD[@]}" >/dev/null  # warm-up (page cache)
: >"$WORK/ours_times"
for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/one" "${CMD[@]}" >/dev/null
    cat "$WORK/one" >>"$WORK/ours_times"
done
OURS=$(cut -d' ' -f1 "$WORK/ours_times" | median)
OURS_MIN=$(cut -d' ' -f1 "$WORK/ours_times" | sort -g | head -1)
OURS_RSS=$(cut -d' ' -f2 "$WORK/ours_times" | sort -g | tail -1)
BREAKDOWN=$("${CMD[@]}" --timings 2>&1 >/dev/null | sed -n 's/^ecotown-cli: timings: //p')
printf 'ours  ecotown-cli render, whole command: median %.3f s (min %.3f s, %d runs), peak RSS %d MiB\n' \
    "$OURS" "$OURS_MIN" "$RUNS" "$((OURS_RSS / 1024))"
echo "      one more run, by phase: $BREAKDOWN"
echo "      map: $OUT"

# ------------------------------------------------------------------------------------ QGIS
if [ "$PEER" != 1 ]; then
    exit 0
fi
if [ ! -x /usr/bin/qgis_process.bin ] || ! /usr/bin/python3 -c 'import qgis' 2>/dev/null; then
    echo "peer  QGIS not installed (/usr/bin/qgis_process.bin, python3-qgis): no ratio"
    exit 0
fi
# Debian's python3 (the one python3-qgis is built for), offscreen Qt
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
/usr/bin/time -f %M -o "$WORK/qgis_$N.rss" /usr/bin/python3 "$HERE/render_qgis.py" \
    --provinces "$POLYGONS" --points "$POINTS" --class-field eco_stage --width 1600 --height 1000 \
    --png "$WORK/qgis_map_$N.png" --repeats "$REPEATS" --json "$WORK/qgis_$N.json" >"$WORK/qgis_$N.log" 2>&1 ||
    { echo "peer  QGIS failed (see $WORK/qgis_$N.log)"; tail -3 "$WORK/qgis_$N.log"; exit 1; }
python3 - "$WORK/qgis_$N.json" "$OURS" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
ours = float(sys.argv[2])
seq, par = r["sequential"]["median_s"], r["parallel"]["median_s"]
render = min(seq, par)
setup = r["app_init_s"] + r["layer_load_s"]
print("peer  QGIS %s render alone: sequential median %.3f s, parallel median %.3f s (%d each)"
      % (r["qgis_version"], seq, par, len(r["sequential"]["runs_s"])))
print("      QGIS start-up %.3f s + layer load %.3f s; peak RSS of the process %.0f MiB"
      % (r["app_init_s"], r["layer_load_s"], r["peak_rss_mib"]))
if r["errors"]:
    print("      QGIS reported: %s" % "; ".join(r["errors"][:3]))
print("ratio QGIS render alone (faster job) / ours whole command: %.1fx" % (render / ours))
print("ratio QGIS start-up + load + render / ours whole command:  %.1fx" % ((render + setup) / ours))
EOF
echo "      QGIS map: $WORK/qgis_map_${N}_seq.png"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
