"""Runs a reference solution on a teacher's inputs, in the sandbox, next to the grading harness.

  student.py   -- the reference solution
  harness.py   -- the grading harness (its load and run(stdin) are the ones tests get)
  inputs.json  -- [{"call": "add(2, 3)"} | {"stdin": "3\\n4\\n"}, ...]

One line per input on the original stdout, each starting with RESULT_PREFIX:
  {"index": int, "ok": true, "repr": str, "literal": bool}      a call returned (literal: repr evaluates back to it)
  {"index": int, "ok": true, "output": str}                    a run printed this
  {"index": int, "ok": false, "raised": str, "message": str}   the reference raised this exception
  {"index": int, "ok": false, "invalid": str}                  not a Python expression, or a result too long
plus the harness's {"kind": "load", ...} line first.
"""

import ast
import json
import os
import sys

from harness import CappedWriter, Harness, StdinExhausted, cap, describe

RESULT_PREFIX = "@@learnflow-proposal@@ "
STRAY_OUTPUT_CAP = 2000
EXPECTED_CAP = 10_000
TOO_LONG = f"the result is over {EXPECTED_CAP} characters: use a smaller input"


def literal(text, value):
    try:
        return ast.literal_eval(text) == value
    except Exception:
        return False


def propose(harness, namespace, index, item):
    if "call" in item:
        try:
            expression = compile(item["call"], "<call>", "eval")
        except SyntaxError as exc:
            return {"index": index, "ok": False, "invalid": f"{exc.msg} (column {exc.offset})"}
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = CappedWriter(STRAY_OUTPUT_CAP)
        try:
            value = eval(expression, dict(namespace))
        except BaseException as exc:
            return {"index": index, "ok": False, "raised": type(exc).__name__, "message": cap(describe(exc))}
        finally:
            sys.stdout, sys.stderr = saved
        text = repr(value)
        if len(text) > EXPECTED_CAP:
            return {"index": index, "ok": False, "invalid": TOO_LONG}
        return {"index": index, "ok": True, "repr": text, "literal": literal(text, value)}
    try:
        output = harness.run(item["stdin"])
        if len(output) > EXPECTED_CAP:
            return {"index": index, "ok": False, "invalid": TOO_LONG}
        return {"index": index, "ok": True, "output": output}
    except StdinExhausted:
        return {"index": index, "ok": False, "raised": "EOFError", "message": "input() found no more lines"}
    except BaseException as exc:
        return {"index": index, "ok": False, "raised": type(exc).__name__, "message": cap(describe(exc))}


def main():
    with open("student.py", encoding="utf-8") as handle:
        source = handle.read()
    with open("inputs.json", encoding="utf-8") as handle:
        inputs = json.load(handle)
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    harness = Harness(source, out)
    namespace = harness.load()
    if namespace is None:
        return
    for index, item in enumerate(inputs):
        out.write(RESULT_PREFIX + json.dumps(propose(harness, namespace, index, item)) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
