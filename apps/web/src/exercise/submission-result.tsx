import type { SubmissionResult } from '../api/practice-types.ts';
import type { ReviewResult } from '../api/types.ts';
import { ReviewFindings } from '../editor/review-findings.tsx';
import { InlineMarkdown } from '../markdown/markdown.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { orderTests } from './test-order.ts';

export interface QualityState {
  busy: boolean;
  data: ReviewResult | null;
  error: unknown;
}

export interface SubmissionResultProps {
  result: SubmissionResult;
  quality: QualityState;
  onShowLine: (line: number) => void;
}

/** The grade: passed or not, the score, the tests (the one to fix first on top) and quality feedback. */
export function SubmissionResultView({ result, quality, onShowLine }: SubmissionResultProps) {
  const tests = orderTests(result);
  const first = result.firstFailure === null ? undefined : result.tests[result.firstFailure];
  const passedCount = result.tests.filter((t) => t.passed).length;
  return (
    <section
      className={`submission card ${result.passed ? 'passed' : 'failed'}`}
      aria-labelledby="submission-title"
      data-testid="submission-result"
    >
      <h3 id="submission-title" role="status">
        {result.passed ? '✓ All tests passed!' : `${passedCount} of ${result.tests.length} tests passed`}
        <span className="score">
          Score <strong data-testid="submission-score">{result.score}</strong>/100
        </span>
      </h3>
      <p className="muted small">
        Attempt {result.attempts} · best score {result.best.score}
        {result.timedOut ? ' · stopped: the code ran too long' : ''}
      </p>
      <ol className="tests">
        {tests.map((test) => (
          <li key={test.name} className={test.passed ? 'test-pass' : 'test-fail'}>
            <span className="test-mark" aria-hidden="true">
              {test.passed ? '✓' : '✗'}
            </span>
            <span className="sr-only">{test.passed ? 'Passed: ' : 'Failed: '}</span>
            <span className="test-name">
              {test.name}
              {test === first && <span className="fix-first"> · fix this first</span>}
            </span>
            {!test.passed && test.message && (
              <div className="test-message">
                <InlineMarkdown source={test.message} />
              </div>
            )}
            {!test.passed && test.hidden && !test.message && (
              <div className="test-message muted">
                Hidden tests show no details: check the edge cases in the prompt.
              </div>
            )}
          </li>
        ))}
      </ol>
      <h4>Code quality</h4>
      {quality.busy && <Loading label="Reviewing your code…" />}
      <ErrorNotice error={quality.error} title="The detailed review did not load." />
      {quality.data ? (
        <ReviewFindings review={quality.data} onShowLine={onShowLine} />
      ) : (
        !quality.busy &&
        result.qualityScore !== null && (
          <p className="review-score">
            Code quality <strong>{result.qualityScore}</strong>/100
          </p>
        )
      )}
    </section>
  );
}
