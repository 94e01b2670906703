import { randomInt } from 'node:crypto';
import type { Difficulty, GeneratedExerciseResult } from '@learnflow/contracts';
import { appError, type ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import {
  adaptDifficulty,
  type ExerciseGenerator,
  GenerationFailedError,
  generateValidatedExercise,
} from '@learnflow/tutor';
import { type Caller, topicId } from './find-exercise.ts';
import { toDetail } from './get-exercise.ts';
import { publishExercise } from './publish-exercise.ts';
import { type StudentProfile, studentProfile } from './student-profile.ts';

export interface GenerateRequest {
  topic: string;
  difficulty: Difficulty;
  seed?: number | undefined;
  /** A student's level and recent errors when the caller already knows them (the chat path). */
  profile?: StudentProfile;
}

/**
 * Generates an exercise offline, validated in the sandbox before anyone sees it, stores it
 * (`source = 'generated'`, created by the caller) and returns it to the caller.
 * For a student it is fitted to their level on the topic and points out their most common
 * recent error; a teacher gets exactly the difficulty asked for.
 */
export async function generateExercise(
  deps: ServiceDeps,
  generator: ExerciseGenerator,
  caller: Caller,
  request: GenerateRequest,
  correlationId: string,
): Promise<GeneratedExerciseResult> {
  const topic = await topicId(deps, request.topic);
  if (!generator.supports(request.topic))
    throw appError('GENERATION_FAILED', `There is no exercise template for "${request.topic}" yet.`);
  const profile =
    caller.role === 'student'
      ? (request.profile ?? (await studentProfile(deps, caller.id, request.topic)))
      : null;
  const adapted = profile
    ? adaptDifficulty(request.difficulty, profile.level)
    : { difficulty: request.difficulty, reason: null };
  const focusError = profile?.focusError ?? null;
  const seed = request.seed ?? randomInt(0, 2_147_483_647);
  const sandbox = await deps.resources.get(sandboxResource);
  let generated: Awaited<ReturnType<typeof generateValidatedExercise>>;
  try {
    generated = await generateValidatedExercise(generator, sandbox, {
      topic: request.topic,
      difficulty: adapted.difficulty,
      seed,
      focusError,
    });
  } catch (error) {
    if (!(error instanceof GenerationFailedError)) throw error;
    deps.log.warn({ topic: request.topic, attempts: error.attempts }, 'generated exercise refused');
    throw appError('GENERATION_FAILED', `${error.message}. Try again, or pick another topic or difficulty.`);
  }
  const { definition } = generated;
  const row = await deps.events.transaction(async (tx) => {
    const made = await tx.db
      .insertInto('exercises')
      .values({
        slug: null,
        topic_id: topic.id,
        difficulty: definition.difficulty,
        title: definition.title,
        prompt: definition.prompt,
        starter_code: definition.starterCode,
        solution: definition.solution,
        hints: JSON.stringify(definition.hints),
        tests: JSON.stringify(definition.tests),
        source: 'generated',
        created_by: caller.id,
        generation: JSON.stringify({
          ...generated.provenance,
          attempts: generated.attempts,
          requestedDifficulty: request.difficulty,
          focusError,
        }),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await publishExercise(
      tx,
      {
        exerciseId: made.id,
        title: definition.title,
        topic: request.topic,
        difficulty: definition.difficulty,
        source: 'generated',
        classId: null,
        createdBy: caller.id,
        createdAt: new Date(made.created_at).toISOString(),
      },
      correlationId,
    );
    return made;
  });
  return {
    ...toDetail({ id: row.id, source: 'generated', definition }, 0, undefined, caller.role === 'teacher'),
    requestedDifficulty: request.difficulty,
    adaptation: adapted.reason,
    focusError,
  };
}
