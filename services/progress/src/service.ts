import {
  ErrorBodySchema,
  ProgressSchema,
  StudentParamsSchema,
  StudentProgressSchema,
  TOPICS,
} from '@learnflow/contracts';
import {
  accountSubscription,
  defineService,
  exerciseSubscription,
  rosterSubscription,
  type ServiceDefinition,
} from '@learnflow/platform';
import { handleLearningEvent } from './handle-learning-event.ts';
import { DEFAULT_PROGRESS_OPTIONS, type ProgressOptions } from './progress-options.ts';
import { getProgress, getStudentProgress } from './progress-view.ts';
import { scanTimers } from './scan-timers.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** The progress service; tests pass a clock and short timers, `learnflow` uses the defaults. */
export function createProgressService(overrides: Partial<ProgressOptions> = {}): ServiceDefinition {
  const options: ProgressOptions = { ...DEFAULT_PROGRESS_OPTIONS, ...overrides };
  return defineService({
    id: 'progress',
    port: 8106,
    description: 'Mastery, streaks and struggle detection from learning events.',
    owns: [
      'progress',
      'activity_days',
      'learning_facts',
      'student_streaks',
      'exercise_sessions',
      'struggle_episodes',
      'user_progress_summary',
      'progress_rosters',
      'progress_accounts',
      'progress_exercises',
    ],
    personal: {
      progress: ['user_id'],
      activity_days: ['user_id'],
      learning_facts: ['user_id'],
      student_streaks: ['user_id'],
      exercise_sessions: ['user_id'],
      struggle_episodes: ['user_id'],
      progress_rosters: ['student_id', 'teacher_id'],
      progress_accounts: ['id'],
      progress_exercises: ['created_by'],
    },
    publishes: [TOPICS.progressUpdates.name, TOPICS.struggleDetected.name],
    routes(app, deps) {
      app.get(
        '/api/progress',
        { schema: { tags: ['progress'], response: { 200: ProgressSchema, ...errors } } },
        async (request) => {
          const user = await deps.auth.require(request);
          return getProgress(deps, options, user.id);
        },
      );
      app.get(
        '/api/teacher/students/:id/progress',
        {
          schema: {
            tags: ['teacher'],
            params: StudentParamsSchema,
            response: { 200: StudentProgressSchema, ...errors },
          },
        },
        async (request) => {
          const teacher = await deps.auth.require(request, 'teacher');
          return getStudentProgress(deps, options, teacher.id, request.params.id);
        },
      );
    },
    subscriptions: [
      {
        topics: [TOPICS.exerciseGraded.name, TOPICS.progressEvents.name, TOPICS.codeExecutionResults.name],
        transactional: true,
        background: true,
        handle: (deps, { transaction, ...learning }) =>
          handleLearningEvent(deps, options, learning, transaction),
      },
      rosterSubscription('progress_rosters'),
      accountSubscription('progress_accounts'),
      exerciseSubscription('progress_exercises'),
    ],
    start(deps) {
      let running: Promise<void> | null = null;
      const timer = setInterval(() => {
        // A slow scan is not stacked on: the next tick after it finishes runs again.
        if (running) return;
        running = scanTimers(deps, options)
          .catch((error: unknown) => deps.log.error({ err: error }, 'progress timer scan failed'))
          .finally(() => {
            running = null;
          });
      }, options.scanIntervalMs);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
  });
}

export const progress = createProgressService();
