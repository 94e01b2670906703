import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Quiz, QuizAttemptResult, QuizCheckResult } from '../api/practice-types.ts';
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

/** One question at a time, its explanation right after the answer; the attempt is graded at the end. */
export function QuizRunner({ quiz, topic, mastery, onAttempt, onRestart, onClose }: QuizRunnerProps) {
  const [before] = useState(mastery);
  const api = useApi();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [choice, setChoice] = useState<number | null>(null);
  const [result, setResult] = useState<QuizAttemptResult | null>(null);
  const [feedback, setFeedback] = useState<QuizCheckResult | null>(null);
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
  const check = async (answered: number) => {
    if (!question) return;
    setBusy(true);
    setError(null);
    try {
      const checked = await api.checkAnswer(quiz.id, question.id, answered);
      setAnswers({ ...answers, [question.id]: checked.chosen });
      setFeedback(checked);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!question || choice === null) return;
    if (!feedback) {
      void check(choice);
      return;
    }
    setFeedback(null);
    if (last) void finish(answers);
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
      <fieldset disabled={busy || feedback !== null}>
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
      {feedback && (
        <div
          className={`quiz-feedback ${feedback.correct ? 'right' : 'wrong'}`}
          role="status"
          data-testid="quiz-feedback"
        >
          <strong>
            {feedback.correct
              ? 'Correct!'
              : `Not quite: the answer is ${String.fromCharCode(65 + feedback.correctChoice)}.`}
          </strong>
          <Markdown source={feedback.explanation} />
        </div>
      )}
      <ErrorNotice
        error={error}
        title={feedback ? 'Your answers were not graded.' : 'Your answer was not checked.'}
        onRetry={() => void (feedback ? finish(answers) : choice !== null && check(choice))}
      />
      <div className="quiz-actions">
        <button type="submit" className="button primary" disabled={choice === null || busy}>
          {busy ? 'Checking…' : !feedback ? 'Check my answer' : last ? 'Finish the quiz' : 'Next question'}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Leave the quiz
        </button>
      </div>
    </form>
  );
}
