import {
  AlertDetailSchema,
  AlertListQuerySchema,
  AlertListSchema,
  AlertParamsSchema,
  AlertSchema,
  ErrorBodySchema,
  HintBodySchema,
  HintSentSchema,
  NotificationListSchema,
  TOPICS,
} from '@learnflow/contracts';
import {
  accountSubscription,
  applyRosterChange,
  defineService,
  exerciseSubscription,
  submissionSubscription,
} from '@learnflow/platform';
import { getAlertDetail } from './alert-detail.ts';
import { listAlerts, resolveAlert } from './alerts.ts';
import { noticeAssignment } from './notice-assignment.ts';
import { listNotifications } from './notices.ts';
import { quizAttemptSubscription } from './quiz-attempts.ts';
import { raiseAlert } from './raise-alert.ts';
import { runSubscription } from './run-read-model.ts';
import { sendHint } from './send-hint.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** Struggle alerts for teachers, notices for students (assignments, hints), and their live delivery. */
export const notification = defineService({
  id: 'notification',
  port: 8109,
  description: 'Teacher alerts from struggle episodes; notices to students; their live delivery.',
  owns: [
    'alerts',
    'notifications',
    'notification_rosters',
    'notification_accounts',
    'notification_exercises',
    'notification_submissions',
    'notification_quiz_attempts',
    'notification_runs',
    'struggling_students',
  ],
  personal: {
    alerts: ['student_id', 'resolved_by'],
    notifications: ['user_id'],
    notification_rosters: ['student_id', 'teacher_id'],
    notification_accounts: ['id'],
    notification_exercises: ['created_by'],
    notification_submissions: ['user_id'],
    notification_quiz_attempts: ['user_id'],
    notification_runs: ['user_id'],
  },
  publishes: [TOPICS.notifications.name, TOPICS.alertChanges.name],
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
        return resolveAlert(deps, teacher.id, request.params.id, request.id);
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
      topics: [TOPICS.struggleDetected.name, TOPICS.exerciseAssignments.name, TOPICS.classroomRosters.name],
      transactional: true,
      handle: (deps, delivery) => {
        if (delivery.topic === TOPICS.struggleDetected.name)
          return raiseAlert(deps.db, delivery.event, delivery.transaction);
        if (delivery.topic === TOPICS.exerciseAssignments.name)
          return noticeAssignment(delivery.event, delivery.transaction);
        const change = delivery.event.data;
        return delivery.transaction((tx) => applyRosterChange(tx.db, 'notification_rosters', change));
      },
    },
    accountSubscription('notification_accounts'),
    exerciseSubscription('notification_exercises'),
    submissionSubscription('notification_submissions'),
    quizAttemptSubscription,
    runSubscription,
  ],
});
