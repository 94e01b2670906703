# shellcheck shell=bash disable=SC2034
# Shared settings for deploy/cluster/*.sh (sourced, not run).
# Everything built or downloaded lives outside the checkout, so a clean clone reuses it.
set -euo pipefail

CLUSTER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$CLUSTER_DIR/../.." && pwd)"
CACHE="${LEARNFLOW_CACHE:-$HOME/.cache/learnflow}/cluster"
BIN="$CACHE/bin"
IMAGES="$CACHE/images"
STATE="${LEARNFLOW_CLUSTER_STATE:-/var/lib/learnflow-cluster}"
K8S_VERSION="${K8S_VERSION:-v1.37.2}"
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
COREDNS_VERSION="${COREDNS_VERSION:-v1.15.0}"

BRIDGE=lfk0
BRIDGE_IP=10.244.0.1
POD_CIDR=10.244.0.0/25
SERVICE_CIDR=10.244.0.128/25
# Ports on 127.0.0.1 / the bridge that the platform's tests do not use (they use 8100-8110, 8180,
# 5432, 9092-9093).
APISERVER_PORT=16443
ETCD_CLIENT_PORT=12379
ETCD_PEER_PORT=12380
KUBELET_PORT=10650
# What kubelet (setupKernelTunables) and kube-proxy may write; saved by up.sh, restored by down.sh.
SYSCTLS=(vm.overcommit_memory vm.panic_on_oom kernel.panic kernel.panic_on_oops kernel.keys.root_maxkeys
  kernel.keys.root_maxbytes net.netfilter.nf_conntrack_max net.netfilter.nf_conntrack_tcp_timeout_established
  net.netfilter.nf_conntrack_tcp_timeout_close_wait net.ipv4.conf.all.route_localnet net.ipv4.ip_forward
  net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables)
export KUBECONFIG="${KUBECONFIG_OUT:-$HOME/.kube/config}"
export PATH="$BIN:$PATH"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"
}
