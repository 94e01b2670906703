import { useState } from 'react';
import type { Quiz } from '../api/practice-types.ts';
import { useApi } from '../session/session-context.tsx';
import type { TopicMastery } from '../student/progress-model.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { QuizRunner } from './quiz-runner.tsx';

/** The topic's quiz: start it, answer one question at a time, see the score and mastery. */
export interface QuizPanelProps {
  topic: string;
  /** The student's mastery of the topic now (it rises with a good attempt). */
  mastery: TopicMastery;
  /** After an attempt was graded: refetch the progress (live frames may have been missed). */
  onAttempt?: () => void;
}

export function QuizPanel({ topic, mastery, onAttempt }: QuizPanelProps) {
  const api = useApi();
  const quizzes = useAsync(() => api.quizzes(topic), [api, topic]);
  const [active, setActive] = useState<Quiz | null>(null);
  const [round, setRound] = useState(0);
  const list = quizzes.data?.quizzes ?? [];

  return (
    <section className="quiz-panel" aria-labelledby="quiz-title">
      <h2 id="quiz-title">Quiz</h2>
      {quizzes.loading && !quizzes.data && <Loading label="Loading the quiz…" />}
      <ErrorNotice error={quizzes.error} onRetry={quizzes.reload} title="The quiz did not load." />
      {quizzes.data && list.length === 0 && <p className="muted">No quiz for this topic yet.</p>}
      {active ? (
        <QuizRunner
          key={`${active.id}-${round}`}
          quiz={active}
          topic={topic}
          mastery={mastery}
          onAttempt={onAttempt}
          onRestart={() => setRound((r) => r + 1)}
          onClose={() => setActive(null)}
        />
      ) : (
        list.map((quiz) => (
          <div key={quiz.id} className="card quiz-intro">
            <p>
              <strong>{quiz.title ?? 'Check your understanding'}</strong> · {quiz.questions.length} questions,
              one at a time.
            </p>
            <button type="button" className="button primary" onClick={() => setActive(quiz)}>
              Start the quiz
            </button>
          </div>
        ))
      )}
    </section>
  );
}
