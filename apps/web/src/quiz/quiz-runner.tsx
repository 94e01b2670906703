import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Quiz, QuizAttemptResult } from '../api/practice-types.ts';
import { InlineMarkdown, Markdown } from '../markdown/markdown.tsx';
import { useApi } from '../session/session-context.tsx';
import type { TopicMastery } from '../student/progress-model.ts';
import { ErrorNotice } from '../ui/status.tsx';
import { QuizResults } from './quiz-results.tsx';

export interface QuizRunnerProps {
  quiz: Quiz;
  topic: string;
  mastery: TopicMastery;
  onAttempt?: (() => void) | undefined;
  onRestart: () => void;
  onClose: () => void;
}

/** One question at a time; the attempt is graded when the last one is answered. */
export function QuizRunner({ quiz, topic, mastery, onAttempt, onRestart, onClose }: QuizRunnerProps) {
  const [before] = useState(mastery);
  const api = useApi();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [choice, setChoice] = useState<number | null>(null);
  const [result, setResult] = useState<QuizAttemptResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const legend = useRef<HTMLLegendElement>(null);
  const question = quiz.questions[index];
  const last = index === quiz.questions.length - 1;

  useEffect(() => {
    if (index > 0) legend.current?.focus();
  }, [index]);

  const finish = async (all: Record<string, number>) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.attempt(quiz.id, all));
      onAttempt?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!question || choice === null) return;
    const all = { ...answers, [question.id]: choice };
    setAnswers(all);
    if (last) void finish(all);
    else {
      setIndex(index + 1);
      setChoice(null);
    }
  };

  if (result)
    return (
      <QuizResults
        quiz={quiz}
        before={before}
        now={mastery}
        topic={topic}
        answers={answers}
        result={result}
        onRestart={onRestart}
        onClose={onClose}
      />
    );
  if (!question) return null;
  return (
    <form className="card quiz-question" onSubmit={onSubmit} data-testid="quiz-question">
      <p className="quiz-progress">
        Question {index + 1} of {quiz.questions.length}
      </p>
      <progress max={quiz.questions.length} value={index} aria-hidden="true" />
      <fieldset disabled={busy}>
        <legend ref={legend} tabIndex={-1}>
          <Markdown source={question.prompt} />
        </legend>
        {question.choices.map((text, n) => (
          <label key={text} className={`choice ${choice === n ? 'chosen' : ''}`}>
            <input
              type="radio"
              name={`q-${question.id}`}
              value={n}
              checked={choice === n}
              onChange={() => setChoice(n)}
            />
            <span>
              <InlineMarkdown source={text} />
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice error={error} title="Your answers were not graded." onRetry={() => void finish(answers)} />
      <div className="quiz-actions">
        <button type="submit" className="button primary" disabled={choice === null || busy}>
          {busy ? 'Grading…' : last ? 'Finish the quiz' : 'Next question'}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Leave the quiz
        </button>
      </div>
    </form>
  );
}
