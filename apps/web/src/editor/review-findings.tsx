import type { ReviewFinding } from '../api/types.ts';
import { InlineMarkdown, Markdown } from '../markdown/markdown.tsx';

export interface ReviewLike {
  score: number;
  summary?: string;
  strengths?: string[];
  findings?: (Pick<ReviewFinding, 'rule' | 'line' | 'message'> & Partial<ReviewFinding>)[];
}

/** A code review: score, what is good, and each finding with a button to its line. */
export function ReviewFindings({
  review,
  onShowLine,
}: {
  review: ReviewLike;
  onShowLine?: (line: number) => void;
}) {
  const findings = review.findings ?? [];
  return (
    <div className="review">
      <p className="review-score">
        Code quality <strong>{review.score}</strong>/100
      </p>
      {review.summary && <Markdown source={review.summary} />}
      {review.strengths && review.strengths.length > 0 && (
        <ul className="review-strengths">
          {review.strengths.map((s) => (
            <li key={s}>
              <InlineMarkdown source={s} />
            </li>
          ))}
        </ul>
      )}
      {findings.length > 0 && (
        <ol className="review-findings">
          {findings.map((f) => (
            <li
              key={`${f.rule}-${f.line}-${f.column ?? 0}`}
              className={`finding severity-${f.severity ?? 'info'}`}
            >
              <p>
                {onShowLine ? (
                  <button type="button" className="link-button" onClick={() => onShowLine(f.line)}>
                    Line {f.line}
                  </button>
                ) : (
                  <span>Line {f.line}</span>
                )}{' '}
                <InlineMarkdown source={f.message} /> <span className="rule">{f.rule}</span>
              </p>
              {f.explanation && <Markdown source={f.explanation} />}
              {f.suggestion && <Markdown source={f.suggestion} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
