import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';

/** The topic's exercises, easiest first. */
export function TopicExercises({ topic }: { topic: string }) {
  const api = useApi();
  const exercises = useAsync(() => api.exercises(topic), [api, topic]);
  const order = { easy: 0, medium: 1, hard: 2 } as const;
  const list = [...(exercises.data?.exercises ?? [])].sort(
    (a, b) => order[a.difficulty] - order[b.difficulty],
  );
  return (
    <section className="topic-exercises" aria-labelledby="exercises-title">
      <h2 id="exercises-title">Exercises</h2>
      {exercises.loading && !exercises.data && <Loading label="Loading exercises…" />}
      <ErrorNotice error={exercises.error} onRetry={exercises.reload} title="The exercises did not load." />
      {exercises.data && list.length === 0 && <p className="muted">No exercises for this topic yet.</p>}
      {list.length > 0 && (
        <ul className="exercise-list">
          {list.map((exercise) => (
            <li key={exercise.id}>
              <Link href={`/learn/exercises/${exercise.id}`} className="exercise-link">
                {exercise.title}
              </Link>
              <span className={`difficulty difficulty-${exercise.difficulty}`}>{exercise.difficulty}</span>
              {exercise.source === 'generated' && <span className="muted small">new</span>}
              {exercise.source === 'authored' && <span className="muted small">from your teacher</span>}
              {exercise.bestScore === 100 ? (
                <span className="done-mark">✓ solved</span>
              ) : (
                exercise.bestScore !== null && (
                  <span className="muted small">best score {exercise.bestScore}</span>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
