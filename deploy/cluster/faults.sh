#!/usr/bin/env bash
# Faults on the running cluster, each checked through the gateway or a verify script:
#   1. the progress pod is deleted mid-journey: Maya's submission still reaches Mr. Rodriguez once
#      the pod is back (the event waits in Kafka, the data in PostgreSQL);
#   2. the exercise agent scaled to 2 replicas: both Ready, the journey still passes;
#   3. a pod that asks for more CPU than the node has: verify_app.py names it "Pending: Insufficient cpu".
#
#   deploy/cluster/faults.sh GATEWAY_URL [-n NAMESPACE]
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
URL="${1:?usage: faults.sh GATEWAY_URL [-n NAMESPACE]}"
NS="${LEARNFLOW_NAMESPACE:-learnflow}"
[[ "${2:-}" == -n ]] && NS="$3"
SMOKE="$REPO_ROOT/scripts/k8s/smoke.py"
VERIFY_APP="$REPO_ROOT/scripts/k8s/verify_app.py"
failed=0
fault() { # fault NAME COMMAND...
  local name="$1" start=$SECONDS
  shift
  step "fault: $name"
  if "$@"; then info "ok ($((SECONDS - start)) s)"; else info "FAILED"; failed=$((failed + 1)); fi
}

deleted_mid_journey() {
  python3 "$SMOKE" "$URL" --journey --exercise sign --expect-new \
    --during "kubectl -n $NS delete pod -l app.kubernetes.io/name=progress --wait=false" | sed 's/^/    /'
  [[ ${PIPESTATUS[0]} == 0 ]] || return 1
  kubectl -n "$NS" rollout status deployment/learnflow-progress --timeout=120s >/dev/null
}

scaled_to_two() {
  kubectl -n "$NS" scale deployment/learnflow-exercise-agent --replicas=2 >/dev/null &&
    kubectl -n "$NS" rollout status deployment/learnflow-exercise-agent --timeout=180s >/dev/null || return 1
  local ready
  ready="$(kubectl -n "$NS" get deployment/learnflow-exercise-agent -o jsonpath='{.status.readyReplicas}')"
  info "exercise agent: $ready/2 replicas ready"
  [[ "$ready" == 2 ]] || return 1
  python3 "$VERIFY_APP" -n "$NS" --pods 11 | sed 's/^/    /'
  python3 "$SMOKE" "$URL" --journey | sed 's/^/    /'
  local status=${PIPESTATUS[0]}
  kubectl -n "$NS" scale deployment/learnflow-exercise-agent --replicas=1 >/dev/null
  return "$status"
}

unschedulable() {
  # More CPU than the node's two cores: the new pod stays Pending, the old one keeps serving.
  kubectl -n "$NS" patch deployment/learnflow-exercise-agent --type=json \
    -p '[{"op":"replace","path":"/spec/template/spec/containers/0/resources/requests/cpu","value":"16"},
         {"op":"replace","path":"/spec/template/spec/containers/0/resources/limits/cpu","value":"16"}]' >/dev/null || return 1
  local out i
  for ((i = 0; i < 30; i++)); do
    out="$(python3 "$VERIFY_APP" -n "$NS" --pods 10 || true)"
    grep -q 'Insufficient cpu' <<<"$out" && break
    sleep 1
  done
  info "verify_app.py: $out"
  grep -q 'Pending: .*Insufficient cpu' <<<"$out" || return 1
  kubectl -n "$NS" rollout undo deployment/learnflow-exercise-agent >/dev/null &&
    kubectl -n "$NS" rollout status deployment/learnflow-exercise-agent --timeout=180s >/dev/null || return 1
  # Healthy again once the pods of the undone rollout (and of the earlier scale-down) have gone: a loaded
  # node can take some seconds past the rollout's status to remove them.
  for ((i = 0; i < 60; i++)); do
    out="$(python3 "$VERIFY_APP" -n "$NS" --pods 10 2>&1)" && return 0
    sleep 1
  done
  info "after the undo: $out"
  return 1
}

fault "the progress pod deleted mid-journey" deleted_mid_journey
fault "the exercise agent scaled to 2 replicas" scaled_to_two
fault "a pod the node cannot fit" unschedulable
[[ $failed == 0 ]] || die "$failed fault check(s) failed"
