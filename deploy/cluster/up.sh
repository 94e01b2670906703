#!/usr/bin/env bash
# Starts a single-node Kubernetes cluster on this machine without Docker: etcd, kube-apiserver,
# kube-controller-manager, kube-scheduler, containerd + runc, kubelet, kube-proxy and CoreDNS as
# plain processes, pods on a bridge of their own that cannot reach anything else (see
# docs/deploy/kubernetes-from-zero.md). Builds the binaries and images first when they are not
# cached (deploy/cluster/build.sh, images.sh). The kubeconfig goes to $KUBECONFIG_OUT
# (default ~/.kube/config). Stop everything with deploy/cluster/down.sh.
#
#   deploy/cluster/up.sh
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ $(id -u) == 0 ]] || die "up.sh needs root (containerd, kubelet, the bridge and iptables)"
for tool in etcd:etcd-server containerd:containerd runc:runc iptables:iptables conntrack:conntrack ip:iproute2 openssl:openssl; do
  need "${tool%%:*}" "apt-get install ${tool#*:}"
done
[[ -x /usr/lib/cni/bridge && -x /usr/lib/cni/host-local ]] || die "CNI plugins not found in /usr/lib/cni: apt-get install containernetworking-plugins"
started=$SECONDS
"$CLUSTER_DIR/build.sh"
[[ -f "$STATE/pids/kubelet.pid" ]] && die "a cluster is already up (state in $STATE): run deploy/cluster/down.sh first"
for port in $APISERVER_PORT $ETCD_CLIENT_PORT $ETCD_PEER_PORT; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "port $port on 127.0.0.1 is taken; stop what uses it"
done
if [[ -f "$KUBECONFIG" ]] && ! grep -q learnflow-admin "$KUBECONFIG"; then
  die "$KUBECONFIG holds another cluster's kubeconfig: set KUBECONFIG_OUT to another file"
fi
mkdir -p "$STATE"/{pids,logs,etcd,kubelet,volumes,cni/net.d,containerd}
# What kubelet and containerd create outside $STATE, when it is not there yet: down.sh removes these.
for dir in /var/log/pods /var/log/containers /var/lib/kubelet /var/lib/cni /run/containerd /var/run/netns "$(dirname "$KUBECONFIG")"; do
  [[ -e "$dir" ]] || echo "$dir" >>"$STATE/created"
done
mkdir -p "$(dirname "$KUBECONFIG")"
PKI="$STATE/pki"
"$CLUSTER_DIR/pki.sh" "$PKI"

# start NAME COMMAND...: runs it in its own session, logging to $STATE/logs/NAME.log.
start() {
  local name="$1"
  shift
  setsid nohup "$@" >>"$STATE/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/pids/$name.pid"
}
# wait_for NAME SECONDS COMMAND...: polls until the command succeeds or the process died.
wait_for() {
  local name="$1" limit="$2" i
  shift 2
  for ((i = 0; i < limit * 4; i++)); do
    "$@" >/dev/null 2>&1 && { info "$name ready ($((SECONDS - started)) s)"; return 0; }
    kill -0 "$(cat "$STATE/pids/$name.pid")" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 15 "$STATE/logs/$name.log" >&2
  die "$name did not become ready; its log is $STATE/logs/$name.log (then run down.sh)"
}

step "network: bridge $BRIDGE $BRIDGE_IP (pods $POD_CIDR, Services $SERVICE_CIDR), nothing leaves it"
"$CLUSTER_DIR/network.sh" up

step "kubeconfig $KUBECONFIG"
cat >"$STATE/admin.kubeconfig" <<KC
apiVersion: v1
kind: Config
clusters:
  - name: learnflow
    cluster: { server: "https://127.0.0.1:$APISERVER_PORT", certificate-authority: "$PKI/ca.crt" }
users:
  - name: learnflow-admin
    user: { client-certificate: "$PKI/admin.crt", client-key: "$PKI/admin.key" }
contexts:
  - name: learnflow
    context: { cluster: learnflow, user: learnflow-admin }
current-context: learnflow
KC
cp "$STATE/admin.kubeconfig" "$KUBECONFIG"
KC="$STATE/admin.kubeconfig"

