import {
  AssignmentBodySchema,
  AssignmentsCreatedSchema,
  ErrorBodySchema,
  ReplayQuerySchema,
  ReplaySchema,
  RosterSchema,
  StudentAssignmentsSchema,
  StudentDetailSchema,
  StudentParamsSchema,
  TOPICS,
} from '@learnflow/contracts';
import {
  accountSubscription,
  defineService,
  exerciseSubscription,
  masterySubscription,
  submissionSubscription,
} from '@learnflow/platform';
import { alertSubscription } from './alert-read-model.ts';
import { completeAssignment, createAssignments, listAssignments } from './assignments.ts';
import { chatSubscription } from './chat-read-model.ts';
import { classRoutes } from './class-routes.ts';
import { departureSubscription } from './departures.ts';
import { errorSubscription } from './error-read-model.ts';
import { getRoster } from './roster.ts';
import { getSessionReplay } from './session-replay.ts';
import { getStudentDetail } from './student-detail.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** Classes and their rosters, assignments, and the teacher's views of their own students. */
export const classroom = defineService({
  id: 'classroom',
  port: 8110,
  description: 'Classes, rosters and assignments; the teacher sees their own students.',
  owns: [
    'classes',
    'enrollments',
    'classroom_roster',
    'assignments',
    'departed_mastery',
    'classroom_mastery',
    'classroom_accounts',
    'classroom_exercises',
    'classroom_submissions',
    'classroom_chat',
    'classroom_alerts',
    'classroom_errors',
  ],
  personal: {
    classes: ['teacher_id'],
    enrollments: ['student_id'],
    assignments: ['student_id', 'assigned_by'],
    classroom_mastery: ['user_id'],
    classroom_accounts: ['id'],
    classroom_exercises: ['created_by'],
    classroom_submissions: ['user_id'],
    classroom_chat: ['user_id'],
    classroom_alerts: ['student_id'],
    classroom_errors: ['user_id'],
  },
  publishes: [TOPICS.exerciseAssignments.name, TOPICS.classroomRosters.name, TOPICS.classroomClasses.name],
  routes(app, deps) {
    classRoutes(app, deps);
    app.get(
      '/api/teacher/students',
      { schema: { tags: ['teacher'], response: { 200: RosterSchema, ...errors } } },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return getRoster(deps, teacher.id);
      },
    );
    app.get(
      '/api/teacher/students/:id',
      {
        schema: {
          tags: ['teacher'],
          params: StudentParamsSchema,
          response: { 200: StudentDetailSchema, ...errors },
        },
      },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return getStudentDetail(deps, teacher.id, request.params.id);
      },
    );
    app.get(
      '/api/teacher/students/:id/replay',
      {
        schema: {
          tags: ['teacher'],
          params: StudentParamsSchema,
          querystring: ReplayQuerySchema,
          response: { 200: ReplaySchema, ...errors },
        },
      },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return getSessionReplay(deps, teacher.id, request.params.id, request.query.exerciseId);
      },
    );
    app.post(
      '/api/teacher/assignments',
      {
        schema: {
          tags: ['teacher'],
          body: AssignmentBodySchema,
          response: { 201: AssignmentsCreatedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return reply.code(201).send(await createAssignments(deps, teacher, request.body, request.id));
      },
    );
    app.get(
      '/api/assignments',
      { schema: { tags: ['exercises'], response: { 200: StudentAssignmentsSchema, ...errors } } },
      async (request) => {
        const user = await deps.auth.require(request);
        return listAssignments(deps, user.id);
      },
    );
  },
  subscriptions: [
    {
      topics: [TOPICS.exerciseGraded.name],
      transactional: true,
      background: true,
      handle: (_deps, { event, transaction }) => completeAssignment(event, transaction),
    },
    masterySubscription('classroom_mastery'),
    accountSubscription('classroom_accounts'),
    exerciseSubscription('classroom_exercises'),
    submissionSubscription('classroom_submissions'),
    chatSubscription,
    alertSubscription,
    errorSubscription,
    departureSubscription,
  ],
});
