import { type Difficulty, type EventPayload, type LastExercise, TOPICS } from '@learnflow/contracts';
import { AppError, type ServiceDeps } from '@learnflow/platform';
import {
  adaptDifficulty,
  asksForSolution,
  checksSolution,
  difficultyFor,
  type ExerciseGenerator,
  errorFocus,
  exerciseBySlug,
  exerciseQuestion,
  leaksSolution,
  namesConcept,
  recognizeTopic,
  type TopicMention,
} from '@learnflow/tutor';
import { checkReply } from './check-reply.ts';
import { type Caller, type ExerciseRecord, findExercise, replyExercise, topicId } from './find-exercise.ts';
import { generateExercise } from './generate-exercise.ts';
import { ASKS_FOR_HINT, hintReply } from './hint-reply.ts';
import { firstOpenTopic, pickUnsolved } from './pick-exercise.ts';
import { quizReply } from './quiz-reply.ts';
import { mostCommonError, studentProfile } from './student-profile.ts';
import { taskReply } from './task-reply.ts';

const QUIZ = /\bquiz|\btest (?:me|my knowledge)\b/i;

const ASKED: [RegExp, Difficulty][] = [
  [/\b(hard|harder|hardest|challenge|challenging|difficult|tough)\b/i, 'hard'],
  [/\b(medium|intermediate|moderate)\b/i, 'medium'],
  [/\b(easy|easier|simple|basic)\b/i, 'easy'],
];

/** The difficulty the student asked for in words, if any. */
export const askedDifficulty = (message: string): Difficulty | null =>
  ASKED.find(([pattern]) => pattern.test(message))?.[1] ?? null;

const HARDER = /\b(?:harder|tougher|more difficult|more challenging)\b/i;
const EASIER = /\b(?:easier|simpler|less difficult)\b/i;
// "Another one", "a harder one", "one more": a request that follows the exercise the last reply gave.
const FOLLOW_UP = new RegExp(
  `\\b(?:another|one more|next one|more like (?:this|that)|similar)\\b|${HARDER.source}|${EASIER.source}`,
  'i',
);
const STEPS: Difficulty[] = ['easy', 'medium', 'hard'];

