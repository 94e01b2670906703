import { z } from 'zod';
import { DifficultySchema } from '../content.ts';
import { AlertStatusSchema, PersonRefSchema, StruggleEvidenceSchema } from '../events.ts';
import { ChatRoleSchema } from './chat.ts';

/** A struggle alert as a teacher sees it. */
export const AlertSchema = z.object({
  id: z.string(),
  student: PersonRefSchema,
  topic: z.string().nullable(),
  trigger: z.string(),
  status: AlertStatusSchema,
  createdAt: z.string(),
  details: z.record(z.string(), z.unknown()),
  /** Why it fired: the facts the rule counted, stored when the alert was raised. */
  evidence: z.array(StruggleEvidenceSchema),
  resolvedAt: z.string().nullable(),
});
export type Alert = z.infer<typeof AlertSchema>;

export const AlertListQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved', 'all']).default('all'),
});

export const AlertListSchema = z.object({ alerts: z.array(AlertSchema) });
export type AlertList = z.infer<typeof AlertListSchema>;

export const AlertParamsSchema = z.strictObject({ id: z.uuid('an alert id (uuid)') });

export const AssignmentBodySchema = z.strictObject({
  exerciseId: z.uuid('an exercise id (uuid)'),
  studentIds: z.array(z.uuid('a student id (uuid)')).min(1).max(200),
  dueAt: z.iso.datetime({ offset: true }).optional(),
});
export type AssignmentBody = z.infer<typeof AssignmentBodySchema>;

export const AssignmentsCreatedSchema = z.object({
  assignments: z.array(
    z.object({
      id: z.string(),
      exerciseId: z.string(),
      studentId: z.string(),
      createdAt: z.string(),
      /** False when the student already had this exercise assigned (nothing new was sent). */
      created: z.boolean(),
    }),
  ),
});
export type AssignmentsCreated = z.infer<typeof AssignmentsCreatedSchema>;

export const StudentAssignmentsSchema = z.object({
  assignments: z.array(
    z.object({
      id: z.string(),
      exerciseId: z.string(),
      title: z.string(),
      topic: z.string(),
      difficulty: DifficultySchema,
      assignedBy: PersonRefSchema,
      createdAt: z.string(),
      dueAt: z.string().nullable(),
      completed: z.boolean(),
    }),
  ),
});
export type StudentAssignments = z.infer<typeof StudentAssignmentsSchema>;

export const NotificationListSchema = z.object({
  notifications: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      payload: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** The teacher's drill-down into one student. */
export const StudentDetailSchema = z.object({
  student: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  recentErrors: z.array(
    z.object({ type: z.string(), line: z.number().nullable(), topic: z.string().nullable(), at: z.string() }),
  ),
  recentSubmissions: z.array(
    z.object({
      id: z.string(),
      exerciseId: z.string(),
      title: z.string(),
      topic: z.string(),
      passed: z.boolean(),
      score: z.number(),
      at: z.string(),
    }),
  ),
  openAlerts: z.array(AlertSchema),
  chat: z.array(
    z.object({
      role: ChatRoleSchema,
      content: z.string(),
      topic: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type StudentDetail = z.infer<typeof StudentDetailSchema>;
