#!/usr/bin/env bash
# Fuzzes the public HTTP API with Schemathesis (issue 13): the embedded platform on a fresh data
# directory, its own OpenAPI document (/docs/json), every operation, every check, as nobody, a
# student, a teacher and an admin. Exits non-zero on any failure (a 5xx, a response the document
# does not describe, a valid request refused, an invalid one accepted...).
#
#   scripts/fuzz-api.sh                  # the CI run (bounded examples, fixed seed)
#   FUZZ_EXAMPLES=50 FUZZ_SEED=1 scripts/fuzz-api.sh
#
# Schemathesis comes from PyPI into a virtualenv outside the checkout, kept for the next run:
# ~/.cache/learnflow/schemathesis-venv-<version>. Rate limits are raised for this platform only
# (LEARNFLOW_RATE_LIMIT_*: the fuzzer sends thousands of requests a minute); nothing else differs
# from `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=4.32.5
venv="${LEARNFLOW_CACHE:-$HOME/.cache/learnflow}/schemathesis-venv-$version"
port="${FUZZ_PORT:-3461}"
examples="${FUZZ_EXAMPLES:-5}"
seed="${FUZZ_SEED:-20261203}"
base="http://127.0.0.1:$port"
work=$(mktemp -d)
started=$(date +%s)
say() { printf '[fuzz %ss] %s\n' "$(($(date +%s) - started))" "$*"; }

if ! "$venv/bin/st" --version >/dev/null 2>&1; then
  say "installing schemathesis $version into $venv (once; about 2 minutes)"
  rm -rf "$venv"
  python3 -m venv "$venv" || { echo "python3 -m venv failed: apt-get install python3-venv" >&2; exit 1; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

platform_pid=
stop() {
  if [ -n "$platform_pid" ]; then kill "$platform_pid" 2>/dev/null || true; wait "$platform_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

say "starting the platform on :$port (fresh data directory, demo users seeded)"
LEARNFLOW_DATA_DIR="$work/data" LEARNFLOW_GATEWAY_PORT="$port" LEARNFLOW_SEED_DEMO=true \
  LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE=1000000 LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE=1000000 \
  node --import tsx apps/cli/src/main.ts up >"$work/platform.log" 2>&1 &
platform_pid=$!
for _ in $(seq 120); do
  curl -sf "$base/ready" >/dev/null 2>&1 && break
  kill -0 "$platform_pid" 2>/dev/null || { cat "$work/platform.log" >&2; echo "the platform did not start (log above)" >&2; exit 1; }
  sleep 1
done
curl -sf "$base/ready" >/dev/null || { tail -40 "$work/platform.log" >&2; echo "the platform is not ready after 120 s" >&2; exit 1; }

# The demo users of apps/cli/src/seed.ts, logged in once each (the login throttle counts attempts).
token() {
  curl -sf "$base/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1@learnflow.dev\",\"password\":\"learnflow\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# One Schemathesis run: a name, then extra arguments (auth header, operation filters). It writes its
# summary line to $work/<name>.summary and prints its failures; its exit status says whether it passed.
fuzz() {
  local name=$1
  shift
  say "fuzzing as $name"
  local log="$work/$name.log"
  local rc=0
  # Run from the scratch directory: Schemathesis keeps its example database in the working directory.
  (cd "$work" && "$venv/bin/st" --config-file "$root/scripts/fuzz-api.toml" run "$base/docs/json" --checks all \
    --max-examples "$examples" --seed "$seed" --workers 1 --request-timeout 30 --no-color \
    --suppress-health-check all "$@") >"$log" 2>&1 || rc=$?
  local cases
  cases=$(grep -Eo '[0-9]+ generated' "$log" | tail -1 || true)
  local operations
  operations=$(grep -Eo 'Tested: [0-9]+' "$log" | tail -1 || true)
  local failures
  failures=$(sed -n '/^Failures:/,/^$/p' "$log" | grep -E '❌' | sed -E 's/^ *❌ *//' | paste -sd ';' - || true)
  echo "$name: ${operations:-Tested: ?} operations, ${cases:-? generated} cases, failures: ${failures:-none}" >"$work/$name.summary"
  if [ "$rc" -ne 0 ]; then
    sed -n '/^=* FAILURES =*$/,/^=* SUMMARY =*$/p' "$log"
    echo "($name: schemathesis exit $rc; the whole log follows the failures above only when it has no summary)"
    grep -q 'SUMMARY' "$log" || tail -60 "$log"
  fi
  say "$name done"
  return "$rc"
}

student=$(token maya)
teacher=$(token rodriguez)
admin=$(token admin)
failed=0
# The four roles run at once (each run is one Python process, the platform another: together they keep both
# cores busy, where one at a time left one idle). Logging out ends the session whose token the runs use: it
# goes last, alone.
keep_session=(--exclude-path /api/auth/logout)
roles=()
fuzz anonymous "${keep_session[@]}" & roles+=($!)
fuzz student -H "Authorization: Bearer $student" "${keep_session[@]}" & roles+=($!)
fuzz teacher -H "Authorization: Bearer $teacher" "${keep_session[@]}" & roles+=($!)
fuzz admin -H "Authorization: Bearer $admin" "${keep_session[@]}" & roles+=($!)
for pid in "${roles[@]}"; do wait "$pid" || failed=1; done
fuzz logout -H "Authorization: Bearer $student" --include-path /api/auth/logout || failed=1

if grep -q '"level":50' "$work/platform.log"; then
  echo "the platform logged errors while fuzzed:" >&2
  grep '"level":50' "$work/platform.log" | head -20 >&2
  failed=1
fi

say "done"
for name in anonymous student teacher admin logout; do printf '  %s\n' "$(cat "$work/$name.summary")"; done
if [ "$failed" -ne 0 ]; then
  echo "FUZZ FAILED: each failure above has a curl line to reproduce it; fix the route or make /docs/json true." >&2
  exit 1
fi
echo "fuzz passed: 0 server errors, 0 responses outside the documented schema"
