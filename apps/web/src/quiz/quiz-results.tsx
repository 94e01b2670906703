import type { Quiz, QuizAttemptResult } from '../api/practice-types.ts';
import { InlineMarkdown, Markdown } from '../markdown/markdown.tsx';
import type { TopicMastery } from '../student/progress-model.ts';
import { MasteryMeter } from '../ui/mastery-meter.tsx';
import { questionResults, scoreMessage } from './quiz-model.ts';

export interface QuizResultsProps {
  quiz: Quiz;
  topic: string;
  answers: Record<string, number>;
  result: QuizAttemptResult;
  /** Mastery of the topic when the quiz started, and now. */
  before: TopicMastery;
  now: TopicMastery;
  onRestart: () => void;
  onClose: () => void;
}

/** The score, then each question with the right answer and why. */
export function QuizResults({ quiz, answers, result, before, now, onRestart, onClose }: QuizResultsProps) {
  const verdicts = questionResults(result);
  return (
    <section className="card quiz-results" aria-labelledby="quiz-score" data-testid="quiz-results">
      <h3 id="quiz-score" role="status">
        You scored <strong data-testid="quiz-score">{result.score}</strong>/100 ({result.correct} of{' '}
        {result.total} right)
      </h3>
      <p className="muted">{scoreMessage(result.score)}</p>
      <div className="quiz-mastery" data-testid="quiz-mastery">
        <p>
          Your mastery of this topic:{' '}
          {now.mastery > before.mastery ? (
            <>
              <strong>{before.mastery}</strong> → <strong>{now.mastery}</strong> ({now.level})
            </>
          ) : (
            <strong>
              {now.mastery} ({now.level})
            </strong>
          )}
        </p>
        <MasteryMeter mastery={now.mastery} level={now.level} label="Topic" />
      </div>
      {verdicts.size > 0 && (
        <ol className="quiz-review">
          {quiz.questions.map((q) => {
            const verdict = verdicts.get(q.id);
            const right = verdict?.correctChoice;
            const chosen = verdict?.chosen ?? answers[q.id];
            return (
              <li key={q.id} className={verdict?.correct ? 'right' : 'wrong'}>
                <Markdown source={q.prompt} />
                <p className={verdict?.correct ? 'verdict-right' : 'verdict-wrong'}>
                  {verdict?.correct ? '✓ Right: ' : '✗ Your answer: '}
                  {chosen !== undefined && chosen !== null && (
                    <InlineMarkdown source={q.choices[chosen] ?? ''} />
                  )}
                  {!verdict?.correct && right !== undefined && (
                    <>
                      {' · Right answer: '}
                      <InlineMarkdown source={q.choices[right] ?? ''} />
                    </>
                  )}
                </p>
                {verdict?.explanation && <Markdown source={verdict.explanation} />}
              </li>
            );
          })}
        </ol>
      )}
      <div className="quiz-actions">
        <button type="button" className="button" onClick={onRestart}>
          Try again
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
