import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Diagnostic, PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './load-questions.ts';

/**
 * Pyflakes, pycodestyle's errors and warnings, and bugbear: the rules that catch a bug or a leftover,
 * not taste. Long lines are allowed (a test's assert message is one sentence), and each kind of file
 * drops what it is for:
 * - starter.py leaves the work to the student: imports to use, placeholders (`count = 0  # TODO`), a
 *   loop body to write, and in one exercise the mutable default the student fixes;
 * - tests.py runs in the namespace of the student's code (docs/content-format.md), so its names are
 *   defined there, and a test may raise on purpose inside an `except` or evaluate an expression only
 *   for the exception it raises.
 */
const BASE = ['E501'];
const IGNORE: Record<string, string[]> = {
  'solution.py': BASE,
  'starter.py': [...BASE, 'F401', 'F841', 'B006', 'B007'],
  'tests.py': [...BASE, 'F821', 'B018', 'B904'],
};

const workspaces = Object.fromEntries(
  Object.entries(IGNORE).map(([name, ignore]) => [
    name,
    new Workspace(
      { 'target-version': 'py311', 'line-length': 100, lint: { select: ['E', 'F', 'W', 'B'], ignore } },
      PositionEncoding.Utf16,
    ),
  ]),
);

const pythonFiles = readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.py'))
  .sort();

describe('the Python files of the content', () => {
  it('are the starter, solution and tests of every exercise', () => {
    expect(pythonFiles.length).toBe(77 * 3);
    expect(new Set(pythonFiles.map((path) => path.split('/').at(-1)))).toEqual(new Set(Object.keys(IGNORE)));
  });

  it('pass Ruff', () => {
    const findings = pythonFiles.flatMap((path) => {
      const workspace = workspaces[path.split('/').at(-1) ?? ''];
      if (!workspace) return [`${path}: not a starter.py, solution.py or tests.py`];
      const diagnostics: Diagnostic[] = workspace.check(readFileSync(join(CONTENT_DIR, path), 'utf8'));
      return diagnostics.map(
        (d) => `${relative('.', join(CONTENT_DIR, path))}:${d.start_location.row}: ${d.code} ${d.message}`,
      );
    });
    expect(findings).toEqual([]);
  });

  it('are checked: a finding of each kind of file is reported', () => {
    const found = Object.entries(workspaces).map(([name, workspace]) => [
      name,
      workspace
        .check('import os\n\ndef f(x=[]):\n    if x == None:\n        return y\n')
        .map((d: Diagnostic) => d.code)
        .sort(),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      'solution.py': ['B006', 'E711', 'F401', 'F821'],
      'starter.py': ['E711', 'F821'],
      'tests.py': ['B006', 'E711', 'F401'],
    });
  });
});
