import type { ServiceDeps } from '@learnflow/platform';
import { type Caller, findExercise, replyExercise } from './find-exercise.ts';
import { exerciseMeant, type ShownExercises } from './hint-reply.ts';

/**
 * "What does the prompt ask for?": the task of the exercise the message is about, in its own first paragraph,
 * with the names of the visible tests that check it; never its hidden tests or its solution.
 */
export async function taskReply(
  deps: ServiceDeps,
  caller: Caller,
  message: string,
  shown: ShownExercises,
): Promise<{ text: string; data: Record<string, unknown> }> {
  const exerciseId = await exerciseMeant(deps, caller, message, shown);
  if (!exerciseId)
    return {
      text: 'Which exercise is it? Open it (or name it here) and I will go through what it asks for.',
      data: {},
    };
  const record = await findExercise(deps, caller, exerciseId);
  const { id, definition } = record;
  const [task = definition.prompt] = definition.prompt.trim().split(/\n\s*\n/);
  const tests = definition.tests.filter((test) => !test.hidden).map((test) => `- ${test.name}`);
  const text = [
    `[${definition.title}](/exercises/${id}) asks you to do this:`,
    task
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
    tests.length > 0
      ? `Your code is checked by tests like these (and some hidden ones):\n${tests.join('\n')}`
      : '',
    'Take the smallest piece first and run it. Ask *"how should I start?"* for a first hint.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    text,
    data: replyExercise(record),
  };
}
