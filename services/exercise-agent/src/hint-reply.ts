import type { ServiceDeps } from '@learnflow/platform';
import { type Caller, findExercise, replyExercise, visibleTo } from './find-exercise.ts';
import { requestHint } from './request-hint.ts';

/** "Can you give me a hint?", "I'm stuck on the fizzbuzz one": asking for help, not for a new exercise. */
export const ASKS_FOR_HINT =
  /\bhints?\b|\bclue\b|\bnudge\b|\bstuck\b|\bcan'?t (?:solve|do|finish|figure out|get) (?:it|this|the|my)\b/i;

// Words of three letters or more that say nothing about which exercise a title names.
const PLAIN_WORDS = new Set('the and for with from into that this exercise function its two one'.split(' '));
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !PLAIN_WORDS.has(word));

/**
 * The exercise the message names by its title ("stuck on the shopping total one", "fizz buzz"), among those
 * the caller may see: the one with the largest share of its title's words in the message (at least half, and
 * two words of a longer title), and no other as good. Undefined when none is named.
 */
export async function exerciseNamed(deps: ServiceDeps, caller: Caller, message: string) {
  const said = new Set(wordsOf(message));
  const squashed = message.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const rows = await deps.db
    .selectFrom('exercises')
    .select(['id', 'title'])
    .where(visibleTo(caller))
    .execute();
  const scored = rows
    .map((row) => {
      const words = wordsOf(row.title);
      const found = words.filter((word) => said.has(word) || squashed.includes(word)).length;
      // One word may name a one-word title ("FizzBuzz"); a longer one needs two ("give" alone is no "Give change").
      return {
        id: row.id,
        found,
        needed: Math.min(2, words.length),
        share: found / Math.max(words.length, 1),
      };
    })
    .filter((row) => row.needed > 0 && row.found >= row.needed && row.share >= 0.5)
    .sort((a, b) => b.share - a.share);
  const [best, next] = scored;
  return best && (!next || next.share < best.share) ? best.id : undefined;
}

/** The exercise the student worked on last (a submission or a hint) and has not solved yet. */
async function lastOpenExercise(deps: ServiceDeps, userId: string): Promise<string | undefined> {
  const solved = deps.db
    .selectFrom('submissions')
    .select('exercise_id')
    .where('user_id', '=', userId)
    .where('passed', '=', true);
  const touched = await deps.db
    .selectFrom('submissions')
    .select(['exercise_id', 'created_at as at'])
    .where('user_id', '=', userId)
    .where('exercise_id', 'not in', solved)
    .unionAll(
      deps.db
        .selectFrom('exercise_hints')
        .select(['exercise_id', 'updated_at as at'])
        .where('user_id', '=', userId)
        .where('exercise_id', 'not in', solved),
    )
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return touched?.exercise_id;
}

/** The exercises a chat message can be about without naming one. */
export interface ShownExercises {
  /** The exercise open beside the chat (its page). */
  openId?: string;
  /** The exercise the tutor's last reply gave. */
  lastExerciseId?: string;
}

/**
 * The exercise a chat message is about: the one it names by title, else the one open beside the chat, else the
 * one the last reply gave, else the one the student is working on (last submitted to or asked a hint for,
 * unsolved).
 */
export async function exerciseMeant(
  deps: ServiceDeps,
  caller: Caller,
  message: string,
  shown: ShownExercises,
): Promise<string | undefined> {
  return (
    (await exerciseNamed(deps, caller, message)) ??
    shown.openId ??
    shown.lastExerciseId ??
    (await lastOpenExercise(deps, caller.id))
  );
}

/** Said before the hint when the student asked how to start. */
const WAY_IN =
  'A good way in: read the prompt once more, write the smallest piece, and run it. Here is the next hint.';

/** Said before the hint when the student asked for the worked answer. */
const NO_SOLUTION =
  "I won't hand you the solution: working it out is what makes it stick, and the exercise counts towards your mastery. Here is the next hint instead.";

/**
 * The next hint of the exercise the message is about (`exerciseMeant`), with where it stands on the ladder; or,
 * when there is none, what to do instead. A request for the solution (`refusing`) gets the hint with why it is
 * not the solution; "how should I start?" (`starting`) gets it as a way in.
 */
export async function hintReply(
  deps: ServiceDeps,
  caller: Caller,
  message: string,
  options: ShownExercises & { refusing?: boolean; starting?: boolean } = {},
): Promise<{ text: string; data: Record<string, unknown> }> {
  const exerciseId = await exerciseMeant(deps, caller, message, options);
  if (!exerciseId)
    return {
      text: `${options.refusing ? "I won't hand out solutions, but I can help you get there. " : ''}Which exercise is it? Open it and press **Hint** there, or paste your code here and tell me what it should do: I will point you to where to look.`,
      data: { hint: null },
    };
  const hint = await requestHint(deps, caller, exerciseId);
  const exercise = replyExercise(await findExercise(deps, caller, exerciseId));
  const more = hint.last ? 'That was the last hint: the rest is yours.' : 'Ask again for the next one.';
  return {
    text: `${options.refusing ? `${NO_SOLUTION}\n\n` : options.starting ? `${WAY_IN}\n\n` : ''}Hint ${hint.level} of ${hint.hintsTotal} for [${exercise.title}](/exercises/${exerciseId}): ${hint.hint}\n\n${more}`,
    // The exercise stays the conversation's (`lastExercise`): "is this right?" or "a harder one" follow it.
    data: { ...exercise, ...hint },
  };
}
