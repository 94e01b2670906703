#!/usr/bin/env python3
"""Checks LearnFlow's service pods without Dapr (deploy/cluster, scripts/deploy-all.sh --local-cluster):
every `app.kubernetes.io/component=service` pod Running and ready, and at least --pods of them;
a pod that is Pending, crash-looping or not ready is named with its reason (e.g. `Pending:
Insufficient cpu`). Prints at most 2 short lines; exit 0 healthy, 1 unhealthy, 2 when kubectl or
the cluster cannot be reached. Never prints logs.

  python3 scripts/k8s/verify_app.py [-n learnflow] [--pods 10]
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../skills/kafka-k8s-setup/scripts"))
from k8s_status import KubectlError, default_namespace, pods, pods_line  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--namespace", default=default_namespace())
    parser.add_argument("--pods", type=int, default=10, help="expect at least this many service pods")
    args = parser.parse_args()
    try:
        items = pods(args.namespace, "app.kubernetes.io/part-of=learnflow,app.kubernetes.io/component=service")
    except KubectlError as error:
        print(f"app: cannot check: {error}")
        return 2
    if not items:
        print(f"app: no service pods in {args.namespace} (deploy: scripts/deploy-all.sh --local-cluster)")
        return 1
    line, healthy = pods_line("app", items)
    enough = len(items) >= args.pods
    if not enough:
        line += f"; expected at least {args.pods}"
    print(line)
    return 0 if healthy and enough else 1


if __name__ == "__main__":
    sys.exit(main())
