#!/usr/bin/env bash
# The Debian package, tried as a user would (scripts/test.sh runs this; as root, on a machine
# where the package may be installed and removed): build it (scripts/package.sh), lintian, install
# it with apt, then from a folder outside the repository and without ECOTOWN_DATA use both
# programs, the man pages and the completion; remove it with --purge and check that no file of
# it is left. An ecotown package installed before is purged too.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export DEBIAN_FRONTEND=noninteractive
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

./scripts/package.sh
deb=$(ls -t ecotown_*_amd64.deb | head -1)

echo "== lintian $deb"
# Errors and warnings fail; what remains is overridden in packaging/lintian-overrides, each
# override with its reason.
lintian --fail-on error,warning --display-info "$deb"

echo "== install"
apt-get install -y -qq "$repo/$deb" >/dev/null
dpkg-query -W -f='${Status}\n' ecotown | grep -q '^install ok installed$' || fail "not installed"
dpkg -L ecotown | sort >"$repo/build/package/files.txt"

work=$(mktemp -d /tmp/ecotown-package-test.XXXXXX)
# On failure too: the test's folder goes, and the package is not left installed.
trap 'rm -rf "$work"; if dpkg -s ecotown >/dev/null 2>&1; then apt-get remove --purge -y -qq ecotown >/dev/null; fi' EXIT
cd "$work"
unset ECOTOWN_DATA
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

[ "$(command -v ecotown-cli)" = /usr/bin/ecotown-cli ] || fail "ecotown-cli is not /usr/bin/ecotown-cli"
[ "$(command -v ecotown)" = /usr/bin/ecotown ] || fail "ecotown is not /usr/bin/ecotown"

echo "== ecotown-cli stats (the installed dataset)"
ecotown-cli stats --by stage | tee stats.txt
grep -q '^Areas by stage: ' stats.txt || fail "stats printed no areas"

echo "== ecotown-cli sample --output x.gpkg (the installed tables)"
ecotown-cli sample --output x.gpkg
ecotown-cli info x.gpkg --layer areas | tee info.txt
grep -Eq '^ +Features: +54$' info.txt || fail "x.gpkg has no 54 areas"

echo "== ecotown --screenshot, and the menu entry's command on a file (Open with), under Xvfb"
xvfb-run -a -s "-screen 0 1920x1200x24" ecotown --screenshot default.png
desktop=$(ls /usr/share/applications/*.EcoTownAtlas.desktop)
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -ra open_with <<<"${exec_line//%f/x.gpkg}"
[ "${open_with[*]}" = "ecotown x.gpkg" ] || fail "Exec= of $desktop is '$exec_line'"
xvfb-run -a -s "-screen 0 1920x1200x24" "${open_with[@]}" --lang th --screenshot opened-th.png
for png in default.png opened-th.png; do
  # A blank or one-colour window has a tiny spread: the map has water, land, areas and text.
  gdalinfo -stats "$png" >"$png.txt" 2>/dev/null
  grep -q 'Size is 1600, 1000' "$png.txt" || fail "$png is not 1600x1000"
  awk -F= '/STATISTICS_STDDEV/ { if ($2 + 0 < 10) bad = 1; n++ } END { exit (bad || n < 3) }' \
    "$png.txt" || fail "$png looks blank"
done
cp default.png opened-th.png "$repo/build/package/"  # to look at

echo "== what the running window loads comes with the package's dependencies"
# dpkg-shlibdeps sees only linked libraries; QML modules, plugins and fonts are loaded at run
# time. Every file the window maps must belong to a package in the closure of Depends.
xvfb-run -a -s "-screen 0 1920x1200x24" ecotown >window.log 2>&1 &
runner=$!
pid=""
for _ in $(seq 90); do
  sleep 1
  pid=$(pgrep -P "$runner" -x ecotown || true)
  [ -n "$pid" ] && grep -q itemsoverlay "/proc/$pid/maps" 2>/dev/null && break
done
[ -n "$pid" ] || fail "the window did not start: $(cat window.log)"
sleep 5  # the first frame: labels, fonts
awk '$6 ~ /^\// { print $6 }' "/proc/$pid/maps" | sort -u >mapped.txt
kill "$pid"
wait "$runner" || true
grep -q NotoSansThai mapped.txt || fail "the window did not load Noto Sans Thai"
# (files of no package, such as caches and the locale archive, are skipped)
{ xargs -a mapped.txt dpkg -S 2>/dev/null || true; } | cut -d: -f1 | sort -u >used.txt
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances ecotown | grep -v '^ ' | sed 's/:amd64$//' | sort -u >closure.txt
# Essential packages are always there; Qt's X11 plugin loads libXcursor only when present, and
# Qt's optional image-format plugins (qt5-image-formats-plugins, a Recommends of libqt5gui5, with
# their libraries: libmng, libwebp...) load only when present.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances qt5-image-formats-plugins | grep -v '^ ' | sed 's/:amd64$//' |
  sort -u >optional.txt
missing=$(comm -23 used.txt closure.txt | comm -23 - optional.txt | while read -r p; do
  [ "$(dpkg-query -W -f='${Essential}' "$p")" = yes ] || [ "$p" = libxcursor1 ] || echo "$p"
done)
[ -z "$missing" ] || fail "the window loads files of packages ecotown does not depend on: $missing"
echo "$(wc -l <mapped.txt) files of $(wc -l <used.txt) packages, all in the dependencies"

echo "== man pages, completion, desktop entry, metainfo"
man -w ecotown-cli
man -w ecotown
man ecotown-cli 2>/dev/null | grep -q 'ecotown-cli sample' || fail "ecotown-cli(1) lacks the subcommands"
completion() {  # the words a TAB after "$1" offers
  bash -c 'source /usr/share/bash-completion/bash_completion
           source /usr/share/bash-completion/completions/ecotown-cli
           COMP_LINE=$1; COMP_POINT=${#1}; read -ra COMP_WORDS <<<"$1"
           [ "${1: -1}" = " " ] && COMP_WORDS+=("")
           COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ecotown_cli; echo "${COMPREPLY[*]}"' _ "$1"
}
[ "$(completion 'ecotown-cli sa')" = sample ] || fail "completion of 'sa': $(completion 'ecotown-cli sa')"
[[ " $(completion 'ecotown-cli sample --o') " == *" --output "* ]] || fail "completion of sample --o"
[[ " $(completion 'ecotown-cli ') " == *" render "* ]] || fail "completion of the subcommands"
desktop-file-validate "$desktop"
appstreamcli validate --no-net /usr/share/metainfo/*.EcoTownAtlas.metainfo.xml
grep -q '^Name\[th\]=' "$desktop" || fail "no Thai name"
grep -q '^Comment\[th\]=' "$desktop" || fail "no Thai comment"

echo "== remove --purge"
cd "$repo"
apt-get remove --purge -y -qq ecotown >/dev/null
if dpkg-query -W -f='${Status}' ecotown 2>/dev/null | grep -q installed; then fail "still installed"; fi
left=0
while read -r f; do
  if [ -e "$f" ] && [ ! -d "$f" ]; then echo "left behind: $f"; left=1; fi
done <build/package/files.txt
for d in /usr/share/ecotown /usr/share/doc/ecotown; do
  if [ -e "$d" ]; then echo "left behind: $d"; left=1; fi
done
[ "$left" = 0 ] || fail "files of the package were left behind"
echo "test-package: OK ($deb, $(du -k "$deb" | cut -f1) KiB)"
