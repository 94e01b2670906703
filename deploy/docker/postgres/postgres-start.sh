#!/bin/bash
# Entrypoint of the learnflow-postgres image: the environment interface of the postgres image that
# the chart uses (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB, PGDATA): initdb once, then postgres.
set -euo pipefail
export PATH="/usr/lib/postgresql/15/bin:$PATH"
: "${PGDATA:?PGDATA is required}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"
user="${POSTGRES_USER:-postgres}"
db="${POSTGRES_DB:-$user}"
if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  echo "postgres: initdb in $PGDATA (user $user, database $db)"
  mkdir -p "$PGDATA" && chmod 700 "$PGDATA"
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  printf 'host all all 0.0.0.0/0 scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  if [[ "$db" != postgres ]]; then
    postgres --single -D "$PGDATA" postgres <<<"CREATE DATABASE \"$db\" OWNER \"$user\";" >/dev/null
  fi
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql
