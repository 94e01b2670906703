#!/usr/bin/env bash
# Stops everything deploy/cluster/up.sh started and removes its state: the pods' containers and
# mounts, every process it recorded, kube-proxy's iptables chains, the bridge and its FORWARD rule,
# the pods' network namespaces, the kubelet's cgroups and the directories kubelet and containerd
# write outside $STATE. Built binaries and images stay cached. Safe to run twice.
#
#   deploy/cluster/down.sh
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ $(id -u) == 0 ]] || die "down.sh needs root"
step "stopping the cluster (state in $STATE)"

stop() { # stop NAME: SIGTERM the recorded process, then SIGKILL after 10 s
  local file="$STATE/pids/$1.pid" pid i
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    info "$1 stopped (pid $pid)"
  fi
  rm -f "$file"
}

stop coredns
stop kubelet
sock="$STATE/containerd/containerd.sock"
if [[ -S "$sock" ]] && ctr --address "$sock" version >/dev/null 2>&1; then
  # Every pod's containers, then the sandboxes (which releases their network namespaces and IPs).
  for task in $(ctr --address "$sock" -n k8s.io tasks ls -q 2>/dev/null); do
    ctr --address "$sock" -n k8s.io tasks kill -s SIGKILL "$task" >/dev/null 2>&1 || true
  done
  sleep 1
  for task in $(ctr --address "$sock" -n k8s.io tasks ls -q 2>/dev/null); do
    ctr --address "$sock" -n k8s.io tasks delete -f "$task" >/dev/null 2>&1 || true
  done
  info "pod containers killed"
fi
stop kube-proxy
if [[ -f "$STATE/sysctl.saved" ]]; then
  while IFS='=' read -r key value; do sysctl -qw "$key=$value" 2>/dev/null || true; done <"$STATE/sysctl.saved"
  info "kernel settings kubelet and kube-proxy changed put back"
fi
stop containerd
# containerd-shim processes whose containerd was ours (their command line names our socket).
for pid in $(pgrep -f "containerd-shim-runc-v2 .*-address $sock" || true); do
  kill -9 "$pid" 2>/dev/null || true
done
stop kube-scheduler
stop kube-controller-manager
stop kube-apiserver
stop etcd

if [[ -x "$BIN/kube-proxy" ]]; then
  "$BIN/kube-proxy" --cleanup >/dev/null 2>&1 || true
  info "kube-proxy's iptables chains removed"
fi
"$CLUSTER_DIR/network.sh" down
info "bridge $BRIDGE and its FORWARD rule removed"

# Mounts under our state, kubelet's and containerd's (deepest first).
for dir in "$STATE" /var/lib/kubelet /run/containerd/io.containerd; do
  awk -v d="$dir" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null || true
  done
done
# Network namespaces made for pods (cni-<uuid>, by containerd's CRI).
for ns in /var/run/netns/cni-*; do
  [[ -e "$ns" ]] || continue
  umount "$ns" 2>/dev/null || true
  rm -f "$ns"
done
# The kubelet's cgroups (kubepods) in every v1 hierarchy, deepest first.
for root in /sys/fs/cgroup/*/; do
  [[ -d "$root/kubepods" ]] || continue
  find "$root/kubepods" -depth -type d -exec rmdir {} + 2>/dev/null || true
done
find /sys/fs/cgroup -maxdepth 2 -type d -name kubepods 2>/dev/null | while read -r d; do
  find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
done
if [[ -f "$KUBECONFIG" ]] && grep -q learnflow-admin "$KUBECONFIG"; then rm -f "$KUBECONFIG"; fi
if [[ -f "$STATE/created" ]]; then
  while read -r dir; do rm -rf "$dir"; done <"$STATE/created"
fi
rm -rf "$STATE"
step "cluster down"
