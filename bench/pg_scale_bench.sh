#!/bin/bash
# The atlas with 10,000,000 factories on PostgreSQL/PostGIS: builds the data (`sample`, kept in
# WORK), starts a throw-away server (scripts/pg-test-server.sh), publishes, then times with
# hyperfine our `stats`, `stats --province TH-21` and `export --province TH-21` (to GeoPackage)
# beside the floor (the same questions in `psql`: the counts' query, the plain GROUP BY over the
# factories, a COPY of the province's rows) and `ogr2ogr` for the export; and, when PyQGIS is
# installed (scripts/install-deps.sh --bench), QGIS opening the same PostGIS table and rendering
# it (bench/qgis_pg_render.py); and the map window on the same server (`ecotown --benchmark`:
# first full frame, a filter, its memory). Prints the ratios and the peak memory of sample and
# publish.
#
# usage: bench/pg_scale_bench.sh [BUILD_DIR]
# env:   N (factories, default 10000000), WORK (default /tmp/ecotown-pg-scale), RUNS (default 5),
#        KEEP=1 leaves the server running (its env in $WORK/pg.env) for another run to reuse.
# 10M: sample about 2 minutes, publish about 10 on a shared 2-core machine; both are skipped
# when WORK already holds them.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$REPO/build}
CLI=$BUILD/app/cli/ecotown-cli
N=${N:-10000000}
WORK=${WORK:-/tmp/ecotown-pg-scale}
RUNS=${RUNS:-5}
NICE="nice -n 10"
mkdir -p "$WORK"
GPKG=$WORK/ecotown_$N.gpkg

if [ ! -f "$GPKG" ]; then
    echo "== sample --factories $N"
    /usr/bin/time -f "sample: %e s, peak RSS %M KB" -o "$WORK/sample.time" \
        $NICE "$CLI" sample --factories "$N" --data-dir "$REPO/data" --output "$GPKG"
    cat "$WORK/sample.time"
fi

# The server: reused when $WORK/pg.env names one that answers.
if [ -f "$WORK/pg.env" ]; then . "$WORK/pg.env"; fi
if [ -z "${ECOTOWN_PG_DIR:-}" ] || ! psql "host=$ECOTOWN_PG_DIR user=postgres dbname=ecotown_test" -qAtc "SELECT 1" > /dev/null 2>&1; then
    # fsync on, as a deployed server (the tests' throw-away servers run without it)
    eval "$(ECOTOWN_PG_SYNC=on "$REPO/scripts/pg-test-server.sh" start)"
    echo "export ECOTOWN_PG_DIR='$ECOTOWN_PG_DIR'; export ECOTOWN_TEST_PG='$ECOTOWN_TEST_PG'" > "$WORK/pg.env"
    # Index builds and sorts of millions of rows: the memory a server of this size would be given.
    psql "host=$ECOTOWN_PG_DIR user=postgres dbname=ecotown_test" -qc "ALTER SYSTEM SET maintenance_work_mem = '1GB'" \
        -c "ALTER SYSTEM SET work_mem = '64MB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "SELECT pg_reload_conf()" > /dev/null
fi
if [ "${KEEP:-0}" != 1 ]; then
    trap '"$REPO/scripts/pg-test-server.sh" stop "$ECOTOWN_PG_DIR"; rm -f "$WORK/pg.env"' EXIT
fi
CONNINFO="host=$ECOTOWN_PG_DIR user=postgres dbname=ecotown_test"
PG="PG:$CONNINFO"
SQL=(psql -d "$CONNINFO" -qAt)

published=$("${SQL[@]}" -c "SELECT count(*) FROM ecotown.factories" 2> /dev/null || echo 0)
if [ "$published" != "$N" ]; then
    echo "== publish ($N factories)"
    /usr/bin/time -f "publish: %e s, peak RSS %M KB" -o "$WORK/publish.time" \
        $NICE "$CLI" publish --to "$PG" --data "$GPKG"
    cat "$WORK/publish.time"
    # What autovacuum would do a while later: the visibility map and fresh statistics.
    "${SQL[@]}" -c "VACUUM (ANALYZE) ecotown.factories, ecotown.certificates"
fi
"${SQL[@]}" -c "SELECT 'database: ' || pg_size_pretty(pg_database_size(current_database())) || ', factories ' || count(*) || ', certificates ' || (SELECT count(*) FROM ecotown.certificates) || ', counted profiles ' || (SELECT count(*) FROM ecotown.factory_profiles) FROM ecotown.factories"

