"""LearnFlow grading harness (standard library only).

Runs in the sandbox's private working directory next to:
  student.py  -- the student's submission
  tests.json  -- [{"name": str, "code": str}, ...] in order

The student's source is compiled as ``student.py`` and executed once as ``__main__``
(output discarded, stdin empty). Each test's code then runs in a copy of that namespace,
with ``run(stdin='') -> str`` available to re-execute the program on a given stdin and
return what it printed (``input()`` prompts are not part of that output).

One line per event is written to the original stdout, each starting with RESULT_PREFIX:
  {"kind": "load", "ok": bool, "message": str | null, "errorType": str | null}
  {"kind": "test", "index": int, "passed": bool, "message": str | null, "errorType": str | null, "output": str}
``errorType`` names the exception the student's code raised (not a failed assertion).
A line is flushed as soon as its test finishes, so results survive a later timeout.
"""

import builtins
import io
import json
import os
import sys
import traceback

RESULT_PREFIX = "@@learnflow-grade-result@@ "
STUDENT_FILE = "student.py"
TEST_FILE = "<test>"
MESSAGE_CAP = 1000
STRAY_OUTPUT_CAP = 2000
RUN_OUTPUT_CAP = 1_000_000


class CappedWriter(io.TextIOBase):
    """A text sink that keeps at most ``cap`` characters and drops the rest."""

    def __init__(self, cap):
        self.cap = cap
        self.parts = []
        self.size = 0
        self.truncated = False

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = self.cap - self.size
        if len(text) > room:
            self.truncated = True
            text = text[: max(room, 0)]
        if text:
            self.parts.append(text)
            self.size += len(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


class StdinExhausted(EOFError):
    """input() found no more lines; at load time this only means the program wants stdin."""


def make_input(lines):
    """An input() that reads from ``lines`` and keeps its prompt out of the captured output."""

    def fake_input(prompt=""):
        line = lines.readline()
        if not line:
            raise StdinExhausted("EOF when reading a line")
        return line[:-1] if line.endswith("\n") else line

    return fake_input


def student_line(tb):
    """The last line of student.py in a traceback, or None."""
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == STUDENT_FILE:
            line = lineno
    return line


def describe(exc):
    """``<Type>: <message>`` plus the student's line when the error comes from student.py."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, MemoryError):
        text = "MemoryError: your code used more memory than allowed"
    elif isinstance(exc, SystemExit):
        text = "SystemExit: your code called exit() while a test was calling it"
    if isinstance(exc, SyntaxError) and exc.filename == STUDENT_FILE:
        return f"{type(exc).__name__}: {exc.msg} (line {exc.lineno})"
    line = student_line(exc.__traceback__)
    if line is not None:
        text += f" (line {line})"
    elif isinstance(exc, NameError) and getattr(exc, "name", None):
        text += f" -- did you define `{exc.name}` at the top level of your code?"
    return text


def failed_assertion(exc, test_code):
    """The assertion's own message, or the failing assert statement when it has none."""
    if str(exc):
        return str(exc)
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == TEST_FILE:
            lines = test_code.splitlines()
            if 0 < lineno <= len(lines):
                return f"Check failed: {lines[lineno - 1].strip()}"
    return "Check failed"


def cap(text, limit=MESSAGE_CAP):
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Harness:
    def __init__(self, source, out):
        self.source = source
        self.out = out
        self.code = None

    def emit(self, event):
        self.out.write(RESULT_PREFIX + json.dumps(event) + "\n")
        self.out.flush()

    def execute(self, namespace, stdin_text, sink):
        """Run the student's program as __main__ in ``namespace`` (SystemExit ends it normally)."""
        namespace.update({"__name__": "__main__", "__builtins__": builtins, "__file__": STUDENT_FILE})
        saved = sys.stdin, sys.stdout, sys.stderr, builtins.input, sys.argv
        sys.stdin = io.StringIO(stdin_text)
        sys.stdout = sys.stderr = sink
        builtins.input = make_input(sys.stdin)
        sys.argv = [STUDENT_FILE]
        try:
            exec(self.code, namespace)
        except SystemExit:
            pass
        finally:
            sys.stdin, sys.stdout, sys.stderr, builtins.input, sys.argv = saved

    def load(self):
        """Compile and run the submission once; return its namespace or None."""
        try:
            self.code = compile(self.source, STUDENT_FILE, "exec")
        except (SyntaxError, ValueError) as exc:
            self.emit({"kind": "load", "ok": False, "message": cap(describe(exc)), "errorType": type(exc).__name__})
            return None
        namespace = {}
        try:
            self.execute(namespace, "", CappedWriter(0))
        except StdinExhausted:
            # A program that reads stdin stops at its first input(); tests drive it through run().
            pass
        except BaseException as exc:
            self.emit({"kind": "load", "ok": False, "message": cap(describe(exc)), "errorType": type(exc).__name__})
            return None
        self.emit({"kind": "load", "ok": True, "message": None, "errorType": None})
        return namespace

    def run(self, stdin=""):
        """Re-run the student's program with ``stdin`` and return what it printed."""
        sink = CappedWriter(RUN_OUTPUT_CAP)
        self.execute({}, str(stdin), sink)
        return sink.getvalue()

    def run_test(self, index, test, student_namespace):
        namespace = dict(student_namespace)
        namespace["run"] = self.run
        namespace["__name__"] = "__test__"
        stray = CappedWriter(STRAY_OUTPUT_CAP)
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = stray
        try:
            exec(compile(test["code"], TEST_FILE, "exec"), namespace)
            passed, message, error_type = True, None, None
        except AssertionError as exc:
            passed, message, error_type = False, failed_assertion(exc, test["code"]), None
        except StdinExhausted:
            passed, message = False, "EOFError: your program called input() more times than there are input lines"
            error_type = "EOFError"
        except BaseException as exc:
            passed, message, error_type = False, describe(exc), type(exc).__name__
        finally:
            sys.stdout, sys.stderr = saved
        self.emit(
            {
                "kind": "test",
                "index": index,
                "passed": passed,
                "message": None if message is None else cap(message),
                "errorType": error_type,
                "output": stray.getvalue(),
            }
        )


def main():
    with open(STUDENT_FILE, encoding="utf-8") as handle:
        source = handle.read()
    with open("tests.json", encoding="utf-8") as handle:
        tests = json.load(handle)
    # The tests (hidden ones included) must not be readable by the submission.
    try:
        os.remove("tests.json")
    except OSError:
        pass

    # Results go to a private copy of stdout; anything written to fd 1 afterwards is discarded,
    # so a submission cannot forge result lines by printing them.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)

    harness = Harness(source, out)
    namespace = harness.load()
    if namespace is None:
        return
    for index, test in enumerate(tests):
        harness.run_test(index, test, namespace)


if __name__ == "__main__":
    main()
