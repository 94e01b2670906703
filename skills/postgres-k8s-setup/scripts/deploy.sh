#!/usr/bin/env bash
# Deploys LearnFlow's PostgreSQL. Idempotent: `helm upgrade --install` of the learnflow chart with
# only PostgreSQL enabled (release learnflow-postgres). The schema and seed data come with the app
# (the learnflow-migrate hook Job runs `learnflow migrate && learnflow seed`).
#
#   skills/postgres-k8s-setup/scripts/deploy.sh [--cnpg] [-n NAMESPACE] [-f extra-values.yaml] [--timeout 10m]
#
# Prints a few lines; the helm output goes to .cache/deploy/postgres.log (its tail on failure).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
NS="${LEARNFLOW_NAMESPACE:-learnflow}"
MODE=native
TIMEOUT=10m
CNPG_VERSION="${CNPG_VERSION:-0.26.0}"
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cnpg) MODE=cnpg ;;
    -n | --namespace) NS="$2"; shift ;;
    -f | --values) extra+=(-f "$2"); shift ;;
    --timeout) TIMEOUT="$2"; shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "postgres: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

HELM="${HELM:-$(command -v helm || echo "$ROOT/.cache/bin/helm")}"
LOG="$ROOT/.cache/deploy/postgres.log"
mkdir -p "$(dirname "$LOG")"
: >"$LOG"
run() {
  if ! "$@" >>"$LOG" 2>&1; then
    echo "postgres: failed: $*" >&2
    tail -n 5 "$LOG" >&2
    exit 1
  fi
}
for tool in kubectl python3; do command -v "$tool" >/dev/null || { echo "postgres: $tool not found" >&2; exit 2; }; done
[[ -x "$HELM" ]] || { echo "postgres: helm not found (install it, or set HELM)" >&2; exit 2; }

kubectl get namespace "$NS" >/dev/null 2>&1 || run kubectl create namespace "$NS"

if [[ "$MODE" == cnpg ]]; then
  echo "postgres: CloudNativePG operator (chart $CNPG_VERSION) in cnpg-system"
  run "$HELM" repo add cnpg https://cloudnative-pg.github.io/charts --force-update
  run "$HELM" upgrade --install cnpg cnpg/cloudnative-pg --version "$CNPG_VERSION" \
    -n cnpg-system --create-namespace --wait --timeout "$TIMEOUT"
fi

echo "postgres: installing release learnflow-postgres ($MODE) in $NS"
run "$HELM" upgrade --install learnflow-postgres "$ROOT/deploy/helm/learnflow" -n "$NS" \
  -f "$ROOT/deploy/helm/releases/postgres.yaml" "${extra[@]}" --set "postgres.mode=$MODE" --wait --timeout "$TIMEOUT"
if [[ "$MODE" == cnpg ]]; then
  run kubectl wait -n "$NS" cluster.postgresql.cnpg.io/learnflow-pg --for=condition=Ready --timeout="$TIMEOUT"
fi
python3 "$ROOT/skills/postgres-k8s-setup/scripts/verify.py" -n "$NS" --mode "$MODE"
