#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL 15 + PostGIS server for the PG: tests: a new cluster
# in a temporary folder, listening on a Unix socket only, with a database `ecotown_test`.
#   eval "$(scripts/pg-test-server.sh start)"   -> exports ECOTOWN_TEST_PG and ECOTOWN_PG_DIR
#   eval "$(scripts/pg-test-server.sh standby "$ECOTOWN_PG_DIR")"
#        -> a streaming-replication standby of it (pg_basebackup -R, its own socket folder):
#           exports ECOTOWN_TEST_PG_STANDBY
#   scripts/pg-test-server.sh halt DIR | resume DIR   (stop and start the primary, keeping it)
#   scripts/pg-test-server.sh stop "$ECOTOWN_PG_DIR"  (both servers, and the folder)
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
# A throw-away cluster: nothing in it has to outlive this machine, so it does not wait for the
# disk (no fsync; what a test stops or kills is the server process, never the machine, and the
# kernel still holds every write). A disk slow to sync no longer slows every commit of the tests.
# ECOTOWN_PG_SYNC=on keeps PostgreSQL's defaults (the benchmarks: a server as deployed).
NOSYNC="-c fsync=off -c synchronous_commit=off -c full_page_writes=off" NOSYNC_FILES=--no-sync
if [ "${ECOTOWN_PG_SYNC:-off}" = on ]; then NOSYNC="" NOSYNC_FILES=""; fi
case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/ecotown-pg.XXXXXX)
    chown postgres "$dir"
    su postgres -c "$PGBIN/initdb $NOSYNC_FILES -D '$dir/data' -A trust -U postgres" > "$dir/initdb.log" 2>&1
    su postgres -c "$PGBIN/pg_ctl -D '$dir/data' -l '$dir/server.log' -o \"-k '$dir' -c listen_addresses='' $NOSYNC\" -w start" > /dev/null
    su postgres -c "psql -h '$dir' -U postgres -q -c 'CREATE DATABASE ecotown_test'"
    su postgres -c "psql -h '$dir' -U postgres -d ecotown_test -q -c 'CREATE EXTENSION postgis'"
    echo "export ECOTOWN_PG_DIR='$dir'"
    echo "export ECOTOWN_TEST_PG='PG:host=$dir user=postgres dbname=ecotown_test'"
    ;;
  standby)
    dir=${2:?folder}
    mkdir -p "$dir/sb" && chown postgres "$dir/sb"
    su postgres -c "$PGBIN/pg_basebackup -h '$dir' -U postgres -D '$dir/standby' -R -X stream -c fast $NOSYNC_FILES" > "$dir/basebackup.log" 2>&1
    su postgres -c "$PGBIN/pg_ctl -D '$dir/standby' -l '$dir/standby.log' -o \"-k '$dir/sb' -c listen_addresses='' -c hot_standby=on $NOSYNC\" -w start" > /dev/null
    echo "export ECOTOWN_TEST_PG_STANDBY='PG:host=$dir/sb user=postgres dbname=ecotown_test'"
    ;;
  halt)
    dir=${2:?folder}
    su postgres -c "$PGBIN/pg_ctl -D '$dir/data' -m fast -w stop" > /dev/null
    ;;
  resume)
    dir=${2:?folder}
    su postgres -c "$PGBIN/pg_ctl -D '$dir/data' -l '$dir/server.log' -o \"-k '$dir' -c listen_addresses='' $NOSYNC\" -w start" > /dev/null
    ;;
  stop)
    dir=${2:?folder}
    [ -d "$dir/standby" ] && su postgres -c "$PGBIN/pg_ctl -D '$dir/standby' -m fast -w stop" > /dev/null 2>&1 || true
    su postgres -c "$PGBIN/pg_ctl -D '$dir/data' -m fast -w stop" > /dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | standby DIR | halt DIR | resume DIR | stop DIR" >&2; exit 2 ;;
esac
