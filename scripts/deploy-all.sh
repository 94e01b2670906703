#!/usr/bin/env bash
# Deploys LearnFlow to Minikube (or the current kubectl context) step by step, each step timed
# against the design documents' budgets and verified: preflight, images, Kafka (10 min),
# PostgreSQL (10 min), Dapr (5 min), the app; all under 30 minutes. Idempotent: rerun after a fix.
#
#   scripts/deploy-all.sh [--strimzi] [--cnpg] [--skip-images | --build-images] [--force] [-n NAMESPACE]
#                         [--local-cluster]
#   (--force: go on when the cluster is smaller than 4 CPUs / 8 GB; --local-cluster: the cluster of
#   deploy/cluster/up.sh: its images, values-local-cluster.yaml, no Dapr, implies --force)
set -euo pipefail
# shellcheck source=scripts/k8s/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/k8s/lib.sh"

KAFKA_MODE=native
PG_MODE=native
BUILD_IMAGES=auto
FORCE=0
LOCAL_CLUSTER=0
values=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --strimzi) KAFKA_MODE=strimzi ;;
    --cnpg) PG_MODE=cnpg ;;
    --skip-images) BUILD_IMAGES=no ;;
    --build-images) BUILD_IMAGES=yes ;;
    --force) FORCE=1 ;;
    --local-cluster) LOCAL_CLUSTER=1 FORCE=1 ;;
    -n | --namespace) LEARNFLOW_NAMESPACE="$2"; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
NS="$LEARNFLOW_NAMESPACE"
SKILLS="$LEARNFLOW_ROOT/skills"
CHART="$LEARNFLOW_ROOT/deploy/helm/learnflow"
TAG="$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$CHART/Chart.yaml")"
STARTED=$(date +%s)
[[ $LOCAL_CLUSTER == 1 ]] && values=(-f "$CHART/values-local-cluster.yaml")

preflight() {
  local tool
  for tool in kubectl python3; do command -v "$tool" >/dev/null || die "$tool not found"; done
  [[ -x "$HELM" ]] || die "helm not found: install it (https://helm.sh) or run deploy/test/run.sh, which builds one into .cache/bin"
  if command -v minikube >/dev/null 2>&1; then
    minikube status >/dev/null 2>&1 || die "minikube is not running: minikube start --cpus 4 --memory 8g"
  fi
  kubectl cluster-info >/dev/null 2>&1 || die "kubectl cannot reach a cluster (context: $(kubectl config current-context 2>/dev/null || echo none))"
  # Capacity of the largest node: LearnFlow with Kafka, PostgreSQL and Dapr wants 4 CPUs / 8 GB.
  kubectl get nodes -o json | python3 -c '
import json, re, sys
units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 1e3, "M": 1e6, "G": 1e9, "": 1}
def mem(v):
    n, u = re.match(r"(\d+)(\w*)", v).groups()
    return int(n) * units.get(u, 1)
def cpu(v):
    return int(v[:-1]) / 1000 if v.endswith("m") else float(v)
nodes = json.load(sys.stdin)["items"]
best = max(nodes, key=lambda n: cpu(n["status"]["allocatable"]["cpu"]))
c, m = cpu(best["status"]["allocatable"]["cpu"]), mem(best["status"]["allocatable"]["memory"]) / 2**30
print(f"cluster: {len(nodes)} node(s), largest {c:g} CPUs / {m:.1f} GiB allocatable")
if c < 3.5 or m < 7:
    print("cluster: below 4 CPUs / 8 GB: expect Pending pods or OOM (minikube start --cpus 4 --memory 8g; or --force)")
    sys.exit(1)
' || [[ $FORCE == 1 ]] || return 1
  kubectl get storageclass -o jsonpath='{range .items[*]}{.metadata.annotations.storageclass\.kubernetes\.io/is-default-class}{"\n"}{end}' |
    grep -qx true || die "no default StorageClass: minikube addons enable storage-provisioner default-storageclass"
  if command -v minikube >/dev/null 2>&1 && ! minikube addons list -o json 2>/dev/null | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin).get("ingress",{}).get("Status")=="enabled" else 1)'; then
    say "preflight: the ingress addon is off (minikube addons enable ingress); port-forward still works"
  fi
  kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS" >/dev/null || return 1
  say "preflight: ok (namespace $NS, kafka $KAFKA_MODE, postgres $PG_MODE)"
}