step "etcd on 127.0.0.1:$ETCD_CLIENT_PORT"
start etcd etcd --name learnflow --data-dir "$STATE/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster "learnflow=http://127.0.0.1:$ETCD_PEER_PORT" --logger zap --log-level warn
wait_for etcd 30 curl -sf "http://127.0.0.1:$ETCD_CLIENT_PORT/health"

step "kube-apiserver on 127.0.0.1:$APISERVER_PORT"
start kube-apiserver "$BIN/kube-apiserver" --etcd-servers "http://127.0.0.1:$ETCD_CLIENT_PORT" \
  --bind-address 127.0.0.1 --secure-port "$APISERVER_PORT" --advertise-address "$BRIDGE_IP" \
  --service-cluster-ip-range "$SERVICE_CIDR" --allow-privileged=true \
  --client-ca-file "$PKI/ca.crt" --tls-cert-file "$PKI/apiserver.crt" --tls-private-key-file "$PKI/apiserver.key" \
  --kubelet-client-certificate "$PKI/admin.crt" --kubelet-client-key "$PKI/admin.key" \
  --kubelet-preferred-address-types InternalIP \
  --service-account-key-file "$PKI/sa.pub" --service-account-signing-key-file "$PKI/sa.key" \
  --service-account-issuer https://kubernetes.default.svc.cluster.local \
  --authorization-mode Node,RBAC --profiling=false --v=1
wait_for kube-apiserver 90 "$BIN/kubectl" --kubeconfig "$KC" get --raw /readyz

step "kube-controller-manager and kube-scheduler"
start kube-controller-manager "$BIN/kube-controller-manager" --kubeconfig "$KC" \
  --authentication-kubeconfig "$KC" --authorization-kubeconfig "$KC" \
  --bind-address 127.0.0.1 --secure-port 10657 --leader-elect=false \
  --service-account-private-key-file "$PKI/sa.key" --root-ca-file "$PKI/ca.crt" \
  --cluster-signing-cert-file "$PKI/ca.crt" --cluster-signing-key-file "$PKI/ca.key" \
  --use-service-account-credentials=false --profiling=false --v=1
start kube-scheduler "$BIN/kube-scheduler" --kubeconfig "$KC" \
  --authentication-kubeconfig "$KC" --authorization-kubeconfig "$KC" \
  --bind-address 127.0.0.1 --secure-port 10659 --leader-elect=false --profiling=false --v=1
wait_for kube-controller-manager 60 curl -sfk https://127.0.0.1:10657/healthz
wait_for kube-scheduler 60 curl -sfk https://127.0.0.1:10659/healthz

step "containerd (runc, restrict_oom_score_adj) and the images"
"$CLUSTER_DIR/write-configs.sh"
start containerd containerd --config "$STATE/containerd/config.toml"
wait_for containerd 30 ctr --address "$STATE/containerd/containerd.sock" version
"$CLUSTER_DIR/images.sh" --import

step "kubelet (node learnflow-node at $BRIDGE_IP) and kube-proxy"
# kubelet sets these kernel settings for itself (vm.overcommit_memory=1, kernel.panic=10, ...) and
# kube-proxy the conntrack ones: down.sh puts back the values saved here.
for key in "${SYSCTLS[@]}"; do
  value="$(sysctl -n "$key" 2>/dev/null)" && printf '%s=%s\n' "$key" "$value"
done >"$STATE/sysctl.saved"
start kubelet "$BIN/kubelet" --config "$STATE/kubelet/config.yaml" --kubeconfig "$KC" \
  --root-dir "$STATE/kubelet" --node-ip "$BRIDGE_IP" --hostname-override learnflow-node --v=1
start kube-proxy "$BIN/kube-proxy" --config "$STATE/kube-proxy.yaml" --v=1
wait_for kubelet 60 "$BIN/kubectl" --kubeconfig "$KC" wait --for=condition=Ready node/learnflow-node --timeout=2s

step "CoreDNS on $BRIDGE_IP:53 (cluster.local only, nothing forwarded)"
start coredns "$BIN/coredns" -conf "$STATE/Corefile"
wait_for coredns 30 curl -sf http://127.0.0.1:10653/health

step "storage: StorageClass local (default) and local PersistentVolumes"
"$CLUSTER_DIR/storage.sh"
step "cluster up in $((SECONDS - started)) s"
"$BIN/kubectl" get nodes -o wide | sed 's/^/    /'
info "kubectl, helm: export PATH=$BIN:\$PATH (the scripts under deploy/cluster set it themselves)"
