import type { Difficulty, ExerciseTest } from '@learnflow/contracts';
import type { Rng } from './seeded-random.ts';

/** What a template writes: everything of an exercise but its slug, topic and difficulty. */
export interface TemplateDraft {
  title: string;
  prompt: string;
  starterCode: string;
  solution: string;
  /** Escalating: a nudge, then the idea, then the key step; never the whole solution. */
  hints: [string, string, string];
  /** Weighted, visible and hidden, in teaching order. */
  tests: ExerciseTest[];
}

/**
 * A parameterised exercise of one topic. `build` draws every parameter (names, values,
 * lengths) from `rng`, so the same seed gives the same exercise; `difficulty` adds rules.
 */
export interface ExerciseTemplate {
  /** Stable, kebab-case, starts with the topic slug; part of generated slugs. */
  id: string;
  topic: string;
  build(rng: Rng, difficulty: Difficulty): TemplateDraft;
}

/** The Python code block of a prompt. */
export const codeBlock = (code: string) => `\`\`\`python\n${code.trim()}\n\`\`\``;
