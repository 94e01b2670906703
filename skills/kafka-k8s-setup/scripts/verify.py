#!/usr/bin/env python3
"""Checks LearnFlow's Kafka: the broker pods are Running and ready, and every catalog topic exists.

Prints at most 5 short lines, e.g. `kafka: 1/1 pods Running, 22/22 topics`; exit 0 healthy,
1 unhealthy, 2 when kubectl or the cluster cannot be reached. Never prints logs.

  python3 skills/kafka-k8s-setup/scripts/verify.py [-n learnflow] [--mode auto|native|strimzi]
"""
import argparse
import sys

sys.dont_write_bytecode = True  # keep the skill folder free of __pycache__
from k8s_status import KubectlError, default_namespace, kubectl, kubectl_json, pods, pods_line

SELECTORS = {
    "native": "app.kubernetes.io/part-of=learnflow,app.kubernetes.io/name=kafka",
    "strimzi": "strimzi.io/cluster=learnflow-kafka,strimzi.io/broker-role=true",
}
BOOTSTRAP = {"native": "learnflow-kafka:9092", "strimzi": "learnflow-kafka-kafka-bootstrap:9092"}


def expected_topics(namespace):
    config = kubectl_json("get", "configmap", "learnflow-topics", "-n", namespace)
    text = config.get("data", {}).get("topics.txt", "")
    return [t.strip() for t in text.splitlines() if t.strip() and not t.startswith("#")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--namespace", default=default_namespace())
    parser.add_argument("--mode", choices=["auto", "native", "strimzi"], default="auto")
    args = parser.parse_args()
    ns = args.namespace

    try:
        modes = ["native", "strimzi"] if args.mode == "auto" else [args.mode]
        mode, items = modes[0], []
        for candidate in modes:
            mode, items = candidate, pods(ns, SELECTORS[candidate])
            if items:
                break
        if not items:
            print(f"kafka: no Kafka pods in namespace {ns} (deploy: skills/kafka-k8s-setup/scripts/deploy.sh)")
            return 1
        line, healthy = pods_line("kafka", items)
        if not healthy:
            print(line)
            return 1
        try:
            wanted = expected_topics(ns)
        except KubectlError:
            print(line + "; ConfigMap learnflow-topics missing (the chart was not installed?)")
            return 1
        pod = sorted(p["metadata"]["name"] for p in items)[0]
        listed = kubectl(
            "exec", "-n", ns, pod, "-c", "kafka", "--",
            "/opt/kafka/bin/kafka-topics.sh", "--bootstrap-server", "localhost:9092", "--list",
            timeout=60,
        )
        have = {t.strip() for t in listed.splitlines() if t.strip()}
        missing = [t for t in wanted if t not in have]
        present = len(wanted) - len(missing)
        print(f"{line}, {present}/{len(wanted)} topics ({mode})")
        if missing:
            shown = ", ".join(missing[:4]) + (f" (+{len(missing) - 4} more)" if len(missing) > 4 else "")
            print(f"kafka: missing topics: {shown}; the learnflow-kafka-topics Job creates them")
            return 1
        print(f"kafka: bootstrap {BOOTSTRAP[mode].replace(':', f'.{ns}.svc.cluster.local:')}")
        return 0
    except KubectlError as error:
        print(f"kafka: cannot check: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
