import { type FormEvent, useState } from 'react';
import type { GeneratedExerciseResult } from '../api/practice-types.ts';
import type { Curriculum, Difficulty } from '../api/types.ts';
import { CodeBlock } from '../markdown/code-block.tsx';
import { Markdown } from '../markdown/markdown.tsx';
import { useApi } from '../session/session-context.tsx';
import { ErrorNotice } from '../ui/status.tsx';

export interface ExerciseGeneratorProps {
  curriculum: Curriculum;
  students: { id: string; name: string }[];
  /** Pre-filled from an alert: its topic, easy, its student. */
  preset?: { topic?: string | null; difficulty?: Difficulty; studentIds?: string[] };
}

/** Generate an exercise for a topic and difficulty, preview it, assign it to students. */
export function ExerciseGenerator({ curriculum, students, preset }: ExerciseGeneratorProps) {
  const api = useApi();
  const firstTopic = curriculum.modules[0]?.topics[0]?.slug ?? '';
  const [topic, setTopic] = useState(preset?.topic ?? firstTopic);
  const [difficulty, setDifficulty] = useState<Difficulty>(preset?.difficulty ?? 'easy');
  const [exercise, setExercise] = useState<GeneratedExerciseResult | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set(preset?.studentIds ?? []));
  const [state, setState] = useState<{
    busy: 'generate' | 'assign' | null;
    error: unknown;
    assigned: string | null;
  }>({
    busy: null,
    error: null,
    assigned: null,
  });

  const generate = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: 'generate', error: null, assigned: null });
    setExercise(null);
    try {
      setExercise(await api.generate({ topic, difficulty }));
      setState({ busy: null, error: null, assigned: null });
    } catch (error) {
      setState({ busy: null, error, assigned: null });
    }
  };
  const assign = async () => {
    if (!exercise || chosen.size === 0) return;
    setState({ busy: 'assign', error: null, assigned: null });
    try {
      const { assignments } = await api.assign({ exerciseId: exercise.id, studentIds: [...chosen] });
      const names = students.filter((s) => chosen.has(s.id)).map((s) => s.name);
      const already = assignments.filter((a) => !a.created).length;
      setState({
        busy: null,
        error: null,
        assigned: `Assigned "${exercise.title}" to ${names.join(', ')}.${already ? ` ${already} already had it.` : ''}`,
      });
    } catch (error) {
      setState({ busy: null, error, assigned: null });
    }
  };
  const toggle = (id: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="card generator" aria-labelledby="generator-title">
      <h2 id="generator-title">Generate an exercise</h2>
      <form className="generator-form" onSubmit={generate}>
        <label>
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value)} name="topic">
            {curriculum.modules.map((m) => (
              <optgroup key={m.slug} label={m.title}>
                {m.topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          Difficulty
          <select
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value as Difficulty)}
            name="difficulty"
          >
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </label>
        <button type="submit" className="button primary" disabled={state.busy !== null}>
          {state.busy === 'generate' ? 'Generating…' : 'Generate'}
        </button>
      </form>
      {state.busy === 'generate' && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Writing and checking a new exercise…
        </p>
      )}
      <ErrorNotice error={state.error} />
      {exercise && (
        <div className="generated" data-testid="generated-exercise">
          <h3>
            {exercise.title}{' '}
            <span className={`difficulty difficulty-${exercise.difficulty}`}>{exercise.difficulty}</span>
          </h3>
          {exercise.adaptation && <p className="notice">{exercise.adaptation}</p>}
          {exercise.focusError && (
            <p className="muted">
              Practises the student's recent <code>{exercise.focusError}</code>.
            </p>
          )}
          <Markdown source={exercise.prompt} headingOffset={3} />
          {exercise.visibleTests.length > 0 && (
            <>
              <h4 className="output-label">Tests the student sees</h4>
              <ul>
                {exercise.visibleTests.map((t) => (
                  <li key={t.name}>{t.name}</li>
                ))}
              </ul>
            </>
          )}
          {exercise.starterCode.trim() && (
            <>
              <h4 className="output-label">Starter code</h4>
              <CodeBlock code={exercise.starterCode} label="Starter code" />
            </>
          )}
          {exercise.solution && (
            <details className="reference-solution" data-testid="reference-solution">
              <summary>Reference solution (students never see it)</summary>
              <CodeBlock code={exercise.solution} label="Reference solution" />
            </details>
          )}
          <fieldset className="assign-to">
            <legend>Assign to</legend>
            {students.map((s) => (
              <label key={s.id} className="inline">
                <input type="checkbox" checked={chosen.has(s.id)} onChange={() => toggle(s.id)} />
                {s.name}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button primary"
            onClick={() => void assign()}
            disabled={chosen.size === 0 || state.busy !== null}
          >
            {state.busy === 'assign'
              ? 'Assigning…'
              : `Assign to ${chosen.size} student${chosen.size === 1 ? '' : 's'}`}
          </button>
          {state.assigned && (
            <p className="notice notice-success" role="status">
              {state.assigned}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
