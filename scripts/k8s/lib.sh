#!/usr/bin/env bash
# Shared by scripts/deploy-all.sh and scripts/verify-all.sh: timing against budgets, short output.
# shellcheck shell=bash

LEARNFLOW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export LEARNFLOW_NAMESPACE="${LEARNFLOW_NAMESPACE:-learnflow}"
export HELM="${HELM:-$(command -v helm || echo "$LEARNFLOW_ROOT/.cache/bin/helm")}"

STEP_RESULTS=()
# Set to 1 by timed_step when a step took longer than its budget; read by the caller.
export OVER_BUDGET=0

say() { printf '%s\n' "$*"; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# timed_step NAME BUDGET_SECONDS COMMAND...: runs it, records "NAME  12s / 600s  ok".
timed_step() {
  local name="$1" budget="$2" started elapsed status=ok
  shift 2
  say "==> $name (budget ${budget}s)"
  started=$(date +%s)
  if ! "$@"; then status=FAILED; fi
  elapsed=$(($(date +%s) - started))
  if [[ "$status" == ok && "$elapsed" -gt "$budget" ]]; then
    status="OVER BUDGET"
    OVER_BUDGET=1
  fi
  STEP_RESULTS+=("$(printf '%-12s %5ss / %4ss  %s' "$name" "$elapsed" "$budget" "$status")")
  [[ "$status" != FAILED ]]
}

print_summary() {
  say ""
  say "step         elapsed / budget"
  local line
  for line in "${STEP_RESULTS[@]}"; do say "$line"; done
}

# A free local TCP port (for port-forward).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
