#!/usr/bin/env bash
# Starts a private PostgreSQL for Magpie's tests and prints its URL on the last line.
#
#   scripts/postgres/start.sh            # port 54329
#   PORT=55432 scripts/postgres/start.sh
#   export MAGPIE_TEST_POSTGRES_URL=$(scripts/postgres/start.sh | tail -n1)
#
# Idempotent: installs PostgreSQL from apt when missing (Debian, as root), creates a data
# directory of its own (never touches a system cluster), starts it listening on 127.0.0.1 only,
# and creates the role `magpie` (password `magpie`, CREATEDB so tests can make a database per
# case) and the database `magpie_test`. Stop it with scripts/postgres/stop.sh.
set -euo pipefail

PORT="${PORT:-54329}"
BASE_DIR="${MAGPIE_PG_DIR:-/var/tmp/magpie-postgres}"
DATA_DIR="$BASE_DIR/data"
LOG_FILE="$BASE_DIR/postgres.log"

find_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    # Debian keeps the server binaries out of PATH, one directory per major version.
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1
}

BIN_DIR="$(find_bindir || true)"
if [ -z "$BIN_DIR" ] || [ ! -x "$BIN_DIR/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "PostgreSQL is not installed and installing it needs root." >&2
        exit 1
    fi
    echo "Installing PostgreSQL from apt..." >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    BIN_DIR="$(find_bindir)"
fi

# The server refuses to run as root: run it as the `postgres` account when we are root.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$BASE_DIR" --shell /bin/false postgres
    as_owner() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_owner() { "$@"; }
    OWNER="$(id -un)"
fi

mkdir -p "$BASE_DIR"
chown "$OWNER" "$BASE_DIR"

if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    as_owner "$BIN_DIR/initdb" -D "$DATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    # fsync is off because this cluster only ever holds disposable test data, and the suite
    # creates and drops a database per test. Never use these settings for real data.
    as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start -o \
        "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$BASE_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
fi

psql_admin() {
    as_owner "$BIN_DIR/psql" -h "$BASE_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'magpie'")" != "1" ]; then
    psql_admin -c "CREATE ROLE magpie LOGIN CREATEDB PASSWORD 'magpie'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'magpie_test'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE magpie_test OWNER magpie" >&2
fi

echo "postgres://magpie:magpie@127.0.0.1:$PORT/magpie_test"
