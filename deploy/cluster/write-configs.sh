#!/usr/bin/env bash
# Writes the configuration of containerd, the CNI bridge, kubelet, kube-proxy and CoreDNS into
# $STATE (sourced settings from lib.sh). Run by up.sh before it starts them.
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PKI="$STATE/pki"
KC="$STATE/admin.kubeconfig"
mkdir -p "$STATE/containerd" "$STATE/cni/net.d" "$STATE/kubelet"

# containerd 1.6: runc (crun refuses this hybrid cgroup layout), cgroupfs, and no negative OOM score
# for the sandbox (this root lacks CAP_SYS_RESOURCE). The pause image is the one images.sh built.
cat >"$STATE/containerd/config.toml" <<TOML
version = 2
root = "$STATE/containerd/root"
state = "$STATE/containerd/state"
[grpc]
  address = "$STATE/containerd/containerd.sock"
[ttrpc]
  address = "$STATE/containerd/containerd.sock.ttrpc"
[debug]
  address = ""
[metrics]
  address = ""
[plugins."io.containerd.internal.v1.opt"]
  path = "$STATE/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "docker.io/library/learnflow-pause:1"
  restrict_oom_score_adj = true
  stream_server_address = "127.0.0.1"
  stream_server_port = "0"
  enable_selinux = false
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$STATE/cni/net.d"
TOML

# Pods on the bridge only: no default route (a route to the Service range only), no masquerading.
cat >"$STATE/cni/net.d/10-learnflow.conflist" <<JSON
{
  "cniVersion": "1.0.0",
  "name": "learnflow",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$BRIDGE",
      "isGateway": true,
      "isDefaultGateway": false,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [[{ "subnet": "$POD_CIDR", "gateway": "$BRIDGE_IP" }]],
        "routes": [{ "dst": "$SERVICE_CIDR" }],
        "dataDir": "$STATE/cni/ipam"
      }
    },
    { "type": "portmap", "capabilities": { "portMappings": true } }
  ]
}
JSON

# Pods resolve names through CoreDNS on the bridge address and nothing else.
printf 'nameserver %s\n' "$BRIDGE_IP" >"$STATE/resolv.conf"

cat >"$STATE/kubelet/config.yaml" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $BRIDGE_IP
port: $KUBELET_PORT
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: 10648
containerRuntimeEndpoint: unix://$STATE/containerd/containerd.sock
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
podCIDR: $POD_CIDR
clusterDNS: [$BRIDGE_IP]
clusterDomain: cluster.local
resolvConf: $STATE/resolv.conf
maxPods: 60
serializeImagePulls: false
imageGCHighThresholdPercent: 100
evictionHard: { memory.available: 200Mi, nodefs.available: 2%, imagefs.available: 2% }
authentication:
  anonymous: { enabled: false }
  webhook: { enabled: true }
  x509: { clientCAFile: $PKI/ca.crt }
authorization: { mode: Webhook }
YAML

cat >"$STATE/kube-proxy.yaml" <<YAML
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
mode: iptables
clientConnection: { kubeconfig: $KC }
hostnameOverride: learnflow-node
healthzBindAddress: 127.0.0.1:10647
metricsBindAddress: 127.0.0.1:10649
nodePortAddresses: ["127.0.0.1/32"]
iptables: { localhostNodePorts: false }
conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: 0s, tcpCloseWaitTimeout: 0s }
YAML

# cluster.local from the API server; every other name gets NXDOMAIN (nothing is forwarded out).
cat >"$STATE/Corefile" <<CORE
cluster.local:53 in-addr.arpa:53 {
  bind $BRIDGE_IP
  health 127.0.0.1:10653
  kubernetes cluster.local in-addr.arpa {
    kubeconfig $KC learnflow
    pods insecure
  }
  cache 5
}
.:53 {
  bind $BRIDGE_IP
  template ANY ANY {
    rcode NXDOMAIN
  }
}
CORE
