#!/usr/bin/env bash
# Certificates for the cluster, with openssl only: a CA, the API server's serving certificate and
# one client certificate (system:masters) that every component and the kubeconfig use. Once.
#   deploy/cluster/pki.sh DIR
set -euo pipefail
dir="$1"
[[ -f "$dir/admin.crt" ]] && exit 0
command -v openssl >/dev/null || { echo "error: openssl not found: apt-get install openssl" >&2; exit 1; }
mkdir -p "$dir" && cd "$dir"
quiet() { "$@" >/dev/null 2>&1 || { echo "error: $* failed" >&2; exit 1; }; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 3650 -subj "/CN=learnflow-cluster-ca"
cat >apiserver.ext <<'EXT'
subjectAltName = IP:127.0.0.1, IP:10.244.0.1, IP:10.244.0.129, DNS:localhost, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local
extendedKeyUsage = serverAuth
keyUsage = digitalSignature, keyEncipherment
EXT
quiet openssl req -newkey rsa:2048 -nodes -keyout apiserver.key -out apiserver.csr -subj "/CN=kube-apiserver"
quiet openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out apiserver.crt -days 3650 -extfile apiserver.ext
printf 'extendedKeyUsage = clientAuth\nkeyUsage = digitalSignature, keyEncipherment\n' >client.ext
quiet openssl req -newkey rsa:2048 -nodes -keyout admin.key -out admin.csr -subj "/O=system:masters/CN=learnflow-admin"
quiet openssl x509 -req -in admin.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out admin.crt -days 3650 -extfile client.ext
quiet openssl genrsa -out sa.key 2048
quiet openssl rsa -in sa.key -pubout -out sa.pub
rm -f ./*.csr ./*.ext ca.srl
chmod 600 ./*.key
