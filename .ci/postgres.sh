#!/usr/bin/env bash
# Installs PostgreSQL (Debian), starts a throwaway server on 127.0.0.1 and exports CORROBORATE_TEST_PG_URL for
# the store tests. Source it: `. .ci/postgres.sh`. The server and its data folder are discarded by
# `corroborate_pg_stop` (or left for the machine to clean). Runs the server as the `postgres` user.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg_port="${CORROBORATE_PG_PORT:-55432}"
pg_dir="$(mktemp -d /tmp/corroborate-pg.XXXXXX)"
chown postgres:postgres "$pg_dir"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust --no-sync -E UTF8 >'$pg_dir/initdb.log'"
su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -o \
  \"-c listen_addresses=127.0.0.1 -p $pg_port -k '$pg_dir' -c fsync=off\" start >/dev/null"
su postgres -s /bin/sh -c "'$pg_bin/createdb' -h 127.0.0.1 -p $pg_port -U postgres corroborate_test"
export CORROBORATE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/corroborate_test?user=postgres"
export CORROBORATE_PG_DIR="$pg_dir"
corroborate_pg_stop() {
  su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$CORROBORATE_PG_DIR/data' -m fast stop >/dev/null" || true
  rm -rf "$CORROBORATE_PG_DIR"
}
echo "PostgreSQL for tests: $CORROBORATE_TEST_PG_URL (data in $pg_dir)"
