#!/usr/bin/env python3
"""End-to-end smoke test through the LearnFlow gateway (Python standard library only).

GET /health, log in as the demo student, GET /api/curriculum and expect 24 topics. With --journey,
the personas' path too: Maya runs code (POST /api/execute) and submits a correct solution to an
exercise; Mr. Rodriguez then sees her progress on that topic (GET /api/teacher/students/:id/progress,
polled while the event travels over the bus). --during CMD runs a shell command between Maya's code
run and her submission (e.g. deleting a pod); requests are retried meanwhile (HTTP 502/503 or no
answer) for up to --retry-seconds. Prints one short line per stage; exit 0 when all pass, 1 when one fails.

  python3 scripts/k8s/smoke.py http://127.0.0.1:8180 [--journey [--exercise countdown|sign]
      [--during 'kubectl delete pod ...'] [--expect-new]] [--email maya@learnflow.dev] [--password learnflow]
"""
import argparse
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

# Exercises of the seeded bank, with a correct solution: topic, title, code.
EXERCISES = {
    "countdown": (
        "for-loops",
        "Countdown",
        'n = int(input())\nfor i in range(n, 0, -1):\n    print(i)\nprint("Liftoff!")\n',
    ),
    "sign": (
        "conditionals",
        "Positive, negative or zero",
        'def sign(n):\n    if n > 0:\n        return "positive"\n    elif n < 0:\n        return "negative"\n'
        '    else:\n        return "zero"\n',
    ),
}
RETRY = {0, 502, 503, 504}


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


def call_retrying(base, method, path, body=None, token=None, seconds=90):
    """call(), retried while the gateway or the service behind it is (re)starting."""
    deadline = time.monotonic() + seconds
    while True:
        status, answer = call(base, method, path, body, token, timeout=30)
        if status not in RETRY or time.monotonic() > deadline:
            return status, answer
        time.sleep(2)


def login(base, email, password, seconds):
    status, body = call_retrying(base, "POST", "/api/auth/login", {"email": email, "password": password}, seconds=seconds)
    return body.get("token") if status == 200 and isinstance(body, dict) else None


def topic_mastery(base, teacher, student_id, topic, seconds):
    status, body = call_retrying(base, "GET", f"/api/teacher/students/{student_id}/progress", token=teacher, seconds=seconds)
    if status != 200 or not isinstance(body, dict):
        return None, status
    entry = next((t for t in body.get("topics", []) if t.get("topic") == topic), None)
    return (entry or {}).get("components", {}).get("exercises", 0), status


def journey(args):
    topic, title, solution = EXERCISES[args.exercise]
    maya = login(args.base, args.email, args.password, args.retry_seconds)
    teacher = login(args.base, args.teacher, args.password, args.retry_seconds)
    if not maya or not teacher:
        print(f"journey: login failed ({args.email}: {bool(maya)}, {args.teacher}: {bool(teacher)})")
        return 1
    status, body = call_retrying(args.base, "GET", "/api/teacher/students", token=teacher, seconds=args.retry_seconds)
    students = body.get("students", []) if isinstance(body, dict) else []
    student = next((s for s in students if s.get("email") == args.email), None)
    if status != 200 or not student:
        print(f"journey: Mr. Rodriguez's roster lacks {args.email} (HTTP {status})")
        return 1
    before, status = topic_mastery(args.base, teacher, student["id"], topic, args.retry_seconds)
    if before is None:
        print(f"journey: Mr. Rodriguez cannot read Maya's progress (HTTP {status})")
        return 1
    if args.expect_new and before:
        print(f"journey: Maya already has {topic} exercises progress ({before}): use a fresh deployment")
        return 1

    status, body = call_retrying(args.base, "POST", "/api/execute", {"code": "print(6 * 7)"}, maya, args.retry_seconds)
    stdout = body.get("stdout", "") if isinstance(body, dict) else ""
    if status != 200 or stdout.strip() != "42":
        print(f"journey: Maya's print(6 * 7) gave HTTP {status}, stdout {stdout.strip()[:40]!r} (sandbox in the code-execution pod?)")
        return 1
    print("journey: Maya logged in and ran print(6 * 7) -> 42 in the sandbox")

    if args.during:
        done = subprocess.run(args.during, shell=True, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"journey: --during failed: {(done.stderr.strip().splitlines() or ['?'])[0][:100]}")
            return 1
        print(f"journey: meanwhile: {args.during}")

    status, body = call_retrying(args.base, "GET", f"/api/exercises?topic={topic}", token=maya, seconds=args.retry_seconds)
    exercises = body.get("exercises", []) if isinstance(body, dict) else []
    exercise = next((e for e in exercises if e.get("title") == title), None)
    if not exercise:
        print(f"journey: exercise {title!r} not found in {topic} (HTTP {status}; seeded?)")
        return 1
    path = f"/api/exercises/{exercise['id']}/submissions"
    status, body = call_retrying(args.base, "POST", path, {"code": solution}, maya, args.retry_seconds)
    if status != 200 or not isinstance(body, dict) or not body.get("passed"):
        print(f"journey: Maya's submission to {title!r}: HTTP {status}, passed {isinstance(body, dict) and body.get('passed')}")
        return 1
    print(f"journey: Maya submitted {title!r}: passed, score {body.get('score')}, attempt {body.get('attempts')}")

    deadline = time.monotonic() + args.retry_seconds
    after = before
    while time.monotonic() < deadline:
        after, status = topic_mastery(args.base, teacher, student["id"], topic, args.retry_seconds)
        if after:
            break
        time.sleep(2)
    if not after:
        print(f"journey: Mr. Rodriguez does not see Maya's {topic} exercise after {args.retry_seconds}s (progress service, bus?)")
        return 1
    change = "new" if not before else f"already {before}"
    print(f"journey: Mr. Rodriguez sees Maya's {topic} exercises at {after} ({change})")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the gateway's base URL")
    parser.add_argument("--email", default="maya@learnflow.dev")
    parser.add_argument("--teacher", default="rodriguez@learnflow.dev")
    parser.add_argument("--password", default="learnflow")
    parser.add_argument("--topics", type=int, default=24)
    parser.add_argument("--journey", action="store_true", help="Maya runs code and submits; Mr. Rodriguez sees it")
    parser.add_argument("--exercise", choices=sorted(EXERCISES), default="countdown")
    parser.add_argument("--during", help="a shell command to run between Maya's code run and her submission")
    parser.add_argument("--expect-new", action="store_true", help="fail when Maya already has progress on the topic")
    parser.add_argument("--retry-seconds", type=int, default=90)
    args = parser.parse_args()
    args.base = args.base.rstrip("/")

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
    return journey(args) if args.journey else 0


if __name__ == "__main__":
    sys.exit(main())
