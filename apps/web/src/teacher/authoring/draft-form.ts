import type { AuthoredExerciseBody, AuthoredTest, TestInput } from '../../api/types.ts';

/** A new exercise: the fields a teacher fills in, with the starting shape of each. */
export const blankExercise = (topic: string): AuthoredExerciseBody => ({
  title: '',
  topic,
  difficulty: 'easy',
  prompt: '',
  starterCode: '',
  solution: '',
  hints: [''],
  tests: [],
});

export const blankTest = (): AuthoredTest => ({ name: '', code: '', weight: 1, hidden: false });

/** What is sent: empty hints dropped, a rule only on a hidden test. */
export const toBody = (form: AuthoredExerciseBody): AuthoredExerciseBody => ({
  ...form,
  hints: form.hints.filter((hint) => hint.trim() !== ''),
  tests: form.tests.map(({ rule, ...test }) =>
    test.hidden && rule?.trim() ? { ...test, rule: rule.trim() } : test,
  ),
});

/**
 * The inputs to propose tests from: one call per line (`can_vote(18)`), or, for a program that reads
 * input, one run per block of lines, blocks separated by a blank line.
 */
export function parseInputs(text: string, kind: 'call' | 'stdin'): TestInput[] {
  if (kind === 'call')
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((call) => ({ call }));
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block !== '')
    .map((block) => ({ stdin: `${block}\n` }));
}
