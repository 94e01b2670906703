#!/usr/bin/env bash
# Installs the Dapr control plane from Dapr's official Helm chart (dapr-system) and LearnFlow's
# Dapr Components (pubsub.kafka, state.postgresql v2), Configuration and Resiliency (release
# learnflow-dapr). Idempotent.
#
#   skills/dapr-k8s-setup/scripts/deploy.sh [-n NAMESPACE] [--kafka-mode native|strimzi|external]
#       [--postgres-mode native|cnpg|external] [-f extra-values.yaml] [--timeout 5m]
#
# Prints a few lines; the helm output goes to .cache/deploy/dapr.log (its tail on failure).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
NS="${LEARNFLOW_NAMESPACE:-learnflow}"
DAPR_NS="${DAPR_NAMESPACE:-dapr-system}"
DAPR_VERSION="${DAPR_VERSION:-1.16.9}"
TIMEOUT=5m
values=(-f "$ROOT/deploy/helm/releases/dapr.yaml")
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --namespace) NS="$2"; shift ;;
    --kafka-mode) values+=(--set "kafka.mode=$2"); shift ;;
    --postgres-mode) values+=(--set "postgres.mode=$2"); shift ;;
    -f | --values) values+=(-f "$2"); shift ;;
    --timeout) TIMEOUT="$2"; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "dapr: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

HELM="${HELM:-$(command -v helm || echo "$ROOT/.cache/bin/helm")}"
LOG="$ROOT/.cache/deploy/dapr.log"
mkdir -p "$(dirname "$LOG")"
: >"$LOG"
run() {
  if ! "$@" >>"$LOG" 2>&1; then
    echo "dapr: failed: $*" >&2
    tail -n 5 "$LOG" >&2
    exit 1
  fi
}
for tool in kubectl python3; do command -v "$tool" >/dev/null || { echo "dapr: $tool not found" >&2; exit 2; }; done
[[ -x "$HELM" ]] || { echo "dapr: helm not found (install it, or set HELM)" >&2; exit 2; }

echo "dapr: control plane $DAPR_VERSION in $DAPR_NS"
run "$HELM" repo add dapr https://dapr.github.io/helm-charts/ --force-update
# Minikube: one replica of everything, and the scheduler keeps its jobs in memory instead of
# asking for a PVC (LearnFlow uses no actors, reminders or workflows).
run "$HELM" upgrade --install dapr dapr/dapr --version "$DAPR_VERSION" -n "$DAPR_NS" --create-namespace \
  --set global.ha.enabled=false \
  --set dapr_scheduler.cluster.inMemoryStorage=true \
  --set dapr_scheduler.replicaCount=1 \
  --wait --timeout "$TIMEOUT"

kubectl get namespace "$NS" >/dev/null 2>&1 || run kubectl create namespace "$NS"
echo "dapr: installing release learnflow-dapr (components) in $NS"
run "$HELM" upgrade --install learnflow-dapr "$ROOT/deploy/helm/learnflow" -n "$NS" "${values[@]}" \
  --wait --timeout "$TIMEOUT"
python3 "$ROOT/skills/dapr-k8s-setup/scripts/verify.py" -n "$NS" --dapr-namespace "$DAPR_NS"
