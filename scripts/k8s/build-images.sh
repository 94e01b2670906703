#!/usr/bin/env bash
# Builds the two LearnFlow images where the cluster can use them:
#   inside Minikube (`minikube image build`, no local Docker needed) when minikube is on PATH,
#   else with the local docker (then push or `kind load` them yourself).
#
#   scripts/k8s/build-images.sh [TAG]      default tag: the chart's appVersion
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TAG="${1:-$(sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ROOT/deploy/helm/learnflow/Chart.yaml")}"
cd "$ROOT"

if command -v minikube >/dev/null 2>&1 && minikube status >/dev/null 2>&1; then
  where=minikube
  build() { # build DOCKERFILE IMAGE [BUILD_ARG]
    minikube image build -t "$2" -f "$1" ${3:+--build-opt="build-arg=$3"} . >/dev/null
  }
elif command -v docker >/dev/null 2>&1; then
  where=docker
  build() {
    DOCKER_BUILDKIT=1 docker build -q -t "$2" -f "$1" ${3:+--build-arg "$3"} . >/dev/null
  }
else
  echo "images: neither a running minikube nor docker found" >&2
  exit 1
fi

echo "images: building learnflow:$TAG ($where)"
build deploy/Dockerfile "learnflow:$TAG"
echo "images: building learnflow-code-execution:$TAG ($where)"
build deploy/Dockerfile.code-execution "learnflow-code-execution:$TAG" "BASE_IMAGE=learnflow:$TAG"
echo "images: learnflow:$TAG and learnflow-code-execution:$TAG are in $where"
