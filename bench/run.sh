#!/usr/bin/env bash
# Times Eco-Town Atlas against the tools a user would use instead (ogr2ogr, QGIS), on the same
# data, in the same run, with the same harness (../shared/bench: hyperfine + GNU time), and
# prints the ratios.
#
#   bench/run.sh                 both sizes, the peers this project is measured against
#   SIZES=1000000 bench/run.sh   one size
#   PEERS=0 bench/run.sh         ours only (ratios use the peers' last results in WORK)
#
# WORK (default /tmp/ecotown-bench) holds a copy of the shared harness, the data (~400 MB,
# generated once by its gen_data.py) and the outputs.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$TOP/../shared/bench}
WORK=${WORK:-/tmp/ecotown-bench}
CLI=${CLI:-$TOP/build/app/cli/ecotown-cli}
export SIZES=${SIZES:-"78000 1000000"}
PEER_STEPS=${PEER_STEPS:-'^(export_geojson|export_geojson_utm47|export_shp|export_fgb|export_gpkg|filter_attr_gpkg|qgis_countpointsinpolygon|qgis_joinattributesbylocation)_'}

[ -x "$CLI" ] || { echo "bench: build first ($CLI missing)"; exit 2; }
for tool in hyperfine ogr2ogr; do command -v $tool >/dev/null || { echo "bench: $tool missing (scripts/install-deps.sh)"; exit 2; }; done
mkdir -p "$WORK"
cp -r "$SHARED"/. "$WORK"/
sed "s#{CLI}#$CLI#g" "$HERE/ours_commands.tsv" > "$WORK/ours_commands.tsv"

groups="ours"
if [ "${PEERS:-1}" = 1 ]; then
  groups="export filter join ours"
  command -v /usr/bin/qgis_process.bin >/dev/null || { echo "bench: qgis (qgis_process.bin) missing: apt-get install qgis"; exit 2; }
fi
cd "$WORK"
# The peer steps this project is measured against, and all of ours.
ONLY="($PEER_STEPS|^ours_)" ./run_peers.sh $groups
python3 "$HERE/ratios.py" "$WORK/results" | tee "$WORK/results/ratios.md"
