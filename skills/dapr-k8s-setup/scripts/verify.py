#!/usr/bin/env python3
"""Checks Dapr for LearnFlow: the control plane is Running in dapr-system, the pubsub.kafka and
state.postgresql (v2) components exist; with --apps, every LearnFlow pod has a ready daprd sidecar.

Prints at most 5 short lines, e.g. `dapr: control plane 5/5 pods Running`; exit 0 healthy,
1 unhealthy, 2 when kubectl or the cluster cannot be reached. Never prints logs.

  python3 skills/dapr-k8s-setup/scripts/verify.py [-n learnflow] [--dapr-namespace dapr-system] [--apps 10]
"""
import argparse
import sys

sys.dont_write_bytecode = True  # keep the skill folder free of __pycache__
from k8s_status import KubectlError, default_namespace, kubectl_json, pod_problem, pods, pods_line

CONTROL_PLANE = ["dapr-operator", "dapr-sentry", "dapr-placement-server", "dapr-sidecar-injector", "dapr-scheduler-server"]
WANTED = {"pubsub": ("pubsub.kafka", None), "statestore": ("state.postgresql", "v2")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--namespace", default=default_namespace())
    parser.add_argument("--dapr-namespace", default="dapr-system")
    parser.add_argument("--apps", type=int, default=0, help="expect this many LearnFlow pods with a ready sidecar")
    args = parser.parse_args()
    ok = True

    try:
        items = kubectl_json("get", "pods", "-n", args.dapr_namespace).get("items", [])
        if not items:
            print(f"dapr: no control plane in {args.dapr_namespace} (deploy: skills/dapr-k8s-setup/scripts/deploy.sh)")
            return 1
        line, healthy = pods_line("dapr", items)
        names = " ".join(p["metadata"]["name"] for p in items)
        absent = [c for c in CONTROL_PLANE if c not in names]
        line = line.replace("dapr:", "dapr: control plane", 1)
        if absent:
            line += "; absent: " + ", ".join(absent)
        print(line)
        ok = healthy and not absent

        try:
            components = kubectl_json("get", "components.dapr.io", "-n", args.namespace).get("items", [])
        except KubectlError:
            components = []
        found = {c["metadata"]["name"]: c.get("spec", {}) for c in components}
        parts, bad = [], []
        for name, (kind, version) in WANTED.items():
            spec = found.get(name)
            if spec is None or spec.get("type") != kind or (version and spec.get("version") != version):
                bad.append(f"{name} ({kind}{'/' + version if version else ''})")
            else:
                parts.append(f"{name} ({kind})")
        if bad:
            print(f"dapr: components missing or wrong in {args.namespace}: {', '.join(bad)}")
            ok = False
        else:
            print(f"dapr: components {', '.join(parts)}")

        if args.apps:
            app_pods = pods(args.namespace, "app.kubernetes.io/part-of=learnflow,app.kubernetes.io/component=service")
            with_sidecar = [
                p for p in app_pods
                if any(c.get("name") == "daprd" for c in p.get("spec", {}).get("containers", []) + p.get("spec", {}).get("initContainers", []))
            ]
            ready = [p for p in with_sidecar if pod_problem(p) is None]
            note = ""
            if len(with_sidecar) < len(app_pods):
                note = f"; {len(app_pods) - len(with_sidecar)} without daprd (injector not running when they started?)"
            elif len(ready) < len(with_sidecar):
                first = next(p for p in with_sidecar if pod_problem(p) is not None)
                note = f"; {first['metadata']['name']}: {pod_problem(first)}"
            print(f"dapr: sidecars {len(ready)}/{args.apps} app pods ready{note}")
            ok = ok and len(ready) >= args.apps
        return 0 if ok else 1
    except KubectlError as error:
        print(f"dapr: cannot check: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
