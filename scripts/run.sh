#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds Eco-Town Atlas and runs the main job on the
# bundled data. Extra arguments go to ecotown-cli info (default: the Natural Earth provinces).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target ecotown-cli
if [ $# -eq 0 ]; then
  set -- /usr/share/qgis/resources/data/world_map.gpkg --layer states_provinces
fi
exec ./build/app/cli/ecotown-cli info "$@"
