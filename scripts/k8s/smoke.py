#!/usr/bin/env python3
"""End-to-end smoke test through the LearnFlow gateway (Python standard library only).

GET /health, log in as the demo student, GET /api/curriculum and expect 24 topics. Prints at most
3 short lines; exit 0 when all pass, 1 when one fails.

  python3 scripts/k8s/smoke.py http://127.0.0.1:8180 [--email maya@learnflow.dev] [--password learnflow]
"""
import argparse
import json
import sys
import urllib.error
import urllib.request


def call(base, method, path, body=None, token=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base.rstrip("/") + path, data=data, method=method)
    request.add_header("accept", "application/json")
    if data is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, TimeoutError, ConnectionError, json.JSONDecodeError) as error:
        return 0, str(getattr(error, "reason", error))[:80]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the gateway's base URL")
    parser.add_argument("--email", default="maya@learnflow.dev")
    parser.add_argument("--password", default="learnflow")
    parser.add_argument("--topics", type=int, default=24)
    args = parser.parse_args()

    status, body = call(args.base, "GET", "/health")
    if status != 200 or not isinstance(body, dict) or body.get("status") != "ok":
        print(f"smoke: GET /health failed ({status or body})")
        return 1
    status, body = call(args.base, "POST", "/api/auth/login", {"email": args.email, "password": args.password})
    token = body.get("token") if isinstance(body, dict) else None
    if status != 200 or not token:
        print(f"smoke: /health ok; login as {args.email} failed (HTTP {status}; seeded? LEARNFLOW_SEED_DEMO)")
        return 1
    status, body = call(args.base, "GET", "/api/curriculum", token=token)
    modules = body.get("modules", []) if isinstance(body, dict) else []
    topics = sum(len(m.get("topics", [])) for m in modules)
    if status != 200 or topics != args.topics:
        print(f"smoke: /health ok, login ok; GET /api/curriculum: HTTP {status}, {topics}/{args.topics} topics")
        return 1
    print(f"smoke: /health ok, login as {args.email} ok, curriculum {len(modules)} modules / {topics} topics")
    return 0


if __name__ == "__main__":
    sys.exit(main())
