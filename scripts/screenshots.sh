#!/usr/bin/env bash
# The README's pictures (docs/map-*.png, docs/kpi-panel.png): the map window's --screenshot, and a
# page it saves as PDF (File > Save map, --save-map) drawn to PNG with pdftoppm (poppler-utils),
# under Xvfb when there is no display. Run after a build: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$REPO/build}
APP=$BUILD/app/gui/ecotown
[ -x "$APP" ] || { echo "screenshots: no $APP (build first)" >&2; exit 2; }
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/ecotown-runtime-$UID}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
run() {
    if [ -n "${DISPLAY:-}" ]; then "$APP" "$@"; else xvfb-run -a -s "-screen 0 1920x1200x24" "$APP" "$@"; fi
}
run --screenshot "$REPO/docs/map-default.png"
run --screenshot "$REPO/docs/map-northeast-th.png" --lang th --region northeast
run --screenshot "$REPO/docs/map-eastern-seaboard.png" --view 100.75,12.55,101.85,13.75
run --screenshot "$REPO/docs/map-rayong-1366x768.png" --width 1366 --height 768 --province TH-21
run --screenshot "$REPO/docs/kpi-panel.png" --width 1500 --height 1100 --kpi
# the Rayong view of the 1366x768 laptop, saved as an A4 landscape PDF and drawn at 100 dpi
PDF=$(mktemp -d)/map-print-rayong-a4.pdf
run --width 1366 --height 768 --province TH-21 --save-map "$PDF" --page A4
pdftoppm -png -r 100 -singlefile "$PDF" "$REPO/docs/map-print-rayong-a4"
rm -rf "$(dirname "$PDF")"
