import {
  AlertDetailSchema,
  AlertListQuerySchema,
  AlertListSchema,
  AlertParamsSchema,
  AlertSchema,
  AssignmentBodySchema,
  AssignmentsCreatedSchema,
  ErrorBodySchema,
  HintBodySchema,
  HintSentSchema,
  NotificationListSchema,
  ReplayQuerySchema,
  ReplaySchema,
  StudentAssignmentsSchema,
  StudentDetailSchema,
  StudentParamsSchema,
  TOPICS,
} from '@learnflow/contracts';
import { defineService } from '@learnflow/platform';
import { getAlertDetail } from './alert-detail.ts';
import { listAlerts, resolveAlert } from './alerts.ts';
import { createAssignments, listAssignments, noticeAssignment } from './assignments.ts';
import { listNotifications } from './notices.ts';
import { raiseAlert } from './raise-alert.ts';
import { sendHint } from './send-hint.ts';
import { getSessionReplay } from './session-replay.ts';
import { getStudentDetail } from './student-detail.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** Struggle alerts for teachers, assignment notices for students, and the routes that read them. */
export const notification = defineService({
  id: 'notification',
  port: 8109,
  description: 'Teacher alerts from struggle episodes, assignments and notices.',
  owns: ['alerts', 'notifications', 'assignments', 'struggling_students'],
  publishes: [TOPICS.exerciseAssignments.name, TOPICS.notifications.name],
  routes(app, deps) {
    app.get(
      '/api/teacher/alerts',
      {
        schema: {
          tags: ['teacher'],
          querystring: AlertListQuerySchema,
          response: { 200: AlertListSchema, ...errors },
        },
      },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return listAlerts(deps, teacher.id, request.query.status);
      },
    );
    app.get(
      '/api/teacher/alerts/:id',
      {
        schema: {
          tags: ['teacher'],
          params: AlertParamsSchema,
          response: { 200: AlertDetailSchema, ...errors },
        },
      },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return getAlertDetail(deps, teacher.id, request.params.id);
      },
    );
    app.post(
      '/api/teacher/alerts/:id/hint',
      {
        schema: {
          tags: ['teacher'],
          params: AlertParamsSchema,
          body: HintBodySchema,
          response: { 201: HintSentSchema, ...errors },
        },
      },
      async (request, reply) => {
        const teacher = await deps.auth.require(request, 'teacher');
        const sent = await sendHint(deps, teacher, request.params.id, request.body.message, request.id);
        return reply.code(201).send(sent);
      },
    );
    app.post(
      '/api/teacher/alerts/:id/resolve',
      { schema: { tags: ['teacher'], params: AlertParamsSchema, response: { 200: AlertSchema, ...errors } } },
      async (request) => {
        const teacher = await deps.auth.require(request, 'teacher');
        return resolveAlert(deps, teacher.id, request.params.id);
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
    app.get(
      '/api/assignments',
      { schema: { tags: ['exercises'], response: { 200: StudentAssignmentsSchema, ...errors } } },
      async (request) => {
        const user = await deps.auth.require(request);
        return listAssignments(deps, user.id);
      },
    );
    app.get(
      '/api/notifications',
      { schema: { tags: ['notifications'], response: { 200: NotificationListSchema, ...errors } } },
      async (request) => {
        const user = await deps.auth.require(request);
        return listNotifications(deps, user.id);
      },
    );
  },
  subscriptions: [
    {
      topics: [TOPICS.struggleDetected.name, TOPICS.exerciseAssignments.name],
      transactional: true,
      handle: (deps, delivery) =>
        delivery.topic === TOPICS.struggleDetected.name
          ? raiseAlert(delivery.event, delivery.transaction)
          : noticeAssignment(deps, delivery.event, delivery.transaction),
    },
  ],
});
