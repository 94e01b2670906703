#!/usr/bin/env bash
# Deploys LearnFlow's Kafka (single-node KRaft) and creates every catalog topic. Idempotent:
# `helm upgrade --install` of the learnflow chart with only Kafka enabled (release learnflow-kafka).
#
#   skills/kafka-k8s-setup/scripts/deploy.sh [--strimzi] [-n NAMESPACE] [-f extra-values.yaml] [--timeout 10m]
#
# Prints a few lines; the helm output goes to .cache/deploy/kafka.log (its tail on failure).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
NS="${LEARNFLOW_NAMESPACE:-learnflow}"
MODE=native
TIMEOUT=10m
STRIMZI_VERSION="${STRIMZI_VERSION:-0.48.0}"
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --strimzi) MODE=strimzi ;;
    -n | --namespace) NS="$2"; shift ;;
    -f | --values) extra+=(-f "$2"); shift ;;
    --timeout) TIMEOUT="$2"; shift ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "kafka: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

HELM="${HELM:-$(command -v helm || echo "$ROOT/.cache/bin/helm")}"
LOG="$ROOT/.cache/deploy/kafka.log"
mkdir -p "$(dirname "$LOG")"
: >"$LOG"
run() {
  if ! "$@" >>"$LOG" 2>&1; then
    echo "kafka: failed: $*" >&2
    tail -n 5 "$LOG" >&2
    exit 1
  fi
}
for tool in kubectl python3; do command -v "$tool" >/dev/null || { echo "kafka: $tool not found" >&2; exit 2; }; done
[[ -x "$HELM" ]] || { echo "kafka: helm not found (install it, or set HELM)" >&2; exit 2; }

kubectl get namespace "$NS" >/dev/null 2>&1 || run kubectl create namespace "$NS"

if [[ "$MODE" == strimzi ]]; then
  echo "kafka: Strimzi operator $STRIMZI_VERSION in $NS"
  run "$HELM" upgrade --install strimzi-kafka-operator oci://quay.io/strimzi-helm/strimzi-kafka-operator \
    --version "$STRIMZI_VERSION" -n "$NS" --wait --timeout "$TIMEOUT"
fi

echo "kafka: installing release learnflow-kafka ($MODE) in $NS"
values=(-f "$ROOT/deploy/helm/releases/kafka.yaml" "${extra[@]}" --set "kafka.mode=$MODE")
# The topics hook Job waits for the broker, so helm returns once every topic exists.
run "$HELM" upgrade --install learnflow-kafka "$ROOT/deploy/helm/learnflow" -n "$NS" "${values[@]}" \
  --wait --timeout "$TIMEOUT"
if [[ "$MODE" == strimzi ]]; then
  run kubectl wait -n "$NS" kafka/learnflow-kafka --for=condition=Ready --timeout="$TIMEOUT"
fi
python3 "$ROOT/skills/kafka-k8s-setup/scripts/verify.py" -n "$NS" --mode "$MODE"
