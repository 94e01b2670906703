#!/usr/bin/env bash
# Verifies a deployed LearnFlow: each component's verify script, then an end-to-end smoke test
# through the gateway (health, login as the demo student, the 24-topic curriculum). A few lines
# per check, never logs; exit 0 when all pass.
#
#   scripts/verify-all.sh [-n NAMESPACE] [--url http://learnflow.local]   (default: a port-forward)
#                         [--journey]         (the personas' path too: scripts/k8s/smoke.py --journey)
#                         [--local-cluster]   (deploy/cluster's: the app pods instead of Dapr's sidecars; implies --journey)
set -euo pipefail
# shellcheck source=scripts/k8s/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/k8s/lib.sh"

URL=""
LOCAL_CLUSTER=0
journey=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --namespace) LEARNFLOW_NAMESPACE="$2"; shift ;;
    --url) URL="$2"; shift ;;
    --journey) journey=(--journey) ;;
    --local-cluster) LOCAL_CLUSTER=1 journey=(--journey) ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
NS="$LEARNFLOW_NAMESPACE"
SKILLS="$LEARNFLOW_ROOT/skills"
passed=0
failed=0

check() {
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

forward_pid=""
cleanup() { if [[ -n "$forward_pid" ]]; then kill "$forward_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

smoke() {
  local base="$URL" port
  if [[ -z "$base" ]]; then
    port="$(free_port)"
    kubectl -n "$NS" port-forward svc/learnflow-api-gateway "$port:8180" >/dev/null 2>&1 &
    forward_pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 50); do
      python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
      sleep 0.2
    done
  fi
  python3 "$LEARNFLOW_ROOT/scripts/k8s/smoke.py" "$base" "${journey[@]}"
}

check python3 "$SKILLS/kafka-k8s-setup/scripts/verify.py" -n "$NS"
check python3 "$SKILLS/postgres-k8s-setup/scripts/verify.py" -n "$NS" --expect-seed
if [[ $LOCAL_CLUSTER == 1 ]]; then
  check python3 "$LEARNFLOW_ROOT/scripts/k8s/verify_app.py" -n "$NS" --pods 10
else
  check python3 "$SKILLS/dapr-k8s-setup/scripts/verify.py" -n "$NS" --apps 10
fi
check smoke
say "verify-all: $passed passed, $failed failed"
[[ $failed == 0 ]]
