#!/usr/bin/env bash
# Builds the Debian package ecotown_<version>_amd64.deb (CPack, packaging/CMakeLists.txt) into the
# repository's root folder; the version is project(VERSION) in CMakeLists.txt. Reuses the build
# folder `build` (or $ECOTOWN_BUILD_DIR) and builds only what the package holds.
# Then, as root: apt install ./ecotown_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ECOTOWN_BUILD_DIR:-build}

./scripts/install-deps.sh
# CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: installing (cpack) does not build the tests and benchmarks.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
cmake --build "$build" -j"$(nproc)" --target ecotown ecotown-cli ecotown_bundled_data ecotown_man_pages

out="$PWD/$build/package"
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out"
deb=$(find "$out" -maxdepth 1 -name 'ecotown_*_amd64.deb' -printf '%f\n')
mv "$out/$deb" .
echo "package: $PWD/$deb ($(du -k "$deb" | cut -f1) KiB)"
