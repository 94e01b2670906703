import type { ExecuteResult } from '../api/types.ts';
import { Markdown } from '../markdown/markdown.tsx';

export interface RunOutputProps {
  result: ExecuteResult;
  onExplain: () => void;
  onShowLine: (line: number) => void;
}

function statusOf(result: ExecuteResult): { text: string; tone: 'ok' | 'error' } {
  if (result.timedOut)
    return { text: 'Stopped: the program ran longer than the time limit (5 seconds).', tone: 'error' };
  if (result.memoryExceeded)
    return { text: 'Stopped: the program used more memory than allowed (50 MB).', tone: 'error' };
  // A wait for a free sandbox is the server being busy, not the student's program being slow.
  const waited =
    result.queuedMs >= 100 ? ` (after waiting ${Math.round(result.queuedMs)} ms for a free sandbox)` : '';
  if (result.error || (result.exitCode ?? 0) !== 0)
    return { text: `Finished with an error in ${Math.round(result.durationMs)} ms${waited}.`, tone: 'error' };
  return { text: `Ran in ${Math.round(result.durationMs)} ms${waited}.`, tone: 'ok' };
}

/** What a run printed, and a beginner's explanation of its error. */
export function RunOutput({ result, onExplain, onShowLine }: RunOutputProps) {
  const status = statusOf(result);
  const error = result.error;
  return (
    <section className="run-output" aria-label="Run result" data-testid="run-output">
      <p className={`run-status tone-${status.tone}`}>{status.text}</p>
      <h3 className="output-label">Output</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long output scrolls: keyboard users must reach it */}
      <pre className="stdout" tabIndex={0} data-testid="stdout">
        {result.stdout || <span className="muted">(nothing printed)</span>}
        {result.outputTruncated && <span className="muted">{'\n'}… output cut off: it was too long.</span>}
      </pre>
      {error ? (
        <div className="error-card" role="alert" data-testid="run-error">
          <p className="error-title">
            <strong>{error.type}</strong>
            {error.line !== null && (
              <>
                {' on '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onShowLine(error.line as number)}
                >
                  line {error.line}
                </button>
              </>
            )}
            : {error.message}
          </p>
          {error.explanation && <Markdown source={error.explanation} headingOffset={3} />}
          <div className="error-actions">
            <button type="button" className="button small" onClick={onExplain}>
              Ask the tutor about this error
            </button>
          </div>
          {result.stderr && (
            <details>
              <summary>Full traceback</summary>
              <pre className="stderr">{result.stderr}</pre>
            </details>
          )}
        </div>
      ) : (
        result.stderr && (
          <>
            <h3 className="output-label">Errors and warnings</h3>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long output scrolls: keyboard users must reach it */}
            <pre className="stderr" tabIndex={0}>
              {result.stderr}
            </pre>
          </>
        )
      )}
    </section>
  );
}
