import { z } from 'zod';
import { PersonRefSchema } from './events.ts';
import { AlertSchema } from './rest/alerts.ts';
import { StudentProgressSchema } from './rest/progress.ts';

/**
 * The inputs and outputs of the `learnflow mcp` tools (docs/mcp.md) that the REST schemas do not
 * already give. Each tool calls the platform's HTTP API, so these reshape API answers only.
 */
export const StrugglingStudentsInputSchema = z.strictObject({
  classId: z
    .uuid('a class id (uuid) from list_classes')
    .optional()
    .describe('Only this class (from list_classes); all of your classes when absent.'),
});
export type StrugglingStudentsInput = z.infer<typeof StrugglingStudentsInputSchema>;

/** Students with open alerts, the longest-waiting alert first within each student. */
export const StrugglingStudentsSchema = z.object({
  students: z.array(
    z.object({
      student: PersonRefSchema,
      alerts: z.array(AlertSchema.pick({ id: true, topic: true, trigger: true, createdAt: true })),
    }),
  ),
});
export type StrugglingStudents = z.infer<typeof StrugglingStudentsSchema>;

export const StudentInputSchema = z.strictObject({
  studentId: z.uuid('a student id (uuid) from list_classes or list_struggling_students'),
});
export type StudentInput = z.infer<typeof StudentInputSchema>;

/** One student's mastery per topic (as `/progress` answers) and their open alerts. */
export const StudentOverviewSchema = StudentProgressSchema.extend({
  email: z.string(),
  openAlerts: z.array(AlertSchema),
});
export type StudentOverview = z.infer<typeof StudentOverviewSchema>;

export const AlertInputSchema = z.strictObject({
  alertId: z.uuid('an alert id (uuid) from list_struggling_students or get_student_progress'),
});
export type AlertInput = z.infer<typeof AlertInputSchema>;
