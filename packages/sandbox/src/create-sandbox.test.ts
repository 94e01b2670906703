import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truncationMarker } from './capped-text.ts';
import { checkSandbox } from './check-sandbox.ts';
import { createSandbox } from './create-sandbox.ts';
import { defaultLimits } from './limits.ts';
import type { Sandbox } from './types.ts';

const sandbox: Sandbox = createSandbox();

beforeAll(async () => {
  const check = await sandbox.check();
  if (!check.ok) throw new Error(`the sandbox cannot run here: ${check.problems.join('; ')}`);
});

afterAll(() => sandbox.close());

describe('createSandbox: running code', () => {
  it('runs a stdin-driven program', async () => {
    const code =
      'name = input("Name? ")\na, b = map(int, input().split())\nprint(f"Hello, {name}: {a + b}")\n';
    const result = await sandbox.run({ code, stdin: 'Maya\n2 40\n' });
    expect(result).toMatchObject({ stdout: 'Name? Hello, Maya: 42\n', stderr: '', exitCode: 0, error: null });
    expect(result).toMatchObject({ timedOut: false, memoryExceeded: false, outputTruncated: false });
  });

  it('reports EOFError when the program reads more than stdin holds', async () => {
    const result = await sandbox.run({ code: 'x = input()\ny = input()\n', stdin: 'one\n' });
    expect(result.error).toMatchObject({ type: 'EOFError', line: 2 });
  });

  it('gives a crash the student line, type and message, without the runner frames', async () => {
    const result = await sandbox.run({ code: 'x = 1\ny = 0\nprint(x / y)\n' });
    expect(result.exitCode).toBe(1);
    expect(result.error).toMatchObject({ type: 'ZeroDivisionError', message: 'division by zero', line: 3 });
    expect(result.error?.traceback).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "main.py", line 3/,
    );
    expect(result.error?.traceback).not.toMatch(/<string>|runner/);
    expect(result.stderr).toBe(result.error?.traceback);
  });

  it('points at the deepest line of the student code when the error is raised in the standard library', async () => {
    const code = 'import json\n\ndef load(text):\n    return json.loads(text)\n\nload("{")\n';
    const result = await sandbox.run({ code });
    expect(result.error).toMatchObject({ type: 'JSONDecodeError', line: 4 });
  });

  it.each([
    ['SyntaxError', 'x = 1\ny = (\nprint(x)\n', 2],
    ['IndentationError', 'for i in range(3):\nprint(i)\n', 2],
    ['SyntaxError', 'print("ok")\n\nif x = 3:\n    pass\n', 3],
  ])('reports a %s on its line', async (type, code, line) => {
    const result = await sandbox.run({ code });
    expect(result.error).toMatchObject({ type, line });
    expect(result.stdout).toBe('');
  });

  it('follows sys.exit', async () => {
    expect(await sandbox.run({ code: 'import sys\nprint("a")\nsys.exit(3)\n' })).toMatchObject({
      stdout: 'a\n',
      exitCode: 3,
      error: null,
    });
    expect(await sandbox.run({ code: 'import sys\nsys.exit("bye")\n' })).toMatchObject({
      stderr: 'bye\n',
      exitCode: 1,
    });
  });

  it('stops an infinite loop at the time limit', async () => {
    const result = await sandbox.run({ code: 'print("start", flush=True)\nwhile True:\n    pass\n' });
    expect(result).toMatchObject({
      timedOut: true,
      exitCode: null,
      stdout: 'start\n',
      error: { type: 'TimeoutError' },
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(defaultLimits.wallTimeMs - 50);
    expect(result.durationMs).toBeLessThan(5_500);
  });

  it('lets a request lower its limits but not raise them', async () => {
    const short = createSandbox({ limits: { wallTimeMs: 1_500 }, concurrency: 1 });
    try {
      const lowered = await short.run({ code: 'while True: pass', limits: { wallTimeMs: 500 } });
      expect(lowered.timedOut).toBe(true);
      expect(lowered.durationMs).toBeLessThan(1_400);
      const raised = await short.run({ code: 'while True: pass', limits: { wallTimeMs: 60_000 } });
      expect(raised.timedOut).toBe(true);
      expect(raised.durationMs).toBeLessThan(2_500);
    } finally {
      await short.close();
    }
  });

  it('flags a memory bomb and still allows ordinary allocations', async () => {
    const bomb = await sandbox.run({ code: 'data = []\nwhile True:\n    data.append(bytearray(2**20))\n' });
    expect(bomb).toMatchObject({ memoryExceeded: true, error: { type: 'MemoryError', line: 3 } });
    const fine = await sandbox.run({ code: 'x = bytearray(30 * 2**20)\nprint(len(x))\n' });
    expect(fine).toMatchObject({ stdout: `${30 * 2 ** 20}\n`, memoryExceeded: false, error: null });
  });

  it('truncates output at 64 KB with a visible marker', async () => {
    const result = await sandbox.run({ code: 'print("x" * 100_000)\nprint("done")\n' });
    expect(result.outputTruncated).toBe(true);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('x'.repeat(defaultLimits.outputBytes) + truncationMarker);
  });

  it('truncates on a character boundary', async () => {
    const result = await sandbox.run({ code: 'print("é" * 40_000)' });
    expect(result.stdout.endsWith(truncationMarker)).toBe(true);
    expect(result.stdout).not.toContain('\uFFFD');
  });

  it('gives every run a clean interpreter and temp dir', async () => {
    await sandbox.run({
      code: 'import builtins\nbuiltins.leak = 1\nopen("/tmp/left-over", "w").write("x")\n',
    });
    const second = await sandbox.run({
      code: 'import builtins, os\nprint(hasattr(builtins, "leak"), os.listdir("/tmp"))\n',
    });
    expect(second.stdout).toBe("False ['main.py']\n");
  });

  it('places extra files beside the code', async () => {
    const result = await sandbox.run({
      code: 'print(open("data.txt").read())',
      files: { 'data.txt': 'hello' },
    });
    expect(result.stdout).toBe('hello\n');
  });

  it('runs 20 print(1) back to back (average printed, not asserted)', async () => {
    const times: number[] = [];
    for (let index = 0; index < 20; index++) {
      const started = performance.now();
      const result = await sandbox.run({ code: 'print(1)' });
      times.push(performance.now() - started);
      expect(result.stdout).toBe('1\n');
    }
    const average = times.reduce((sum, time) => sum + time, 0) / times.length;
    console.log(`20 x print(1): average ${average.toFixed(1)} ms, best ${Math.min(...times).toFixed(1)} ms`);
  });
});

describe('createSandbox: grading harness', () => {
  const harness = [
    'ns = {"__name__": "student"}',
    'exec(compile(open("student.py").read(), "student.py", "exec"), ns)',
    'assert ns["add"](2, 3) == 5, "add(2, 3) should be 5"',
    'print("PASS")',
  ].join('\n');

  it('runs the entry file with the student code beside it', async () => {
    const result = await sandbox.run({
      code: 'def add(a, b):\n    return a + b\n',
      files: { 'grader.py': harness },
      entry: 'grader.py',
    });
    expect(result).toMatchObject({ stdout: 'PASS\n', exitCode: 0, error: null });
  });

  it("keeps the student's line numbers in errors", async () => {
    const result = await sandbox.run({
      code: 'def add(a, b):\n    return a + c\n',
      files: { 'grader.py': harness },
      entry: 'grader.py',
    });
    expect(result.error).toMatchObject({ type: 'NameError', line: 2 });
    expect(result.error?.traceback).toContain('File "student.py", line 2, in add');
  });

  it('keeps them for an imported student module and a syntax error too', async () => {
    const imported = await sandbox.run({
      code: 'x = 1\nprint(x[0])\n',
      files: { 'grader.py': 'import student\n' },
      entry: 'grader.py',
    });
    expect(imported.error).toMatchObject({ type: 'TypeError', line: 2 });
    const syntax = await sandbox.run({
      code: 'def f(:\n',
      files: { 'grader.py': harness },
      entry: 'grader.py',
    });
    expect(syntax.error).toMatchObject({ type: 'SyntaxError', line: 1 });
  });
});

describe('createSandbox: trace', () => {
  it('records steps with locals, globals and stdout so far', async () => {
    const code = 'a = 2\ndef double(x):\n    y = x * 2\n    return y\nprint(double(a))\nb = 1\n';
    const result = await sandbox.run({ code, trace: true });
    const steps = result.trace?.steps ?? [];
    expect(result.trace?.truncated).toBe(false);
    expect(steps[0]).toMatchObject({ line: 1, event: 'line', function: '<module>', globals: {} });
    expect(steps).toContainEqual(
      expect.objectContaining({ line: 4, event: 'line', function: 'double', locals: { x: '2', y: '4' } }),
    );
    expect(steps).toContainEqual(
      expect.objectContaining({
        event: 'return',
        function: 'double',
        locals: { x: '2', y: '4', __return__: '4' },
      }),
    );
    expect(steps.at(-2)).toMatchObject({
      line: 6,
      stdout: '4\n',
      globals: { a: '2', double: '<function double>' },
    });
  });

  it('caps long traces and keeps them when the program then times out', async () => {
    const capped = await sandbox.run({
      code: 'total = 0\nfor i in range(100_000):\n    total += i\n',
      trace: true,
    });
    expect(capped.trace).toMatchObject({ truncated: true });
    expect(capped.trace?.steps).toHaveLength(2_000);
    const looping = await sandbox.run({
      code: 'i = 0\nwhile True:\n    i += 1\n',
      trace: true,
      limits: { wallTimeMs: 1_000 },
    });
    expect(looping.timedOut).toBe(true);
    expect(looping.trace?.steps.length).toBe(2_000);
  });
});

describe('createSandbox: errors', () => {
  it('refuses unsafe file names', async () => {
    await expect(sandbox.run({ code: '', files: { '../escape.py': '' } })).rejects.toMatchObject({
      code: 'SANDBOX_INVALID_REQUEST',
      status: 400,
    });
  });

  it('answers SANDBOX_BUSY with retryAfterSeconds past the queue', async () => {
    const small = createSandbox({ concurrency: 1, maxQueue: 1 });
    try {
      const running = small.run({ code: 'import time\ntime.sleep(0.5)' });
      const queued = small.run({ code: 'print(2)' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const error = await small.run({ code: 'print(3)' }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        code: 'SANDBOX_BUSY',
        status: 429,
        retryAfterSeconds: expect.any(Number),
      });
      expect((await running).exitCode).toBe(0);
      expect((await queued).stdout).toBe('2\n');
      expect(small.stats()).toMatchObject({ completed: 2, rejected: 1, running: 0, queued: 0 });
    } finally {
      await small.close();
    }
  });

  it('never runs code without bubblewrap: SANDBOX_UNAVAILABLE says what to install', async () => {
    const missing = createSandbox({ bwrap: '/nonexistent/bwrap' });
    try {
      await expect(missing.run({ code: 'print(1)' })).rejects.toMatchObject({
        code: 'SANDBOX_UNAVAILABLE',
        status: 503,
        message: expect.stringContaining('apt-get install bubblewrap'),
      });
    } finally {
      await missing.close();
    }
    const check = await checkSandbox({ python: 'no-such-python3' });
    expect(check.ok).toBe(false);
    expect(check.python).toBeNull();
    expect(check.problems.join(' ')).toContain('apt-get install python3');
  });

  it('reports this host as able to isolate', async () => {
    const check = await checkSandbox();
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check.python?.version).toMatch(/^3\.(1[1-9]|[2-9]\d)/);
    expect(check.bwrap?.path).toMatch(/bwrap$/);
  });

  it('refuses runs once closed', async () => {
    const closing = createSandbox({ concurrency: 1 });
    await closing.close();
    await expect(closing.run({ code: 'print(1)' })).rejects.toMatchObject({ code: 'SANDBOX_CLOSED' });
  });
});
