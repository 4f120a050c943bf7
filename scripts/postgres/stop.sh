#!/usr/bin/env bash
# Stops the private PostgreSQL started by scripts/postgres/start.sh. Its data directory is kept;
# pass --purge to delete it too.
set -euo pipefail

BASE_DIR="${MAGPIE_PG_DIR:-/var/tmp/magpie-postgres}"
DATA_DIR="$BASE_DIR/data"

BIN_DIR="$( (command -v pg_config >/dev/null 2>&1 && pg_config --bindir) || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$BIN_DIR" ] || [ ! -x "$BIN_DIR/pg_ctl" ]; then
    echo "PostgreSQL is not installed; nothing to stop." >&2
    exit 0
fi

if [ -f "$DATA_DIR/PG_VERSION" ]; then
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 \
            && runuser -u postgres -- "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -m fast -w stop
    else
        "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 && "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -m fast -w stop
    fi
fi

if [ "${1:-}" = "--purge" ]; then
    rm -rf "$BASE_DIR"
fi
echo "stopped"
