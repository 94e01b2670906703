import {
  ErrorBodySchema,
  ExerciseDetailQuerySchema,
  ExerciseDetailSchema,
  ExerciseListQuerySchema,
  ExerciseListSchema,
  ExerciseParamsSchema,
  GeneratedExerciseSchema,
  GenerateExerciseBodySchema,
  HintResultSchema,
  QuizAttemptBodySchema,
  QuizAttemptResultSchema,
  QuizCheckBodySchema,
  QuizCheckResultSchema,
  QuizListQuerySchema,
  QuizListSchema,
  QuizParamsSchema,
  QuizSchema,
  SubmissionBodySchema,
  SubmissionResultSchema,
  TOPICS,
} from '@learnflow/contracts';
import {
  defineService,
  masterySubscription,
  rosterSubscription,
  runErrorSubscription,
} from '@learnflow/platform';
import { createTemplateGenerator, type ExerciseGenerator, loadRuff } from '@learnflow/tutor';
import { answerExerciseRequest } from './answer-exercise-request.ts';
import { applyAssignment } from './apply-assignment.ts';
import { applyClassChange } from './apply-class-change.ts';
import { attemptQuiz } from './attempt-quiz.ts';
import { authoringRoutes } from './authoring-routes.ts';
import { BackgroundChecks } from './background-checks.ts';
import { checkQuizAnswer } from './check-quiz-answer.ts';
import { generateExercise } from './generate-exercise.ts';
import { getExercise } from './get-exercise.ts';
import { listExercises } from './list-exercises.ts';
import { findQuiz, listQuizzes } from './list-quizzes.ts';
import { requestHint } from './request-hint.ts';
import { submitSolution } from './submit-solution.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  429: ErrorBodySchema,
  503: ErrorBodySchema,
};

export interface ExerciseAgentOptions {
  /**
   * Writes candidate exercises; every candidate is validated in the sandbox before use. The
   * offline template generator by default; an LLM-backed `ExerciseGenerator` plugs in here
   * once `LEARNFLOW_LLM_*` reaches this service's config.
   */
  generator?: ExerciseGenerator;
}

