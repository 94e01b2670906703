import type { AuthoredExerciseBody, Curriculum, Difficulty } from '../../api/types.ts';

export interface ExerciseFieldsProps {
  form: AuthoredExerciseBody;
  curriculum: Curriculum;
  onChange(next: AuthoredExerciseBody): void;
  disabled: boolean;
}

const DIFFICULTIES: Difficulty[] = ['easy', 'medium', 'hard'];
const HINT_SLOTS = ['hint-1', 'hint-2', 'hint-3'] as const;

/** Title, topic, difficulty, the Markdown prompt, starter code, reference solution and hints. */
export function ExerciseFields({ form, curriculum, onChange, disabled }: ExerciseFieldsProps) {
  const set = <K extends keyof AuthoredExerciseBody>(key: K, value: AuthoredExerciseBody[K]) =>
    onChange({ ...form, [key]: value });
  const hints = HINT_SLOTS.map((_, n) => form.hints[n] ?? '');
  return (
    <fieldset className="form card" disabled={disabled}>
      <legend>The exercise</legend>
      <label>
        Title
        <input
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          placeholder="Old enough to vote"
        />
      </label>
      <div className="actions">
        <label className="inline">
          Topic
          <select value={form.topic} onChange={(e) => set('topic', e.target.value)}>
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
        <label className="inline">
          Difficulty
          <select value={form.difficulty} onChange={(e) => set('difficulty', e.target.value as Difficulty)}>
            {DIFFICULTIES.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Prompt (Markdown)
        <textarea rows={6} value={form.prompt} onChange={(e) => set('prompt', e.target.value)} />
      </label>
      <label>
        Starter code
        <textarea
          className="code-input"
          rows={4}
          spellCheck={false}
          value={form.starterCode}
          onChange={(e) => set('starterCode', e.target.value)}
        />
      </label>
      <label>
        Reference solution (never shown to students)
        <textarea
          className="code-input"
          rows={6}
          spellCheck={false}
          value={form.solution}
          onChange={(e) => set('solution', e.target.value)}
        />
      </label>
      {HINT_SLOTS.map((slot, n) => (
        <label key={slot}>
          Hint {n + 1}
          {n > 0 && ' (optional)'}
          <input
            value={hints[n]}
            onChange={(e) =>
              set(
                'hints',
                hints.map((h, i) => (i === n ? e.target.value : h)),
              )
            }
          />
        </label>
      ))}
    </fieldset>
  );
}
