import type { ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { gradeSubmission } from '@learnflow/tutor';
import { type Caller, findExercise, replyExercise } from './find-exercise.ts';
import { exerciseMeant, type ShownExercises } from './hint-reply.ts';

/** At most this many failing tests are listed in a chat reply. */
const MAX_FAILURES = 3;

/**
 * "Is my solution right?" with code: the tests of the exercise the message is about, run on the code in the
 * sandbox. Nothing is stored: a check is not a submission, and the reply says how to make it count.
 */
export async function checkReply(
  deps: ServiceDeps,
  caller: Caller,
  request: ShownExercises & { message: string; code: string },
): Promise<{ text: string; data: Record<string, unknown> }> {
  const exerciseId = await exerciseMeant(deps, caller, request.message, request);
  if (!exerciseId)
    return {
      text: 'Which exercise is this for? Open it and press **Submit** to run its tests, or name it here ("is my shopping total solution right?"). If you want a code review instead, say *"review my code"*.',
      data: { checked: null },
    };
  const record = await findExercise(deps, caller, exerciseId);
  const grade = await gradeSubmission(
    await deps.resources.get(sandboxResource),
    record.definition,
    request.code,
  );
  const link = `[${record.definition.title}](/exercises/${record.id})`;
  const passing = grade.tests.filter((test) => test.passed).length;
  const failures = grade.tests
    .filter((test) => !test.passed)
    .slice(0, MAX_FAILURES)
    .map((test) => `- **${test.name}**${test.message ? `: ${test.message}` : ''}`);
  const text = grade.passed
    ? `Yes: your code passes all ${grade.tests.length} tests of ${link}. Submit it there to have it count towards your mastery.`
    : [
        `Not yet: ${passing} of ${grade.tests.length} tests of ${link} pass.`,
        grade.timedOut ? 'The run was stopped at the time limit: look for a loop that never ends.' : '',
        grade.errorType ? `Your code raised a \`${grade.errorType}\` during the tests.` : '',
        `What fails:\n${failures.join('\n')}`,
        'Fix the first one, check again, and ask for a hint if you are stuck. I did not submit it: nothing counts until you press **Submit**.',
      ]
        .filter(Boolean)
        .join('\n\n');
  return {
    text,
    data: {
      // The exercise stays the conversation's (`lastExercise`): "and now?" or "a harder one" follow it.
      ...replyExercise(record),
      checked: { passed: grade.passed, score: grade.score, tests: grade.tests },
    },
  };
}
