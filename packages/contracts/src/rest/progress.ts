import { z } from 'zod';
import { LevelSchema } from '../mastery-level.ts';

/** The four parts of a topic's mastery, each 0-100 (see services/progress/README.md). */
export const MasteryComponentsSchema = z.object({
  exercises: z.number().min(0).max(100),
  quizzes: z.number().min(0).max(100),
  quality: z.number().min(0).max(100),
  consistency: z.number().min(0).max(100),
});
export type MasteryComponents = z.infer<typeof MasteryComponentsSchema>;

export const TopicProgressSchema = z.object({
  topic: z.string(),
  /** A whole number 0-100: 40% exercises + 30% quizzes + 20% quality + 10% consistency, rounded half-up. */
  mastery: z.number().int().min(0).max(100),
  level: LevelSchema,
  components: MasteryComponentsSchema,
});
export type TopicProgress = z.infer<typeof TopicProgressSchema>;

export const NextTopicSchema = z.object({
  topic: z.string(),
  title: z.string(),
  /** `continue`: a started topic below Proficient; `start`: the next topic not started yet. */
  reason: z.enum(['continue', 'start']),
});

export const ProgressSchema = z.object({
  /** Consecutive local days with activity, ending today or yesterday (0 when broken). */
  streak: z.number().int().min(0),
  topics: z.array(TopicProgressSchema),
  nextTopic: NextTopicSchema.nullable(),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const StudentParamsSchema = z.strictObject({ id: z.uuid('a student id (uuid)') });

export const StudentProgressSchema = ProgressSchema.extend({
  student: z.object({ id: z.string(), name: z.string() }),
});
export type StudentProgress = z.infer<typeof StudentProgressSchema>;
