#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy, kubectl
# (from the k8s.io/kubernetes module), helm and CoreDNS (go install) into $CACHE/bin, once.
# Cold: ~14 min on 2 cores; warm (Go build cache kept under $CACHE/go-build): ~20 s; cached: 0 s.
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need go "install Go 1.25 or later (https://go.dev/dl/)"

export GOCACHE="$CACHE/go-build" GOMODCACHE="$CACHE/gomod" GOWORK=off GOFLAGS=-mod=mod GOTOOLCHAIN=local
mkdir -p "$BIN"
components=(kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl)
missing=()
for c in "${components[@]}"; do [[ -x "$BIN/$c" ]] || missing+=("$c"); done

if ((${#missing[@]})); then
  step "Kubernetes $K8S_VERSION: building ${missing[*]} (cold ~14 min, nice 19)"
  src="$CACHE/src/kubernetes-$K8S_VERSION"
  if [[ ! -f "$src/.prepared" ]]; then
    info "downloading k8s.io/kubernetes@$K8S_VERSION from the Go module proxy"
    dir=$(cd /tmp && go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
    [[ -d "$dir" ]] || die "go mod download k8s.io/kubernetes@$K8S_VERSION gave no directory (is GOPROXY reachable?)"
    rm -rf "$src" && mkdir -p "$(dirname "$src")" && cp -r "$dir" "$src" && chmod -R u+w "$src"
    rm -rf "$src/vendor" "$src/go.work" "$src/go.work.sum"
    # The zip has no staging/: point each ./staging/src/k8s.io/X replace at the published module.
    staging="v0.${K8S_VERSION#v1.}"
    sed -i -E \
      -e '/sample-(cli-plugin|controller)/d' \
      -e "s#(k8s\.io/[a-z0-9-]+) => \./staging/src/k8s\.io/[a-z0-9-]+#\1 => \1 $staging#" \
      "$src/go.mod"
    (cd "$src" && nice -n 19 go mod download) || die "go mod download of Kubernetes' dependencies failed"
    touch "$src/.prepared"
  fi
  minor=$(cut -d. -f2 <<<"$K8S_VERSION")
  ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$K8S_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
  for c in "${missing[@]}"; do
    start=$SECONDS
    info "go build ./cmd/$c"
    (cd "$src" && nice -n 19 go build -trimpath -ldflags "$ldflags -X k8s.io/client-go/pkg/version.gitVersion=$K8S_VERSION" -o "$BIN/$c" "./cmd/$c") \
      || die "building $c failed (see the go output above)"
    info "$c built in $((SECONDS - start)) s"
  done
fi

if [[ ! -x "$BIN/helm" ]]; then
  step "helm $HELM_VERSION: go install (stamped with the Kubernetes version, so offline templates work)"
  minor=$(cut -d. -f2 <<<"$K8S_VERSION")
  GOBIN="$BIN" nice -n 19 go install -trimpath \
    -ldflags "-s -w -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=$minor -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$minor" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" || die "go install helm.sh/helm/v3/cmd/helm@$HELM_VERSION failed"
fi
if [[ ! -x "$BIN/coredns" ]]; then
  step "CoreDNS $COREDNS_VERSION: go install (the cluster's DNS, run on the bridge address)"
  GOBIN="$BIN" nice -n 19 go install -trimpath -ldflags "-s -w" "github.com/coredns/coredns@$COREDNS_VERSION" ||
    die "go install github.com/coredns/coredns@$COREDNS_VERSION failed"
fi
step "binaries ready in $BIN"
