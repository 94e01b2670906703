import type { AuthoredTest } from '../../api/types.ts';
import { blankTest } from './draft-form.ts';

export interface TestsEditorProps {
  tests: AuthoredTest[];
  onChange(next: AuthoredTest[]): void;
  disabled: boolean;
}

/** The exercise's tests in order: name, Python code, hidden (with the rule a student is told). */
export function TestsEditor({ tests, onChange, disabled }: TestsEditorProps) {
  const change = (index: number, patch: Partial<AuthoredTest>) =>
    onChange(tests.map((test, i) => (i === index ? { ...test, ...patch } : test)));
  return (
    <fieldset className="form card" disabled={disabled} aria-label="Tests">
      <legend>Tests ({tests.length})</legend>
      <p className="muted small">
        Each test is Python run after the student's code: call their function and <code>assert</code> with a
        message the student reads. <code>run(stdin)</code> runs the whole program and returns what it printed.
      </p>
      {tests.map((test, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a test has no identity but its place; the inputs are controlled
        <div key={`test-${n + 1}`} className="authored-test" data-testid="authored-test">
          <label>
            Test {n + 1} name
            <input value={test.name} onChange={(e) => change(n, { name: e.target.value })} />
          </label>
          <label>
            Test {n + 1} code
            <textarea
              className="code-input"
              rows={3}
              spellCheck={false}
              value={test.code}
              onChange={(e) => change(n, { code: e.target.value })}
            />
          </label>
          <div className="actions">
            <label className="inline">
              <input
                type="checkbox"
                checked={test.hidden}
                onChange={(e) => change(n, { hidden: e.target.checked })}
              />
              Hidden from students
            </label>
            <button
              type="button"
              className="button small"
              onClick={() => onChange(tests.filter((_, i) => i !== n))}
            >
              Remove test {n + 1}
            </button>
          </div>
          {test.hidden && (
            <label>
              Rule a student is told when this hidden test fails
              <input
                value={test.rule ?? ''}
                placeholder="exactly 18 may vote"
                onChange={(e) => change(n, { rule: e.target.value })}
              />
            </label>
          )}
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...tests, blankTest()])}>
        Add a test
      </button>
    </fieldset>
  );
}
