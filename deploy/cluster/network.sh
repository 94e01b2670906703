#!/usr/bin/env bash
# The cluster's network, and nothing else: the bridge, forwarding on the bridge only, a FORWARD
# rule that drops anything from the bridge to another interface (pods reach only each other and
# Services), and an INPUT chain that lets pods reach the host only for DNS (CoreDNS on the bridge
# address) and replies (kubelet's probes), not the host's other listeners. `down` removes exactly
# what `up` added.
#   deploy/cluster/network.sh up|down
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TAG="learnflow-cluster"
rule=(FORWARD -i "$BRIDGE" ! -o "$BRIDGE" -m comment --comment "$TAG: pods reach nothing outside" -j DROP)
CHAIN=LEARNFLOW-INPUT
jump=(INPUT -i "$BRIDGE" -m comment --comment "$TAG: what pods may reach on the host" -j "$CHAIN")

case "${1:-}" in
  up)
    ip link show "$BRIDGE" >/dev/null 2>&1 || ip link add "$BRIDGE" type bridge
    ip addr replace "$BRIDGE_IP/${POD_CIDR#*/}" dev "$BRIDGE"
    ip link set "$BRIDGE" up
    ip route replace "$SERVICE_CIDR" dev "$BRIDGE" src "$BRIDGE_IP"
    # IPv4 forwarding for packets that enter from the bridge only (pod -> Service -> pod);
    # the host-wide net.ipv4.ip_forward stays as it was.
    sysctl -qw "net.ipv4.conf.$BRIDGE.forwarding=1"
    sysctl -qw "net.ipv6.conf.$BRIDGE.disable_ipv6=1"
    for cmd in iptables ip6tables; do
      "$cmd" -C "${rule[@]}" 2>/dev/null || "$cmd" -I "${rule[@]}"
      "$cmd" -N "$CHAIN" 2>/dev/null || "$cmd" -F "$CHAIN"
      "$cmd" -A "$CHAIN" -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
      "$cmd" -A "$CHAIN" -p udp --dport 53 -j ACCEPT
      "$cmd" -A "$CHAIN" -p tcp --dport 53 -j ACCEPT
      "$cmd" -A "$CHAIN" -j DROP
      "$cmd" -C "${jump[@]}" 2>/dev/null || "$cmd" -I "${jump[@]}"
    done
    ;;
  down)
    for cmd in iptables ip6tables; do
      while "$cmd" -C "${rule[@]}" 2>/dev/null; do "$cmd" -D "${rule[@]}"; done
      while "$cmd" -C "${jump[@]}" 2>/dev/null; do "$cmd" -D "${jump[@]}"; done
      if "$cmd" -F "$CHAIN" 2>/dev/null; then "$cmd" -X "$CHAIN"; fi
    done
    if ip link show "$BRIDGE" >/dev/null 2>&1; then ip link delete "$BRIDGE"; fi
    ;;
  *) die "usage: network.sh up|down" ;;
esac