/** Practice: the exercise bank, generated and teacher-authored exercises, grading, hints and quizzes. */
export function createExerciseAgent(options: ExerciseAgentOptions = {}) {
  const generator = options.generator ?? createTemplateGenerator();
  const checks = new BackgroundChecks();
  return defineService({
    id: 'exercise-agent',
    port: 8105,
    description:
      'Exercises (bank, generated and teacher-authored, validated in the sandbox), grading, hints and quizzes.',
    owns: [
      'exercises',
      'exercise_drafts',
      'exercise_hints',
      'submissions',
      'quizzes',
      'quiz_attempts',
      'quiz_checks',
      'exercise_rosters',
      'exercise_classes',
      'exercise_assignments',
      'exercise_run_errors',
      'exercise_mastery',
    ],
    personal: {
      exercises: ['created_by'],
      exercise_drafts: ['teacher_id'],
      exercise_hints: ['user_id'],
      submissions: ['user_id'],
      quiz_attempts: ['user_id'],
      quiz_checks: ['user_id'],
      exercise_rosters: ['student_id', 'teacher_id'],
      exercise_classes: ['teacher_id'],
      exercise_assignments: ['student_id', 'assigned_by'],
      exercise_run_errors: ['user_id'],
      exercise_mastery: ['user_id'],
    },
    publishes: [
      TOPICS.learningResponses.name,
      TOPICS.exerciseGraded.name,
      TOPICS.progressEvents.name,
      TOPICS.exerciseCatalog.name,
    ],
    routes(app, deps) {
      authoringRoutes(app, deps, checks);
      app.get(
        '/api/exercises',
        {
          schema: {
            tags: ['exercises'],
            querystring: ExerciseListQuerySchema,
            response: { 200: ExerciseListSchema, ...errors },
          },
        },
        async (request) => listExercises(deps, await deps.auth.require(request), request.query.topic),
      );
      app.post(
        '/api/exercises/generate',
        {
          schema: {
            tags: ['exercises'],
            body: GenerateExerciseBodySchema,
            response: { 201: GeneratedExerciseSchema, 422: ErrorBodySchema, ...errors },
          },
        },
        async (request, reply) => {
          const caller = await deps.auth.require(request);
          const body = request.body;
          const made = await generateExercise(deps, generator, caller, body, request.id);
          return reply.code(201).send(made);
        },
      );
      app.get(
        '/api/exercises/:id',
        {
          schema: {
            tags: ['exercises'],
            params: ExerciseParamsSchema,
            querystring: ExerciseDetailQuerySchema,
            response: { 200: ExerciseDetailSchema, ...errors },
          },
        },
        async (request) =>
          getExercise(deps, await deps.auth.require(request), request.params.id, request.query.include),
      );
      app.post(
        '/api/exercises/:id/submissions',
        {
          schema: {
            tags: ['exercises'],
            params: ExerciseParamsSchema,
            body: SubmissionBodySchema,
            response: { 200: SubmissionResultSchema, ...errors },
          },
        },
        async (request) => {
          const caller = await deps.auth.require(request);
          const code = request.body.code;
          return submitSolution(deps, { caller, exerciseId: request.params.id, code }, request.id);
        },
      );
      app.post(
        '/api/exercises/:id/hints',
        {
          schema: {
            tags: ['exercises'],
            params: ExerciseParamsSchema,
            response: { 200: HintResultSchema, ...errors },
          },
        },
        async (request) => requestHint(deps, await deps.auth.require(request), request.params.id),
      );
      app.get(
        '/api/quizzes',
        {
          schema: {
            tags: ['quizzes'],
            querystring: QuizListQuerySchema,
            response: { 200: QuizListSchema, ...errors },
          },
        },
        async (request) => {
          await deps.auth.require(request);
          return listQuizzes(deps, request.query.topic);
        },
      );
      app.get(
        '/api/quizzes/:id',
        { schema: { tags: ['quizzes'], params: QuizParamsSchema, response: { 200: QuizSchema, ...errors } } },
        async (request) => {
          await deps.auth.require(request);
          return (await findQuiz(deps, request.params.id)).quiz;
        },
      );
      app.post(
        '/api/quizzes/:id/check',
        {
          schema: {
            tags: ['quizzes'],
            params: QuizParamsSchema,
            body: QuizCheckBodySchema,
            response: { 200: QuizCheckResultSchema, ...errors },
          },
        },
        async (request) =>
          checkQuizAnswer(deps, await deps.auth.require(request), request.params.id, request.body),
      );
      app.post(
        '/api/quizzes/:id/attempts',
        {
          schema: {
            tags: ['quizzes'],
            params: QuizParamsSchema,
            body: QuizAttemptBodySchema,
            response: { 200: QuizAttemptResultSchema, ...errors },
          },
        },
        async (request) =>
          attemptQuiz(
            deps,
            await deps.auth.require(request),
            request.params.id,
            request.body.answers,
            request.id,
          ),
      );
    },
    // Ruff's WASM compiles synchronously: pay for it at boot, not in the middle of a student's request.
    async start() {
      await loadRuff();
      return () => checks.settle();
    },
    subscriptions: [
      {
        topics: [TOPICS.exerciseRequests.name],
        async handle(deps, { event }) {
          await answerExerciseRequest(deps, generator, event.data, event.correlationid);
        },
      },
      rosterSubscription('exercise_rosters'),
      runErrorSubscription('exercise_run_errors'),
      masterySubscription('exercise_mastery'),
      // Its read models of classroom's classes and assignments, each change applied in the
      // transaction that marks it handled.
      {
        group: 'classroom',
        topics: [TOPICS.classroomClasses.name, TOPICS.exerciseAssignments.name],
        transactional: true,
        background: true,
        handle: (_deps, delivery) => {
          if (delivery.topic === TOPICS.classroomClasses.name) {
            const change = delivery.event.data;
            return delivery.transaction((tx) => applyClassChange(tx.db, change));
          }
          const assignment = delivery.event.data;
          return delivery.transaction((tx) => applyAssignment(tx.db, assignment));
        },
      },
    ],
  });
}

export const exerciseAgent = createExerciseAgent();