time_of() {  # NAME COMMAND: hyperfine median in seconds, and the command's peak RSS
    local name=$1; shift
    hyperfine --shell bash --style none --runs "$RUNS" --warmup 1 --export-json "$WORK/$name.json" \
        "$(printf '%q ' "$@")" > /dev/null 2>&1
    local median
    median=$(python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$WORK/$name.json")
    /usr/bin/time -f "%M" -o "$WORK/$name.rss" "$@" > /dev/null 2>&1 || true
    echo "$median $(( $(tail -1 "$WORK/$name.rss") / 1024 ))"
}

declare -A T R
row() {  # NAME COMMAND...
    local name=$1; shift
    read -r T[$name] R[$name] < <(time_of "$name" "$@")
    printf '%-28s %8s s %6s MiB\n' "$name" "${T[$name]}" "${R[$name]}"
}
rm -f "$WORK"/out_*
echo "== hyperfine medians of $RUNS runs (machine shared: see uptime) $(uptime | sed 's/.*load/load/')"
row ours_stats "$CLI" stats --data "$PG"
row ours_stats_th21 "$CLI" stats --data "$PG" --province TH-21
row ours_export_th21 "$CLI" export --data "$PG" --layer factories --province TH-21 --output "$WORK/out_ours.gpkg" --overwrite
# The floor: the same questions asked in psql.
COUNTS="SELECT f.in_province, f.in_area, sum(factories) FROM ecotown.factory_profiles f GROUP BY 1, 2"
row psql_counts "${SQL[@]}" -o /dev/null -c "$COUNTS"
row psql_counts_th21 "${SQL[@]}" -o /dev/null -c "$COUNTS HAVING f.in_province = 'TH-21'"
PLAIN="SELECT in_province, in_area, count(*) FROM ecotown.factories GROUP BY 1, 2"
row psql_groupby_factories "${SQL[@]}" -o /dev/null -c "$PLAIN"
row psql_groupby_th21 "${SQL[@]}" -o /dev/null -c "SELECT in_area, count(*) FROM ecotown.factories WHERE in_province = 'TH-21' GROUP BY 1"
row psql_copy_th21 "${SQL[@]}" -o /dev/null -c "COPY (SELECT * FROM ecotown.factories WHERE in_province = 'TH-21') TO STDOUT"
row ogr2ogr_export_th21 ogr2ogr -overwrite -f GPKG "$WORK/out_ogr.gpkg" "$PG" -sql "SELECT * FROM ecotown.factories WHERE in_province = 'TH-21'" -nln factories

echo "== ratios (other / ours; > 1: ours faster)"
ratio() { python3 -c "import sys; print('%-44s %6.2fx' % (sys.argv[1], float(sys.argv[2]) / float(sys.argv[3])))" "$1" "$2" "$3"; }
ratio "psql counts / ours stats" "${T[psql_counts]}" "${T[ours_stats]}"
ratio "psql plain GROUP BY / ours stats" "${T[psql_groupby_factories]}" "${T[ours_stats]}"
ratio "psql TH-21 GROUP BY / ours stats TH-21" "${T[psql_groupby_th21]}" "${T[ours_stats_th21]}"
ratio "psql COPY TH-21 / ours export TH-21" "${T[psql_copy_th21]}" "${T[ours_export_th21]}"
ratio "ogr2ogr TH-21 / ours export TH-21" "${T[ogr2ogr_export_th21]}" "${T[ours_export_th21]}"
echo "goals: stats < 3 s: ${T[ours_stats]}; stats --province TH-21 < 1 s: ${T[ours_stats_th21]}; export TH-21 < 2 s: ${T[ours_export_th21]}"

# The map window on the same server: it keeps the factories there (the server view: the
# server's counts and map cells, the factories of a street-zoom view). First full frame, a
# filter (one province) to its new frame, the window's peak memory; 3 runs.
GUI=$BUILD/app/gui/ecotown
if [ -x "$GUI" ] && command -v xvfb-run > /dev/null; then
    echo "== the map window (ecotown --benchmark, 1600x1000, llvmpipe under Xvfb), 3 runs"
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    for run in 1 2 3; do
        xvfb-run -a -s "-screen 0 1920x1200x24" "$GUI" --data "$PG" --benchmark --width 1600 \
            --height 1000 2> /dev/null |
            grep -E "^(factories loaded|start to first full frame|filter|peak memory)" |
            sed "s/^/run $run: /"
    done
    echo "goals: first full frame < 3 s, filter < 300 ms, memory < 1 GB"
fi

if /usr/bin/python3 -c "import qgis.core" 2> /dev/null; then
    echo "== QGIS $(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.version())') on the same table"
    /usr/bin/time -f "qgis peak RSS %M KB" $NICE /usr/bin/python3 "$REPO/bench/qgis_pg_render.py" \
        --conninfo "$CONNINFO" --province TH-21 --out "$WORK" 2>&1 | grep -E "^qgis"
else
    echo "== QGIS: not installed (scripts/install-deps.sh --bench)"
fi
