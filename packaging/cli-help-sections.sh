#!/bin/sh
# Prints help2man's include file for ecotown-cli(1): every subcommand's own --help, asked of the
# program (so the man page never drifts from it), then the files and environment it uses.
# Usage: cli-help-sections.sh PATH/TO/ecotown-cli > ecotown-cli.h2m
set -eu
cli=$1
# roff: backslashes, minus signs, and lines that would start a request.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^[.']/\\\\\\&&/"; }

echo "[SUBCOMMANDS]"
"$cli" --help | awk '/^Subcommands:/ { s = 1; next } s && /^  [a-z]/ { print $1 }' |
while read -r sub; do
  printf '.SS "%s"\n.nf\n' "$sub"
  "$cli" "$sub" --help | roff
  printf '.fi\n'
done
cat <<'ROFF'

[FILES]
.TP
.I /usr/share/ecotown/ecotown.gpkg
The bundled dataset: stats, export and render read it unless \-\-data, \-\-mapping or
ECOTOWN_DATA name another.
.TP
.I /usr/share/ecotown/tables/
The tables sample builds the dataset from (unless \-\-data\-dir names another folder);
/usr/share/doc/ecotown/DATA.md gives the source of every row.
.TP
.I /usr/share/qgis/resources/data/world_map.gpkg
Natural Earth (package qgis\-common), the outlines sample joins to the tables.

[ENVIRONMENT]
.TP
.B ECOTOWN_DATA
The dataset to read when \-\-data is not given.

[EXIT STATUS]
0 success, 1 validate found problems, 2 the input or the command line could not be used.

[SEE ALSO]
.BR ecotown (1)
ROFF
