#!/usr/bin/env bash
# Installs every Debian 12 package Eco-Town Atlas needs to build, run and test.
# Idempotent: when all packages are present it installs nothing and does not touch apt.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake pkg-config ninja-build clang-format
  # geo core
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-data libsqlite3-dev sqlite3 zlib1g-dev libpq-dev
  # Natural Earth admin-1 (world_map.gpkg)
  qgis-common
  # libraries
  libcli11-dev nlohmann-json3-dev libfmt-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev hyperfine time
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and its sanitizer runtimes
  clang libclang-rt-14-dev
  postgresql postgresql-15-postgis-3 postgis
  # Qt 5.15 + Qt Location
  qtbase5-dev qtdeclarative5-dev qtlocation5-dev qtpositioning5-dev qttools5-dev qttools5-dev-tools
  qtquickcontrols2-5-dev libqt5svg5-dev
  qml-module-qtlocation qml-module-qtpositioning qml-module-qtquick2 qml-module-qtquick-window2
  qml-module-qtquick-controls2 qml-module-qtquick-layouts qml-module-qtquick-dialogs
  qml-module-qtqml-models2 qml-module-qttest qml-module-qt-labs-platform qml-module-qtquick-controls
  qml-module-qtquick-privatewidgets
  qml-module-qtcharts  # the window's KPI panel (QtCharts from QML)
  libqt5location5-plugins libgl1-mesa-dri
  # display, fonts, a comma-decimal locale for the tests, a pseudo-terminal for progress tests
  xvfb xauth fonts-thai-tlwg fonts-noto-core locales bsdutils
  # the Debian package (scripts/package.sh, scripts/test-package.sh) and the window's mono font
  dpkg-dev help2man lintian bash-completion desktop-file-utils appstream fonts-noto-mono
  # web map (Leaflet copied into the output) and its test in a real headless browser
  libjs-leaflet chromium
  # factsheet PDFs read back by the tests (pdftotext, pdftoppm)
  poppler-utils
)

# `--bench` adds the peer tools the benchmarks time us against (QGIS's qgis_process, PyQGIS).
if [ "${1:-}" = "--bench" ]; then
  PACKAGES+=(qgis qgis-providers python3-qgis)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests run again under a comma-decimal locale.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf8$'; then
  echo "install-deps: generating the de_DE.UTF-8 locale"
  $SUDO sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
fi