/** The exercise open beside the chat, when the student may see it: a stale or foreign id is ignored. */
async function openExercise(deps: ServiceDeps, caller: Caller, exerciseId: string) {
  try {
    return await findExercise(deps, caller, exerciseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** What a follow-up asks for: one step up from the last for "harder", down for "easier", else as named or the same. */
function followedDifficulty(message: string, last: Difficulty): Difficulty {
  const step = HARDER.test(message) ? 1 : EASIER.test(message) ? -1 : 0;
  if (step === 0) return askedDifficulty(message) ?? last;
  return STEPS[Math.min(Math.max(STEPS.indexOf(last) + step, 0), STEPS.length - 1)] ?? last;
}

/**
 * The chat path: a student asked for practice. The topic is the one the message names
 * ("an exercise on dicts"), else that of the exercise the last reply gave (or the one open beside the chat)
 * when the message follows it ("a harder one": one step up from it), else the request's, else the first one
 * with open exercises.
 * Answers on `learning.responses` with the topic's quiz when a quiz was asked for, else an
 * exercise fitted to their mastery of that topic: an unsolved bank exercise at the right
 * difficulty, else a freshly generated one; the reply links it and gives the prompt, never
 * the solution.
 */
export async function answerExerciseRequest(
  deps: ServiceDeps,
  generator: ExerciseGenerator,
  request: EventPayload<'exercise.requests'>,
  correlationId: string,
): Promise<void> {
  const caller: Caller = { id: request.userId, role: 'student' };
  // The exercise on the page the chat is beside, else the one the last reply gave.
  const open = request.exerciseId ? await openExercise(deps, caller, request.exerciseId) : undefined;
  const shown = { openId: open?.id, lastExerciseId: request.lastExercise?.exerciseId };
  // "Is my solution right?" with code: the exercise's tests, run on it, not stored.
  if (request.code?.trim() && checksSolution(request.message)) {
    const checked = { ...shown, message: request.message, code: request.code };
    await respond(deps, request, correlationId, await checkReply(deps, caller, checked));
    return;
  }
  // "What does the prompt ask for?": the task again; "how should I start?": the next hint, as a way in.
  const about = exerciseQuestion(request.message);
  if (about) {
    const reply =
      about === 'task'
        ? await taskReply(deps, caller, request.message, shown)
        : await hintReply(deps, caller, request.message, { ...shown, starting: true });
    await respond(deps, request, correlationId, reply);
    return;
  }
  // "Just show me the solution": never given; the next hint instead. "I'm stuck, give me an easier one" asks
  // for another exercise; "stuck on the fizzbuzz one" for a hint.
  const refusing = asksForSolution(request.message);
  if (refusing || (ASKS_FOR_HINT.test(request.message) && askedDifficulty(request.message) === null)) {
    await respond(
      deps,
      request,
      correlationId,
      await hintReply(deps, caller, request.message, { ...shown, refusing }),
    );
    return;
  }
  const mention = recognizeTopic(request.message);
  // "A harder one" follows the exercise the last reply gave, else the one open beside the chat.
  const opened: LastExercise | undefined = open && replyExercise(open);
  const follows = !mention && FOLLOW_UP.test(request.message) ? (request.lastExercise ?? opened) : undefined;
  const topic =
    mention?.slug ??
    follows?.topic ??
    request.topic ??
    request.context.topic ??
    (await firstOpenTopic(deps, caller.id)) ??
    'variables';
  // The context carries the mastery of the context's topic; any other topic is looked up.
  const level =
    topic === request.context.topic
      ? request.context.masteryLevel
      : (await studentProfile(deps, caller.id, topic)).level;
  if (QUIZ.test(request.message)) {
    const reply = await quizReply(deps, topic, level ?? 'Beginner');
    await respond(deps, request, correlationId, reply);
    return;
  }
  const asked = follows
    ? followedDifficulty(request.message, follows.difficulty)
    : askedDifficulty(request.message);
  const adapted = asked
    ? adaptDifficulty(asked, level ?? 'Beginner')
    : { difficulty: difficultyFor(level), reason: null };
  const focusError = mostCommonError(request.context.recentErrors);

  // "Practise recursion": an unsolved exercise with that concept comes first, at the nearest difficulty.
  // A follow-up never gets the exercise it follows again.
  const notLast = (id: string) => id !== follows?.exerciseId;
  let exerciseId =
    (mention &&
      (await pickUnsolved(deps, caller.id, topic, adapted.difficulty, {
        nearest: true,
        only: hasConceptNamed(mention),
      }))) ||
    (await pickUnsolved(deps, caller.id, topic, adapted.difficulty, { only: notLast }));
  let generated = false;
  if (!exerciseId) {
    try {
      const made = await generateExercise(
        deps,
        generator,
        caller,
        {
          topic,
          difficulty: adapted.difficulty,
          profile: { level: level ?? 'Beginner', focusError },
        },
        correlationId,
      );
      exerciseId = made.id;
      generated = true;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      deps.log.warn({ err: error, topic }, 'no generated exercise; falling back to the bank');
      exerciseId = await pickUnsolved(deps, caller.id, topic, adapted.difficulty, {
        nearest: true,
        only: notLast,
      });
    }
  }
  const record = exerciseId ? await findExercise(deps, caller, exerciseId) : null;
  const { title: topicTitle } = await topicId(deps, topic);
  const text = record
    ? compose(record, topicTitle, { generated, reason: adapted.reason, focusError })
    : `You have solved every exercise on **${topicTitle}**: well done! Ask me for one on the next topic, or for a harder one.`;
  await respond(deps, request, correlationId, {
    text,
    data: record
      ? {
          ...replyExercise(record),
          topic,
          source: record.source,
          generated,
          url: `/exercises/${record.id}`,
        }
      : { topic },
  });
}

/** Whether a bank exercise has a concept the student's words named ("recursion"). */
const hasConceptNamed = (mention: TopicMention) => (_id: string, slug: string) =>
  (exerciseBySlug(slug)?.concepts ?? []).some((concept) => namesConcept(mention, concept));

function respond(
  deps: ServiceDeps,
  request: EventPayload<'exercise.requests'>,
  correlationId: string,
  reply: { text: string; data: Record<string, unknown> },
) {
  return deps.events.publish(
    TOPICS.learningResponses.name,
    'learnflow.learning.responded',
    {
      requestId: request.requestId,
      userId: request.userId,
      intent: 'exercise',
      agent: 'exercise-agent',
      kind: 'final',
      ...reply,
    },
    { userId: request.userId, correlationId },
  );
}

function compose(
  record: ExerciseRecord,
  topicTitle: string,
  options: { generated: boolean; reason: string | null; focusError: string | null },
): string {
  const { definition } = record;
  const article = definition.difficulty === 'easy' ? 'an' : 'a';
  const intro = `Here is ${options.generated ? 'a new' : article} ${definition.difficulty} exercise on **${topicTitle}**: [${definition.title}](/exercises/${record.id})`;
  // A generated prompt already points out the focus error; a bank one gets it here.
  const focus =
    options.focusError && !definition.prompt.includes(`\`${options.focusError}\``)
      ? errorFocus(options.focusError)
      : null;
  const starter = definition.starterCode.trim()
    ? `Start from this code:\n\n\`\`\`python\n${definition.starterCode.trimEnd()}\n\`\`\``
    : null;
  const outro =
    'Open the exercise to run and submit your code. Stuck? Ask for a hint on the exercise page: hints come one at a time, so the solving stays yours.';
  const parts = [
    intro,
    options.reason ? `_${options.reason}_` : null,
    definition.prompt,
    focus,
    starter,
    outro,
  ];
  const text = parts.filter((part): part is string => part !== null).join('\n\n');
  // Belt and braces: the reply must never carry the reference solution.
  return leaksSolution(text, [definition.solution]) ? [intro, outro].join('\n\n') : text;
}
