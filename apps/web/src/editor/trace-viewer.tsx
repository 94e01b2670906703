import { useEffect, useMemo, useState } from 'react';
import type { TraceResult, TraceStep } from '../api/types.ts';

export interface TraceViewerProps {
  trace: TraceResult;
  /** The code changed since the trace was made. */
  stale: boolean;
  onStep: (line: number | null) => void;
  onClose: () => void;
}

/** What a step means, in words: Python stops *before* running the line it reports. */
function describe(step: TraceStep): string {
  const where = step.function === '<module>' ? '' : ` in ${step.function}()`;
  switch (step.event) {
    case 'call':
      return `calling ${step.function}() (line ${step.line})`;
    case 'return':
      return step.function === '<module>'
        ? 'the program finished'
        : `${step.function}() returns (line ${step.line})`;
    case 'exception':
      return `an error happens on line ${step.line}${where}`;
    default:
      return `about to run line ${step.line}${where}`;
  }
}

/** Steps through a run: the line, the variables at that moment, and what was printed so far. */
export function TraceViewer({ trace, stale, onStep, onClose }: TraceViewerProps) {
  const steps = trace.trace.steps;
  const [index, setIndex] = useState(0);
  const step = steps[index];
  const previous = index > 0 ? steps[index - 1] : undefined;

  useEffect(() => {
    onStep(stale ? null : (step?.line ?? null));
  }, [step, stale, onStep]);

  const scopes = useMemo(() => {
    if (!step) return [];
    const list: {
      title: string;
      vars: Record<string, string>;
      before: Record<string, string> | undefined;
    }[] = [];
    if (step.function !== '<module>')
      list.push({
        title: `Inside ${step.function}()`,
        vars: step.locals,
        before: previous?.function === step.function ? previous.locals : undefined,
      });
    list.push({ title: 'Program variables', vars: step.globals, before: previous?.globals });
    return list;
  }, [step, previous]);

  if (!step)
    return (
      <section className="trace card" aria-label="Step through">
        <p>There was nothing to step through.</p>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </section>
    );
  return (
    <section className="trace card" aria-labelledby="trace-title" data-testid="trace-viewer">
      <header className="trace-header">
        <h3 id="trace-title">Step through</h3>
        <button type="button" className="button small ghost" onClick={onClose}>
          Close
        </button>
      </header>
      {stale && (
        <p className="notice">The code changed since this run: visualise again to see the new steps.</p>
      )}
      <div className="trace-controls">
        <button
          type="button"
          className="button small"
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
          disabled={index === 0}
        >
          ← Previous
        </button>
        <label className="trace-slider">
          <span className="sr-only">Step</span>
          <input
            type="range"
            min={0}
            max={steps.length - 1}
            value={index}
            onChange={(e) => setIndex(Number(e.target.value))}
            aria-valuetext={`Step ${index + 1} of ${steps.length}, line ${step.line}`}
          />
        </label>
        <button
          type="button"
          className="button small"
          onClick={() => setIndex((i) => Math.min(steps.length - 1, i + 1))}
          disabled={index === steps.length - 1}
        >
          Next →
        </button>
      </div>
      <p className="trace-position" aria-live="polite">
        Step {index + 1} of {steps.length}: {describe(step)}.
      </p>
      {scopes.map((scope) => (
        <VariableTable key={scope.title} title={scope.title} vars={scope.vars} before={scope.before} />
      ))}
      <h4 className="output-label">Printed so far</h4>
      <pre className="stdout small">{step.stdout || <span className="muted">(nothing yet)</span>}</pre>
      {trace.trace.truncated && <p className="muted">Only the first {steps.length} steps were recorded.</p>}
    </section>
  );
}

function VariableTable({
  title,
  vars,
  before,
}: {
  title: string;
  vars: Record<string, string>;
  before: Record<string, string> | undefined;
}) {
  const names = Object.keys(vars).filter((n) => n !== '__return__' || vars[n] !== 'None');
  return (
    <table className="vars">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {names.length === 0 && (
          <tr>
            <td colSpan={2} className="muted">
              none yet
            </td>
          </tr>
        )}
        {names.map((name) => {
          const changed = before !== undefined && before[name] !== vars[name];
          return (
            <tr key={name} className={changed ? 'changed' : undefined}>
              <th scope="row">
                <code>{name === '__return__' ? 'return value' : name}</code>
              </th>
              <td>
                <code>{vars[name]}</code>
                {changed && <span className="sr-only"> (changed)</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
