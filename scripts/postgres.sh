#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and local development, from Debian's packages.
#   scripts/postgres.sh start|stop|status|url|dir
# Data lives outside the checkout, owned by the user PostgreSQL runs as (postgres when root),
# in /tmp/learnflow-postgres-<uid>-<checkout key> (PGDATA_ROOT overrides), so a checkout under a
# 0700 directory (root's home, mktemp -d) works; port from PGPORT (default 5432).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
key="$(printf '%s' "$root" | cksum | cut -d ' ' -f 1)"
dir="${PGDATA_ROOT:-/tmp/learnflow-postgres-$(id -u)-$key}"
# A server started by an older version of this script keeps its data in the checkout.
[ -z "${PGDATA_ROOT:-}" ] && [ -f "$root/.cache/postgres/data/PG_VERSION" ] && dir="$root/.cache/postgres"
port="${PGPORT:-5432}"
url="postgres://postgres@127.0.0.1:${port}/learnflow"

bindir() {
  local ctl
  ctl="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$ctl" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  echo "$ctl"
}

# From / : initdb and pg_ctl fail when the current directory is one the postgres user cannot read.
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

case "${1:-}" in
  start)
    bin="$(bindir)"
    mkdir -p "$dir"
    chmod 0700 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    if as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "postgres: already running on :$port"
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "postgres: port $port is taken by another server (another checkout's PostgreSQL?)." >&2
      echo "  Share it with PGDATA_ROOT=<its scripts/postgres.sh dir>, or start a second one with PGPORT=<free port>." >&2
      exit 1
    else
      if [ ! -f "$dir/data/PG_VERSION" ]; then
        echo "postgres: initialising $dir/data"
        as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
      fi
      echo "postgres: starting on 127.0.0.1:$port"
      as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { tail -n 20 "$dir/postgres.log" >&2; echo "postgres: failed to start; the log is above" >&2; exit 1; }
    fi
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='learnflow'" | grep -q 1 \
      || as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres learnflow
    echo "postgres: ready at $url"
    ;;
  stop)
    bin="$(bindir)"
    if as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null && echo "postgres: stopped"
    else
      echo "postgres: not running"
    fi
    ;;
  status)
    as_pg "$(bindir)/pg_ctl" -D "$dir/data" status
    ;;
  url)
    echo "$url"
    ;;
  dir)
    echo "$dir"
    ;;
  *)
    echo "usage: $0 start|stop|status|url|dir" >&2
    exit 2
    ;;
esac
