import { z } from 'zod';
import { LessonSchema } from '../content.ts';

export const TopicSummarySchema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  order: z.number(),
});

export const CurriculumSchema = z.object({
  modules: z.array(
    z.object({
      id: z.number(),
      slug: z.string(),
      title: z.string(),
      order: z.number(),
      topics: z.array(TopicSummarySchema),
    }),
  ),
});
export type Curriculum = z.infer<typeof CurriculumSchema>;

export const TopicSchema = TopicSummarySchema.extend({
  module: z.object({ slug: z.string(), title: z.string() }),
  lesson: LessonSchema.nullable(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const SlugParamsSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'a topic slug'),
});
