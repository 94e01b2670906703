#!/usr/bin/env python3
"""Checks LearnFlow's PostgreSQL: the pods are Running and ready and the server accepts connections;
with --expect-seed, that the schema is migrated and the 24-topic curriculum seeded.

Prints at most 5 short lines, e.g. `postgres: 1/1 pods Running, accepting connections`; exit 0
healthy, 1 unhealthy, 2 when kubectl or the cluster cannot be reached. Never prints logs.

  python3 skills/postgres-k8s-setup/scripts/verify.py [-n learnflow] [--mode auto|native|cnpg] [--expect-seed]
"""
import argparse
import sys

sys.dont_write_bytecode = True  # keep the skill folder free of __pycache__
from k8s_status import KubectlError, default_namespace, kubectl, pods, pods_line

SELECTORS = {
    "native": "app.kubernetes.io/part-of=learnflow,app.kubernetes.io/name=postgres",
    "cnpg": "cnpg.io/cluster=learnflow-pg",
}
SERVICE = {"native": "learnflow-postgres", "cnpg": "learnflow-pg-rw"}
SECRET = {"native": "learnflow-postgres", "cnpg": "learnflow-pg-app"}
# PostgreSQL resolves every table a query names before running it, so `topics` is counted through
# query_to_xml (parsed only when the CASE reaches it): before the migration the answer is -1.
QUERY = (
    "select (select count(*) from information_schema.tables where table_schema = 'public')"
    " || ' ' || case when to_regclass('public.topics') is null then -1"
    " else (xpath('/row/c/text()', query_to_xml('select count(*) as c from topics', false, true, '')))[1]::text::int end"
)


def psql(ns, pod, mode, sql):
    # The official image knows its user and database from the environment; CNPG's pod runs as postgres.
    if mode == "native":
        command = ["sh", "-c", f'psql -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc "{sql}"']
    else:
        command = ["psql", "-d", "learnflow", "-tAc", sql]
    return kubectl("exec", "-n", ns, pod, "-c", "postgres", "--", *command, timeout=30).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--namespace", default=default_namespace())
    parser.add_argument("--mode", choices=["auto", "native", "cnpg"], default="auto")
    parser.add_argument("--expect-seed", action="store_true", help="require the migrated schema and 24 topics")
    args = parser.parse_args()
    ns = args.namespace

    try:
        modes = ["native", "cnpg"] if args.mode == "auto" else [args.mode]
        mode, items = modes[0], []
        for candidate in modes:
            mode, items = candidate, pods(ns, SELECTORS[candidate])
            if items:
                break
        if not items:
            print(f"postgres: no PostgreSQL pods in namespace {ns} (deploy: skills/postgres-k8s-setup/scripts/deploy.sh)")
            return 1
        line, healthy = pods_line("postgres", items)
        if not healthy:
            print(line)
            return 1
        pod = sorted(p["metadata"]["name"] for p in items)[0]
        if mode == "cnpg":
            primaries = [p for p in items if p["metadata"].get("labels", {}).get("cnpg.io/instanceRole") == "primary"]
            pod = primaries[0]["metadata"]["name"] if primaries else pod
        try:
            tables, topics = psql(ns, pod, mode, QUERY).split()
        except (KubectlError, ValueError):
            print(f"{line}; not accepting connections (psql failed in {pod})")
            return 1
        print(f"{line}, accepting connections ({mode}), {tables} tables")
        if args.expect_seed and int(topics) != 24:
            state = "schema not migrated" if int(topics) < 0 else f"{topics}/24 curriculum topics"
            print(f"postgres: {state}; the learnflow-migrate Job runs `learnflow migrate && learnflow seed`")
            return 1
        if int(topics) >= 0:
            print(f"postgres: curriculum {topics}/24 topics seeded")
        print(f"postgres: {SERVICE[mode]}.{ns}.svc.cluster.local:5432, URL in Secret {SECRET[mode]} key uri")
        return 0
    except KubectlError as error:
        print(f"postgres: cannot check: {error}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
