#!/usr/bin/env bash
# The cluster's storage: a default StorageClass without a provisioner and static `local:`
# PersistentVolumes under $STATE/volumes (hostPath would ignore fsGroup, so the non-root
# PostgreSQL and Kafka could not write). Idempotent.
# shellcheck source=deploy/cluster/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COUNT="${LEARNFLOW_CLUSTER_VOLUMES:-6}"
{
  cat <<YAML
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local
  annotations: { storageclass.kubernetes.io/is-default-class: "true" }
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
reclaimPolicy: Retain
YAML
  for ((i = 0; i < COUNT; i++)); do
    mkdir -p "$STATE/volumes/pv-$i"
    cat <<YAML
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: learnflow-local-$i
spec:
  capacity: { storage: 10Gi }
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  storageClassName: local
  local: { path: $STATE/volumes/pv-$i }
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [learnflow-node] }]
YAML
  done
} | kubectl apply -f - >/dev/null || die "creating the StorageClass and PersistentVolumes failed"
info "StorageClass local (default), $COUNT PersistentVolumes of 10Gi under $STATE/volumes"
