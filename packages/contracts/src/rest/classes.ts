import { z } from 'zod';

const CLASS_NAME = z
  .string()
  .trim()
  .min(1, 'a class needs a name, e.g. "Period 3 Python"')
  .max(120, 'a class name is at most 120 characters');
/** How long a join code works; 14 days when absent. */
const EXPIRES_IN_DAYS = z.number().int().min(1).max(365).optional();

export const ClassBodySchema = z.strictObject({ name: CLASS_NAME, codeExpiresInDays: EXPIRES_IN_DAYS });
export type ClassBody = z.infer<typeof ClassBodySchema>;

/** A new join code for the class: the old one stops working at once. */
export const JoinCodeBodySchema = z.strictObject({ codeExpiresInDays: EXPIRES_IN_DAYS });

export const ClassParamsSchema = z.strictObject({ id: z.uuid('a class id (uuid)') });
export const ClassStudentParamsSchema = z.strictObject({
  id: z.uuid('a class id (uuid)'),
  studentId: z.uuid('a student id (uuid)'),
});

/** A class as its teacher sees it: the join code and link, and who joined. */
export const TeacherClassSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** Null for a class made before join codes (rotate to get one). */
  joinCode: z.string().nullable(),
  /** The path a student opens to join: `/join/<code>`. */
  joinPath: z.string().nullable(),
  joinCodeExpiresAt: z.string().nullable(),
  students: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), joinedAt: z.string() })),
});
export type TeacherClass = z.infer<typeof TeacherClassSchema>;
export const TeacherClassListSchema = z.object({ classes: z.array(TeacherClassSchema) });
export type TeacherClassList = z.infer<typeof TeacherClassListSchema>;

export const JoinClassBodySchema = z.strictObject({
  code: z
    .string()
    .regex(/\S/, 'type the join code your teacher gave you, e.g. K7QM-2XHP')
    .trim()
    .max(40, 'a join code is 9 characters like K7QM-2XHP'),
});
/** The class a student joined, and its teacher. */
export const JoinedClassSchema = z.object({ id: z.string(), name: z.string(), teacher: z.string() });
export type JoinedClass = z.infer<typeof JoinedClassSchema>;

/** `?exerciseId=`: the gradebook of one assignment only. */
export const GradebookQuerySchema = z.strictObject({
  exerciseId: z.uuid('an exercise id (uuid) of one of the class assignments').optional(),
});

/** A class's gradebook: each assignment (an exercise the teacher assigned) and each student's best score. */
export const GradebookSchema = z.object({
  class: z.object({ id: z.string(), name: z.string() }),
  pointsPossible: z.number(),
  assignments: z.array(z.object({ exerciseId: z.string(), title: z.string() })),
  /** `scores[i]` is the best score for `assignments[i]`; null when never submitted. */
  students: z.array(
    z.object({ id: z.string(), name: z.string(), email: z.string(), scores: z.array(z.number().nullable()) }),
  ),
});
export type Gradebook = z.infer<typeof GradebookSchema>;

/** The gradebook as a Canvas import CSV (text/csv): see docs/gradebook-export.md. */
export const GradebookCsvSchema = z.string().describe('text/csv in the Canvas gradebook import format');
