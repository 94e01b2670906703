import { describe, expect, it } from 'vitest';
import { CappedText } from './capped-text.ts';
import { defaultLimits } from './limits.ts';
import { parseRunnerMeta, toRunResult } from './to-run-result.ts';

const outcome = (meta: string | null, exitCode: number | null) => ({
  stdout: new CappedText(100),
  stderr: new CappedText(100),
  meta,
  exitCode,
  timedOut: false,
  flooded: false,
  durationMs: 12.34,
});

describe('parseRunnerMeta', () => {
  it('coerces a forged results line instead of trusting it', () => {
    const meta = parseRunnerMeta(
      'garbage\n{"exitCode": "zero", "error": {"type": 5, "line": "3"}, "trace": 7}',
    );
    expect(meta).toEqual({
      exitCode: null,
      error: { type: '5', message: '', line: null, traceback: '' },
      memoryError: false,
      trace: null,
    });
  });

  it('keeps a trace sent early when the results line never came', () => {
    const meta = parseRunnerMeta('{"trace": {"steps": [{"line": 1, "event": "line"}], "truncated": true}}');
    expect(meta?.trace?.steps).toHaveLength(1);
    expect(meta?.trace?.truncated).toBe(true);
  });
});

describe('toRunResult', () => {
  it('reports a CPU-limit kill (SIGXCPU) as a time-out', () => {
    const result = toRunResult(outcome(null, 128 + 24), defaultLimits, 'main.py', false);
    expect(result).toMatchObject({ timedOut: true, exitCode: null, error: { type: 'TimeoutError' } });
  });

  it('reports a crash by signal', () => {
    const result = toRunResult(outcome(null, 128 + 11), defaultLimits, 'main.py', false);
    expect(result).toMatchObject({ exitCode: null, error: { type: 'Crash' } });
  });

  it('never reports a sandbox killed from outside as a clean run', () => {
    const result = toRunResult(outcome(null, null), defaultLimits, 'main.py', false);
    expect(result).toMatchObject({ exitCode: null, error: { type: 'Crash' } });
  });

  it('takes the exit code from the runner', () => {
    const result = toRunResult(outcome('{"exitCode": 3, "error": null}', 3), defaultLimits, 'main.py', true);
    expect(result).toMatchObject({ exitCode: 3, error: null, trace: { steps: [], truncated: true } });
  });
});
