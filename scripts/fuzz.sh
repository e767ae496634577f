#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, ASan + UBSan) in build-fuzz and fuzzes each for
# SECONDS (default 60), FUZZ_JOBS of them at a time (default 1). The corpus grows in
# build-fuzz/corpus/<target> (kept between runs); seeds come from tests/fuzz/<target>/ (text, in
# git, with every input that once crashed a target) and from tests/fuzz/make_seeds.py (binary,
# generated). A crash is written to build-fuzz/crashes/ and fails the script. Figures (time, target,
# seconds, runs, exit status, corpus files, CPU seconds) are appended to build-fuzz/fuzz-log.tsv.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_gpkg_blob fuzz_gpkg_points fuzz_gpkg_rows fuzz_mapping fuzz_filter
                                     fuzz_province fuzz_dbf_codepage)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DECOTOWN_FUZZ=ON -DECOTOWN_BUILD_TESTS=OFF -DECOTOWN_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"${FUZZ_JOBS:-2}" --target "${targets[@]}"

out=build-fuzz
python3 tests/fuzz/make_seeds.py "$out/seeds"
mkdir -p "$out/crashes"
# Leaks inside GDAL/PROJ/SQLite's global state are not ours (as in the ASan test run).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# One target: fuzzed, its figures printed and logged; a crash leaves $out/failed-<target>.
fuzz_one() {
  local t=$1 corpus="$out/corpus/$1" log="$out/fuzz-$1.log" status=0 runs cpu
  mkdir -p "$corpus"
  local seeds=()
  [ -d "tests/fuzz/$t" ] && seeds+=("tests/fuzz/$t")
  [ -d "$out/seeds/$t" ] && seeds+=("$out/seeds/$t")
  # The CPU time the fuzzer got (user + system, GNU time): on a busy machine far less than the
  # wall time; what counts toward the hours of fuzzing.
  /usr/bin/time -f "%U %S" -o "$out/time-$t.txt" \
    "$out/tests/fuzz/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" \
    "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cpu=$(awk '/^[0-9.]+ [0-9.]+$/ { printf "%.0f", $1 + $2 }' "$out/time-$t.txt")
  echo "$t: ${seconds}s, exit $status, ${runs:-?} runs, ${cpu:-?} CPU seconds, corpus $(ls "$corpus" | wc -l) files"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "${runs:-0}" "$status" \
    "$(ls "$corpus" | wc -l)" "${cpu:-}" >>"$out/fuzz-log.tsv"
  if [ "$status" -ne 0 ]; then
    grep -E 'ERROR|invariant|runtime error|SUMMARY|Test unit written' "$log" | head -20 || true
    touch "$out/failed-$t"
  fi
}
# FUZZ_JOBS targets at a time (default 1: one core).
rm -f "$out"/failed-*
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "${FUZZ_JOBS:-1}" ]; then wait -n || true; running=$((running - 1)); fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait
failed=()
for t in "${targets[@]}"; do [ -e "$out/failed-$t" ] && failed+=("$t"); done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]} (inputs in $out/crashes/, logs in $out/fuzz-*.log)"
  exit 1
fi
echo "fuzz: no crash"