images() {
  if [[ $LOCAL_CLUSTER == 1 ]]; then
    "$LEARNFLOW_ROOT/deploy/cluster/images.sh" --import
    return
  fi
  if [[ "$BUILD_IMAGES" == auto ]] && command -v minikube >/dev/null 2>&1 &&
    minikube image ls 2>/dev/null | grep -q "learnflow:$TAG" &&
    minikube image ls 2>/dev/null | grep -q "learnflow-code-execution:$TAG"; then
    say "images: learnflow:$TAG already in minikube (--build-images to rebuild)"
    return 0
  fi
  [[ "$BUILD_IMAGES" == no ]] && { say "images: skipped"; return 0; }
  "$LEARNFLOW_ROOT/scripts/k8s/build-images.sh" "$TAG"
}

kafka() {
  local flags=()
  [[ "$KAFKA_MODE" == strimzi ]] && flags+=(--strimzi)
  "$SKILLS/kafka-k8s-setup/scripts/deploy.sh" -n "$NS" "${flags[@]}" "${values[@]}"
}

postgres() {
  local flags=()
  [[ "$PG_MODE" == cnpg ]] && flags+=(--cnpg)
  "$SKILLS/postgres-k8s-setup/scripts/deploy.sh" -n "$NS" "${flags[@]}" "${values[@]}"
}

dapr() {
  "$SKILLS/dapr-k8s-setup/scripts/deploy.sh" -n "$NS" --kafka-mode "$KAFKA_MODE" --postgres-mode "$PG_MODE"
}

app() {
  local log="$LEARNFLOW_ROOT/.cache/deploy/app.log"
  say "app: installing release learnflow (10 services, migrate + seed) in $NS"
  if ! "$HELM" upgrade --install learnflow "$CHART" -n "$NS" -f "$LEARNFLOW_ROOT/deploy/helm/releases/app.yaml" "${values[@]}" \
    --set "kafka.mode=$KAFKA_MODE" --set "postgres.mode=$PG_MODE" --wait --timeout 10m >"$log" 2>&1; then
    say "app: helm failed:"
    tail -n 5 "$log"
    return 1
  fi
  if [[ $LOCAL_CLUSTER == 1 ]]; then
    python3 "$LEARNFLOW_ROOT/scripts/k8s/verify_app.py" -n "$NS" --pods 10
  else
    python3 "$SKILLS/dapr-k8s-setup/scripts/verify.py" -n "$NS" --apps 10
  fi
}

status=0
timed_step preflight 60 preflight || exit 1
timed_step images 600 images || status=1
[[ $status == 0 ]] && { timed_step kafka 600 kafka || status=1; }
[[ $status == 0 ]] && { timed_step postgres 600 postgres || status=1; }
if [[ $LOCAL_CLUSTER == 1 ]]; then
  say "==> dapr: skipped (--local-cluster runs the services on the platform's Kafka bus; docs/deploy/kubernetes-from-zero.md)"
else
  [[ $status == 0 ]] && { timed_step dapr 300 dapr || status=1; }
fi
[[ $status == 0 ]] && { timed_step app 600 app || status=1; }
total=$(($(date +%s) - STARTED))
print_summary
printf '%-12s %5ss / %4ss  %s\n' total "$total" 1800 "$([[ $total -le 1800 ]] && echo ok || echo 'OVER BUDGET')"
[[ $total -le 1800 ]] || OVER_BUDGET=1
if [[ $status != 0 ]]; then
  say "deploy-all: FAILED (fix the step above and rerun: every step is idempotent; docs/deploy/README.md#troubleshooting)"
  exit 1
fi
[[ $OVER_BUDGET == 0 ]] || { say "deploy-all: deployed, but over budget"; exit 3; }
say "deploy-all: done. Check everything with scripts/verify-all.sh"
