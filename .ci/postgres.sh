#!/usr/bin/env bash
# Install PostgreSQL from Debian's packages if it is missing, start a cluster, create the
# role and database the store tests use, and print the line that points the tests at it:
#
#     eval "$(.ci/postgres.sh)"      # then: make test   (store tests run on SQLite and PostgreSQL)
#
# Progress goes to standard error; standard output is only the export line.
set -euo pipefail

PGPORT="${PGPORT:-5432}"
DB_USER="${FRONTWIRE_PG_USER:-frontwire}"
DB_PASS="${FRONTWIRE_PG_PASSWORD:-frontwire}"
DB_NAME="${FRONTWIRE_PG_DB:-frontwire_test}"
export DEBIAN_FRONTEND=noninteractive

log() { echo "postgres.sh: $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    log "installing postgresql from Debian's packages"
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq --no-install-recommends postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    log "creating cluster $version/main"
    as_root pg_createcluster "$version" main --port "$PGPORT" >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting cluster $version/main on port $port"
    as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2

psql_pg() { as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
if [ -z "$(psql_pg -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" ]; then
    log "creating role $DB_USER"
    psql_pg -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASS'" >&2
fi
if [ -z "$(psql_pg -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    log "creating database $DB_NAME"
    psql_pg -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\"" >&2
fi

echo "export FRONTWIRE_TEST_PG_URL=postgresql+psycopg://$DB_USER:$DB_PASS@127.0.0.1:$port/$DB_NAME"
