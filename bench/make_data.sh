#!/usr/bin/env bash
# The benchmark data, made by the project itself: `ecotown-cli sample` builds the Thailand
# dataset with N synthetic factories (fixed seed), and ogr2ogr lifts out the two plain layers
# the peer tools are given:
#
#   factories_N.gpkg     layer "factories": N points (EPSG:4326) with factory_id, name_th,
#                        province_code, estate_id, gi_level, gi_year, eco_factory, csr_diw
#                        (the attribute filter uses gi_level and eco_factory)
#   thai_provinces.gpkg  layer "provinces": the 77 provinces (multipolygons) with province_code,
#                        name_en, name_th, region and eco_stage, the highest development stage
#                        (1-5) of the province's eco-town areas, empty where it has none
#                        (what the render benchmark colours the provinces by)
#   ecotown_N.gpkg       the whole sample dataset they come from
#
# Each file is made once (delete it, or FORCE=1, to make it again). The SHA-256 of the files the
# benchmarks read (all sizes in DATA_DIR) is printed (and kept in DATA_DIR/SHA256SUMS): the same seed and the same
# programs give the same bytes (ogr2ogr's GeoPackage timestamp is pinned with OGR_CURRENT_DATE).
# ecotown_N.gpkg itself is not hashed: its gpkg_contents records when it was written.
#
# usage: bench/make_data.sh DATA_DIR [N...]        (default N: 78000 1000000)
# env:   CLI   the ecotown-cli to use (default <repo>/build/app/cli/ecotown-cli)
#        SEED  the generator's seed (default 2566, the one `sample` uses by default)
#        FORCE=1 make every file again
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
CLI=${CLI:-$REPO/build/app/cli/ecotown-cli}
SEED=${SEED:-2566}
DATA=${1:?usage: bench/make_data.sh DATA_DIR [N...]}
shift
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(78000 1000000)

[ -x "$CLI" ] || { echo "make_data: no ecotown-cli at $CLI (build first, or set CLI)" >&2; exit 2; }
command -v ogr2ogr >/dev/null || { echo "make_data: ogr2ogr missing (gdal-bin)" >&2; exit 2; }
mkdir -p "$DATA"
export OGR_CURRENT_DATE=2026-01-01T00:00:00Z

fresh() { [ "${FORCE:-0}" != 1 ] && [ -s "$1" ]; }

# ogr2ogr into a temporary name, renamed when complete (a killed run leaves no half file).
extract() {  # OUT ogr2ogr-arguments...
    local out=$1
    shift
    rm -f "$out.tmp.gpkg"
    ogr2ogr -f GPKG "$out.tmp.gpkg" "$@"
    mv -f "$out.tmp.gpkg" "$out"
}

for n in "${SIZES[@]}"; do
    sample=$DATA/ecotown_$n.gpkg
    if ! fresh "$sample"; then
        echo "make_data: ecotown-cli sample --factories $n --seed $SEED"
        "$CLI" sample --factories "$n" --seed "$SEED" --output "$sample" --overwrite >/dev/null
    fi
    if ! fresh "$DATA/factories_$n.gpkg"; then
        extract "$DATA/factories_$n.gpkg" "$sample" factories -nln factories \
            -select factory_id,name_th,province_code,estate_id,gi_level,gi_year,eco_factory,csr_diw
    fi
    # The provinces do not depend on N: taken from the first dataset. (GDAL types a computed
    # column by its first row, so the provinces with a stage come first: eco_stage is an integer.)
    if ! fresh "$DATA/thai_provinces.gpkg"; then
        extract "$DATA/thai_provinces.gpkg" "$sample" -nln provinces -nlt MULTIPOLYGON -sql \
            "SELECT p.geom, p.province_code, p.name_en, p.name_th, p.region,
                    CAST((SELECT MAX(a.stage) FROM areas a WHERE a.province_code = p.province_code)
                        AS INTEGER) AS eco_stage
             FROM provinces p ORDER BY eco_stage IS NULL, p.province_code"
    fi
done

echo "make_data: $DATA (seed $SEED)"
(cd "$DATA" && sha256sum thai_provinces.gpkg factories_*.gpkg) | tee "$DATA/SHA256SUMS"
