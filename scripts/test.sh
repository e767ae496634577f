#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds Eco-Town Atlas and runs the whole test
# suite: the window's tests in the normal build, every other test in a sanitizer build
# (AddressSanitizer + UndefinedBehaviorSanitizer) under a comma-decimal locale; then the
# ThreadSanitizer tests, a short fuzzing run, a short kill test and the Debian package.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
# Each step says when it starts (seconds since this script began), and the end gives the total:
# the whole run is to stay under 40 minutes on a 2-core machine.
step() { echo "== $* (at $SECONDS s)"; }

./scripts/install-deps.sh

# Each test runs once: the map window's tests (label `window`) in the normal build, in the C
# locale; all the others in the sanitizer build (AddressSanitizer + UndefinedBehaviorSanitizer),
# under a comma-decimal locale. The window's tests, one at a time (they take the keyboard focus),
# run while the sanitizer build compiles.
step "build (RelWithDebInfo): the programs, the dataset, the window's tests, the benchmarks"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOTOWN_BUILD_BENCH=ON
# (the window's tests bring the programs and the dataset with them)
cmake --build build -j"$jobs" --target ecotown_window_tests ecotown_man_pages ecotown_bench

# The GUI tests open the real window: give them an X server (Xvfb, Mesa llvmpipe GL).
xvfb() { xvfb-run -a -s "-screen 0 1920x1200x24" "$@"; }
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# A real PostgreSQL/PostGIS server for the PG: tests, stopped when this script ends.
eval "$(./scripts/pg-test-server.sh start)"
trap './scripts/pg-test-server.sh stop "$ECOTOWN_PG_DIR"' EXIT
# ... with a read-only standby streaming from it (viewing from a standby, recording refused).
eval "$(./scripts/pg-test-server.sh standby "$ECOTOWN_PG_DIR")"
# The tests that stop a server and start it again start their own (they need this script).
export ECOTOWN_PG_TEST_SERVER_SCRIPT="$PWD/scripts/pg-test-server.sh"

step "the window's tests (label window), beside the sanitizer build"
# ctest's output goes to a file, printed when both are done.
xvfb ctest --test-dir build --output-on-failure -j"$jobs" -L window >build/window-tests.log 2>&1 &
window_tests=$!

# -O1 with line tables only: what the sanitizers' authors recommend (reports keep file:line), and
# about half the build and test time of -O0 -g on this 2-core machine. GCC 12 with ASan at -O1
# warns "may be used uninitialized" inside libstdc++'s <regex> (a false positive of GCC 12
# with -fsanitize=address): that one warning is not an error here; the -O2 build keeps it.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1 -Wno-maybe-uninitialized" \
  -DECOTOWN_SANITIZE=ON -DECOTOWN_BUILD_BENCH=OFF
cmake --build build-asan -j"$jobs" --target ecotown_other_tests

status=0
wait "$window_tests" || status=$?
cat build/window-tests.log
[ "$status" -eq 0 ] || { echo "the window's tests failed (ctest exit $status)" >&2; exit "$status"; }

step "the other tests: sanitizer build, comma-decimal locale (de_DE.UTF-8)"
# Leaks inside GDAL/PROJ/GEOS/Qt's own global state at exit are not ours.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
# new_delete_type_mismatch: Qt 5.15's QtPositioning deletes a QVariant-held coordinate with the
# wrong size when the window's QML is torn down (inside libQt5PositioningQuick, not ours).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:new_delete_type_mismatch=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The window's tests are not built here (a placeholder <target>_NOT_BUILT stands for them).
LC_ALL=de_DE.UTF-8 xvfb ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE window \
  -E '_NOT_BUILT$'
unset LSAN_OPTIONS ASAN_OPTIONS UBSAN_OPTIONS

step "ThreadSanitizer build: the geo and render tests that start threads"
# halt_on_error: any report fails the run. GDAL, PROJ, GEOS, SQLite and Qt are not built with
# TSan: reports inside them are suppressed (tests/tsan.supp), ours never. Set before the build:
# it runs the TSan-built ecotown-cli to make the bundled dataset the render tests read.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOTOWN_TSAN=ON -DECOTOWN_BUILD_BENCH=OFF
cmake --build build-tsan -j"$jobs" --target test_geo test_render ecotown-cli
./build-tsan/tests/geo/test_geo \
  --gtest_filter='ParallelTest.*:JoinTest.*:DatasetTest.GeoPackagePoints*:DatasetTest.WhatTheRunCallback*:DatasetTest.ExtremeFids*:DatasetTest.RowsThroughSqlite*'
# The render tests: points stamped in bands on 2 and 3 threads, points stamped while two threads
# read them, the PNG encoder's threads, and ecotown-cli render (TSan-built too) run by the tests.
./build-tsan/tests/app/render/test_render
unset TSAN_OPTIONS

step "fuzzing: each libFuzzer target for 20 s (scripts/fuzz.sh; the long runs: docs/FUZZING.md)"
FUZZ_JOBS="$jobs" ./scripts/fuzz.sh 20

step "writes survive a kill: a few SIGKILLs during convert --overwrite (scripts/kill-test.sh)"
./scripts/kill-test.sh 3 20000 gpkg shp geojson

step "the Debian package: build, lintian, install, use, purge (scripts/test-package.sh)"
./scripts/test-package.sh

step "all passed"
