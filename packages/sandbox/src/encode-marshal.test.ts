import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { encodeMarshal } from './encode-marshal.ts';

describe('encodeMarshal', () => {
  it('is read back by Python as the same value', () => {
    const value = {
      code: 'print("héllo ✓ 🐍")\n',
      n: 42,
      negative: -7,
      big: 2 ** 40,
      list: [1, 'two', null],
      flags: { yes: true, no: false },
      empty: '',
    };
    const python = spawnSync(
      'python3',
      [
        '-I',
        '-S',
        '-c',
        'import json, marshal, sys; print(json.dumps(marshal.loads(sys.stdin.buffer.read())))',
      ],
      { input: encodeMarshal(value) },
    );
    expect(python.stderr.toString()).toBe('');
    expect(JSON.parse(python.stdout.toString())).toEqual(value);
  });

  it('refuses numbers that are not integers', () => {
    expect(() => encodeMarshal({ x: 1.5 })).toThrow(/not an integer/);
  });
});
