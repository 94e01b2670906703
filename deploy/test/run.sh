#!/usr/bin/env bash
# The deployment tests, without a cluster or Docker: Helm lint/template of every values set,
# Kubernetes schema validation and policy of every rendered object, shellcheck, the verify scripts
# against a stand-in kubectl replaying recorded outputs, the smoke test against a stand-in gateway,
# and the Dapr bus contract through the stand-in sidecar. Idempotent; reuses what is installed
# (helm is built once into .cache/bin with `go install` when missing).
#
#   deploy/test/run.sh            CI calls exactly this
set -uo pipefail
export PYTHONDONTWRITEBYTECODE=1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
KUBE_VERSION=1.33.0
BIN="$ROOT/.cache/bin"
WORK="$(mktemp -d)"
STARTED=$(date +%s)
passed=0
failed=0
stub_pid=""
cleanup() {
  [[ -n "$stub_pid" ]] && kill "$stub_pid" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# t NAME COMMAND...: one check; its output is shown only when it fails (the last 15 lines).
t() {
  local name="$1" log="$WORK/log"
  shift
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    printf '  ok   %s\n' "$name"
  else
    failed=$((failed + 1))
    printf '  FAIL %s\n' "$name"
    tail -n 15 "$log" | sed 's/^/       /'
  fi
}
# expect CODE REGEX COMMAND...: the command exits CODE, prints at most 5 lines, one matching REGEX.
expect() {
  local code="$1" regex="$2" out status lines
  shift 2
  out="$("$@" 2>&1)"
  status=$?
  lines=$(printf '%s\n' "$out" | grep -c .)
  if [[ $status != "$code" ]]; then echo "exit $status, expected $code"; echo "$out"; return 1; fi
  if [[ $lines -gt 5 ]]; then echo "$lines lines, expected at most 5"; echo "$out"; return 1; fi
  if ! grep -Eq -- "$regex" <<<"$out"; then echo "no line matches /$regex/"; echo "$out"; return 1; fi
}
section() { printf '\n%s\n' "$*"; }

section "tools"
export PATH="$BIN:$PATH"
if ! command -v helm >/dev/null 2>&1; then
  command -v go >/dev/null 2>&1 || { echo "  FAIL helm is missing and go is not installed to build it"; exit 1; }
  echo "  building helm $HELM_VERSION into .cache/bin (once)"
  mkdir -p "$BIN"
  GOBIN="$BIN" GOFLAGS=-mod=mod go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >"$WORK/go.log" 2>&1 ||
    { tail -n 20 "$WORK/go.log"; exit 1; }
fi
if ! command -v shellcheck >/dev/null 2>&1 && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "  installing shellcheck (apt)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends shellcheck >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends shellcheck >/dev/null 2>&1; }
fi
[[ -d node_modules/kubernetes-models ]] || { echo "  FAIL node_modules lacks kubernetes-models: run npm ci"; exit 1; }
echo "  helm $(helm version --template '{{.Version}}'), shellcheck $(shellcheck --version 2>/dev/null | sed -n 's/^version: //p' || echo missing), node $(node --version)"

section "topic catalog"
t "chart topic list matches allTopicNames() (deploy/scripts/generate-topics.ts --check)" \
  npx --no-install tsx deploy/scripts/generate-topics.ts --check

section "helm lint + template"
CHART=deploy/helm/learnflow
render() { # render NAME ARGS...: helm template into $WORK/NAME.yaml
  local name="$1"
  shift
  helm template learnflow "$CHART" -n learnflow --kube-version "$KUBE_VERSION" "$@" >"$WORK/$name.yaml"
}
for v in default strimzi cnpg external; do
  args=()
  [[ $v != default ]] && args=(-f "$CHART/values-$v.yaml")
  t "helm lint --strict ($v)" helm lint --strict "$CHART" --kube-version "$KUBE_VERSION" "${args[@]}"
  t "helm template ($v)" render "$v" "${args[@]}"
done
for r in kafka postgres dapr app; do
  t "helm template (skill release $r)" render "release-$r" -f "deploy/helm/releases/$r.yaml"
done
t "helm template (strimzi kafka release)" render release-kafka-strimzi -f deploy/helm/releases/kafka.yaml --set kafka.mode=strimzi
t "helm template (cnpg postgres release)" render release-postgres-cnpg -f deploy/helm/releases/postgres.yaml --set postgres.mode=cnpg
t "helm template (sandbox gvisor)" render gvisor --set sandbox.mode=gvisor
t "helm lint --strict (local-cluster)" helm lint --strict "$CHART" --kube-version "$KUBE_VERSION" -f "$CHART/values-local-cluster.yaml"
for r in kafka postgres app; do
  t "helm template (deploy/cluster release $r)" render "local-$r" -f "deploy/helm/releases/$r.yaml" -f "$CHART/values-local-cluster.yaml"
done
notes() { # helm renders NOTES.txt only on install: render a copy of it as a template instead
  local copy="$WORK/notes-chart"
  rm -rf "$copy" && cp -r "$CHART" "$copy" || return 1
  { echo 'notes: |'; sed 's/^/  /' "$copy/templates/NOTES.txt"; } >"$copy/templates/zz-notes.yaml"
  helm template learnflow "$copy" -n learnflow --kube-version "$KUBE_VERSION" --show-only templates/zz-notes.yaml "$@" |
    grep -q 'helm test learnflow -n learnflow'
}
t "NOTES.txt renders" notes
t "schema rejects a short JWT secret" expect 1 "minLength" helm template x "$CHART" --kube-version "$KUBE_VERSION" --set app.jwt.secret=short
t "schema rejects an unknown sandbox mode" expect 1 "sandbox/mode" helm template x "$CHART" --kube-version "$KUBE_VERSION" --set sandbox.mode=root
t "external mode requires a database URL" expect 1 "postgres.external.url" helm template x "$CHART" --kube-version "$KUBE_VERSION" --set postgres.mode=external

section "schemas + policy of every rendered object"
t "kubernetes-models schemas, CRs, policy, 11 Dapr Deployments where the app renders" \
  npx --no-install tsx deploy/test/validate-manifests.ts \
  "default=$WORK/default.yaml:11:kafka-job" "strimzi=$WORK/strimzi.yaml:11:kafka-job" \
  "cnpg=$WORK/cnpg.yaml:11:kafka-job" "external=$WORK/external.yaml:11:kafka-job" \
  "release-kafka=$WORK/release-kafka.yaml:0:kafka-job" "release-kafka-strimzi=$WORK/release-kafka-strimzi.yaml:0:kafka-job" \
  "release-postgres=$WORK/release-postgres.yaml:0" "release-postgres-cnpg=$WORK/release-postgres-cnpg.yaml:0" \
  "release-dapr=$WORK/release-dapr.yaml:0" "release-app=$WORK/release-app.yaml:11" "gvisor=$WORK/gvisor.yaml:11:gvisor" \
  "local-kafka=$WORK/local-kafka.yaml:0:kafka-job,local-cluster" "local-postgres=$WORK/local-postgres.yaml:0:local-cluster" \
  "local-app=$WORK/local-app.yaml:0:local-cluster"
grep -E '^\s+ok ' "$WORK/log" | sed 's/^ */       /'
rejects_broken() {
  local out
  out="$(npx --no-install tsx deploy/test/validate-manifests.ts "broken=deploy/test/fixtures/manifests/broken.yaml:10" 2>&1)" && return 1
  for needle in "containerPort must be integer" "no limits.cpu" "no readinessProbe" "not runAsNonRoot" \
    "without a Dapr sidecar" "0 Dapr-enabled Deployments, expected 10" "version >= 3.6.0" "initialOffset oldest" \
    "no spec.zookeeper" "spec.kafka.version 4.x"; do
    grep -qF -- "$needle" <<<"$out" || { echo "validator missed: $needle"; echo "$out"; return 1; }
  done
}
t "the validator rejects a broken manifest (each rule)" rejects_broken

section "images and compose"
dockerfiles() {
  # shellcheck disable=SC2016 # a literal ${NODE_IMAGE}
  grep -q '^FROM ${NODE_IMAGE} AS runtime' deploy/Dockerfile && grep -q '^ARG NODE_IMAGE=node:20-slim' deploy/Dockerfile &&
    grep -q 'npm ci --omit=dev' deploy/Dockerfile && grep -q '^USER 1000:1000' deploy/Dockerfile &&
    grep -q '^ENTRYPOINT \["node", "apps/cli/bin/learnflow.js"\]' deploy/Dockerfile &&
    grep -q 'python3 bubblewrap' deploy/Dockerfile.code-execution && grep -q '^USER 1000:1000' deploy/Dockerfile.code-execution &&
    grep -qx '\*\*/node_modules' deploy/Dockerfile.dockerignore
}
t "Dockerfiles: node:20-slim, npm ci --omit=dev, non-root, learnflow entrypoint, python3 + bubblewrap" dockerfiles
t "docker-compose: KRaft Kafka 4, PostgreSQL, Kafka UI, pgAdmin; no ZooKeeper, no Bitnami" \
  node -e '
    const { parse } = require("yaml");
    const text = require("fs").readFileSync("deploy/docker-compose.infrastructure.yml", "utf8");
    const s = parse(text).services;
    const need = ["kafka", "postgres", "kafka-ui", "pgadmin"].filter((n) => !s[n]);
    if (need.length) throw new Error("missing " + need);
    if (!/^apache\/kafka:4\./.test(s.kafka.image)) throw new Error("kafka image " + s.kafka.image);
    if (/zookeeper|bitnami/i.test(text.replace(/^#.*$/gm, ""))) throw new Error("zookeeper or bitnami");
    if (s.kafka.environment.KAFKA_PROCESS_ROLES !== "broker,controller") throw new Error("not KRaft");'

section "scripts"
SCRIPTS=(scripts/deploy-all.sh scripts/verify-all.sh scripts/k8s/lib.sh scripts/k8s/build-images.sh
  skills/kafka-k8s-setup/scripts/deploy.sh skills/postgres-k8s-setup/scripts/deploy.sh
  skills/dapr-k8s-setup/scripts/deploy.sh deploy/test/run.sh deploy/cluster/*.sh deploy/docker/*/*.sh)
if command -v shellcheck >/dev/null 2>&1; then
  t "shellcheck (${#SCRIPTS[@]} scripts)" shellcheck -x "${SCRIPTS[@]}"
else
  echo "  SKIPPED shellcheck: not installed (apt-get install shellcheck)"
fi
pyfiles=(skills/*/scripts/*.py scripts/k8s/*.py deploy/cluster/*.py deploy/test/gateway-stub.py deploy/test/kubectl-standin/kubectl)
py_parse() { python3 -c 'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' "$@"; }
t "python scripts parse" py_parse "${pyfiles[@]}"
same_helpers() { cmp skills/kafka-k8s-setup/scripts/k8s_status.py skills/postgres-k8s-setup/scripts/k8s_status.py &&
  cmp skills/kafka-k8s-setup/scripts/k8s_status.py skills/dapr-k8s-setup/scripts/k8s_status.py; }
t "the three copies of k8s_status.py are identical" same_helpers
stdlib_only() {
  ! grep -hE '^\s*(import|from)\s' skills/*/scripts/*.py scripts/k8s/*.py |
    grep -vE '^\s*(import|from) (argparse|json|os|re|shutil|subprocess|sys|time|urllib(\.\w+)*|k8s_status)\b'
}
t "verify scripts import only the standard library" stdlib_only
for skill in kafka postgres dapr; do
  front() { head -4 "skills/$1-k8s-setup/SKILL.md" | grep -q "^name: $1-k8s-setup$" &&
    head -4 "skills/$1-k8s-setup/SKILL.md" | grep -q '^description: .\{40,\}'; }
  t "skills/$skill-k8s-setup: SKILL.md front matter, REFERENCE.md, executable scripts" \
    bash -c "$(declare -f front); front $skill && test -s skills/$skill-k8s-setup/REFERENCE.md && test -x skills/$skill-k8s-setup/scripts/deploy.sh && test -x skills/$skill-k8s-setup/scripts/verify.py"
done

section "verify scripts against the stand-in kubectl"
export PATH="$ROOT/deploy/test/kubectl-standin:$PATH"
export KUBECTL_STANDIN_LOG="$WORK/kubectl.log"
FIX="$ROOT/deploy/test/fixtures"
K="python3 skills/kafka-k8s-setup/scripts/verify.py"
P="python3 skills/postgres-k8s-setup/scripts/verify.py --expect-seed"
D="python3 skills/dapr-k8s-setup/scripts/verify.py --apps 10"
scenario() { # scenario NAME CODE REGEX COMMAND...
  local name="$1"
  shift
  KUBECTL_STANDIN_SCENARIO="$FIX/$name" expect "$@"
}
# shellcheck disable=SC2086 # the verify commands are meant to split into words
{
  t "healthy: kafka"       scenario healthy 0 '^kafka: 1/1 pods Running, 26/26 topics' $K
  t "healthy: postgres"    scenario healthy 0 '^postgres: curriculum 24/24 topics seeded' $P
  t "healthy: dapr"        scenario healthy 0 '^dapr: sidecars 10/10 app pods ready$' $D
  t "pending: kafka"       scenario pending 1 'kafka: 0/1 pods Running; learnflow-kafka-0: Pending: PVC not bound' $K
  t "pending: postgres"    scenario pending 1 'Pending: 1 Insufficient memory' $P
  t "pending: dapr"        scenario pending 1 'control plane 4/5 pods Running; dapr-scheduler-server-0: Pending' $D
  t "crash-loop: kafka"    scenario crashloop 1 'kafka CrashLoopBackOff, 7 restarts' $K
  t "crash-loop: postgres" scenario crashloop 1 'postgres CrashLoopBackOff, 4 restarts' $P
  t "crash-loop: dapr"     scenario crashloop 1 'sidecars 9/10 app pods ready; learnflow-triage-.*CrashLoopBackOff' $D
  t "missing: kafka"       scenario missing 1 '^kafka: no Kafka pods in namespace learnflow' $K
  t "missing: postgres"    scenario missing 1 '^postgres: no PostgreSQL pods' $P
  t "missing: dapr"        scenario missing 1 '^dapr: no control plane in dapr-system' $D
  t "degraded: 23/26 topics" scenario degraded 1 'missing topics: progress.events, progress.updates, struggle.detected' $K
  t "degraded: not seeded" scenario degraded 1 'schema not migrated' $P
  t "degraded: no sidecar" scenario degraded 1 '1 without daprd' $D
  t "unreachable: exit 2"  scenario unreachable 2 '^kafka: cannot check: The connection to the server' $K
  t "unreachable: dapr"    scenario unreachable 2 '^dapr: cannot check' $D
}
never_logs() { ! grep -E '^(logs|log) ' "$KUBECTL_STANDIN_LOG"; }
t "the verify scripts never read logs" never_logs

section "smoke test and verify-all.sh (stand-in gateway)"
python3 deploy/test/gateway-stub.py >"$WORK/stub.port" 2>/dev/null &
stub_pid=$!
for _ in $(seq 1 50); do [[ -s "$WORK/stub.port" ]] && break; sleep 0.1; done
GATEWAY="http://127.0.0.1:$(cat "$WORK/stub.port")"
t "smoke: health, login, 24 topics" expect 0 'curriculum 8 modules / 24 topics' python3 scripts/k8s/smoke.py "$GATEWAY"
t "smoke: a wrong password fails" expect 1 'login as maya@learnflow.dev failed' python3 scripts/k8s/smoke.py "$GATEWAY" --password nope
t "smoke: no gateway fails" expect 1 'GET /health failed' python3 scripts/k8s/smoke.py http://127.0.0.1:1
verify_all() { KUBECTL_STANDIN_SCENARIO="$FIX/$1" scripts/verify-all.sh --url "$GATEWAY"; }
t "verify-all.sh: healthy cluster passes" bash -c "$(declare -f verify_all); FIX=$FIX GATEWAY=$GATEWAY; verify_all healthy | tail -1 | grep -qx 'verify-all: 4 passed, 0 failed'"
t "verify-all.sh: crash-looping cluster fails" bash -c "$(declare -f verify_all); FIX=$FIX GATEWAY=$GATEWAY; ! verify_all crashloop >/dev/null"

section "deploy-all.sh and the skills' deploy.sh (stand-in helm + kubectl)"
export HELM="$ROOT/deploy/test/helm-standin/helm" HELM_STANDIN_LOG="$WORK/helm.log"
deploy_all() { # deploy_all SCENARIO ARGS...: runs deploy-all.sh, leaves its output in $WORK/deploy.out
  : >"$HELM_STANDIN_LOG"
  KUBECTL_STANDIN_SCENARIO="$FIX/$1" scripts/deploy-all.sh --skip-images "${@:2}" >"$WORK/deploy.out" 2>&1
}
helm_calls() { # helm_calls REGEX...: the stand-in helm saw each, in this order
  local line=0 regex found
  for regex in "$@"; do
    found=$(grep -nE -- "$regex" "$HELM_STANDIN_LOG" | cut -d: -f1 | awk -v after="$line" '$1 > after' | head -1)
    [[ -n "$found" ]] || { echo "no helm call /$regex/ after line $line:"; cat "$HELM_STANDIN_LOG"; return 1; }
    line=$found
  done
}
native_run() {
  deploy_all healthy || { cat "$WORK/deploy.out"; return 1; }
  grep -qE '^total +[0-9]+s / 1800s  ok$' "$WORK/deploy.out" && grep -q '^deploy-all: done' "$WORK/deploy.out" &&
    helm_calls 'upgrade --install learnflow-kafka .* -f .*/releases/kafka.yaml --set kafka.mode=native --wait' \
      'upgrade --install learnflow-postgres .* --set postgres.mode=native --wait' \
      'upgrade --install dapr dapr/dapr --version [0-9.]+ -n dapr-system .*dapr_scheduler.cluster.inMemoryStorage=true' \
      'upgrade --install learnflow-dapr .* -f .*/releases/dapr.yaml' \
      'upgrade --install learnflow .* -f .*/releases/app.yaml .* --wait'
}
t "deploy-all.sh: kafka, postgres, dapr, app in order, each timed and verified" native_run
operators_run() {
  deploy_all healthy-operators --strimzi --cnpg || { cat "$WORK/deploy.out"; return 1; }
  helm_calls 'strimzi-kafka-operator oci://' 'learnflow-kafka .* --set kafka.mode=strimzi' 'cnpg/cloudnative-pg' \
    'learnflow-postgres .* --set postgres.mode=cnpg' 'learnflow-dapr .* --set kafka.mode=strimzi --set postgres.mode=cnpg' \
    'upgrade --install learnflow .* --set postgres.mode=cnpg'
}
t "deploy-all.sh --strimzi --cnpg: operators first, the modes reach every release" operators_run
t "deploy-all.sh: a small node stops the preflight" bash -c "$(declare -f deploy_all); FIX=$FIX WORK=$WORK; ! deploy_all small-node && grep -q 'below 4 CPUs / 8 GB' $WORK/deploy.out"
t "deploy-all.sh: a crash-looping Kafka stops the run" bash -c "$(declare -f deploy_all); FIX=$FIX WORK=$WORK; ! deploy_all crashloop && grep -qE '^kafka .* FAILED$' $WORK/deploy.out && ! grep -q '^postgres ' $WORK/deploy.out"
t "deploy-all.sh: stops at preflight without a cluster" bash -c "$(declare -f deploy_all); FIX=$FIX WORK=$WORK; ! deploy_all unreachable && grep -q 'kubectl cannot reach a cluster' $WORK/deploy.out"
unset HELM

section "TypeScript (deploy scripts, validators, Dapr bus)"
t "typecheck (deploy/test/tsconfig.json)" npx --no-install tsc -p deploy/test/tsconfig.json
t "biome (deploy TS/JSON, Dapr bus)" npx --no-install biome check deploy/test deploy/scripts packages/platform/src/bus/dapr-bus.ts \
  packages/platform/src/bus/dapr-bus.test.ts packages/platform/src/bus/dapr-inbox.ts packages/platform/src/bus/dapr-routes.ts \
  packages/platform/src/bus/dapr-sidecar-client.ts packages/platform/src/bus/dapr-sidecar-standin.ts \
  packages/platform/src/bus/dapr-daprd-harness.ts

section "Dapr bus (stand-in sidecar; real daprd when on PATH)"
t "dapr-bus.test.ts: EventBus contract + Dapr protocol" npx --no-install vitest run packages/platform/src/bus/dapr-bus.test.ts
grep -o 'Dapr bus against a real daprd SKIPPED[^(]*' "$WORK/log" | sed 's/^/       /'
sed 's/\x1b\[[0-9;]*m//g' "$WORK/log" | grep -E '^ *Tests +[0-9]' | sed 's/^ */       /'

section "summary"
echo "  $(($(date +%s) - STARTED))s"
echo "deploy tests: $passed passed, $failed failed"
[[ $failed == 0 ]]
