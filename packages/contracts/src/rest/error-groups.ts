import { z } from 'zod';
import { PersonRefSchema } from '../events.ts';

/** The longest window the error groups look back over: 30 days. */
export const ERROR_GROUPS_MAX_HOURS = 720;

export const ErrorGroupsQuerySchema = z.strictObject({
  hours: z.coerce
    .number()
    .int('a whole number of hours')
    .min(1, 'at least 1 hour')
    .max(ERROR_GROUPS_MAX_HOURS, `at most ${ERROR_GROUPS_MAX_HOURS} hours (30 days)`)
    .default(24),
});

/** The same error met by several students of a class: "7 students hit the same TypeError on X today". */
export const ErrorGroupsSchema = z.object({
  since: z.string(),
  groups: z.array(
    z.object({
      errorType: z.string(),
      exercise: z.object({ id: z.string(), title: z.string() }).nullable(),
      topic: z.string().nullable(),
      students: z.array(PersonRefSchema),
      occurrences: z.number(),
      lastAt: z.string(),
    }),
  ),
});
export type ErrorGroups = z.infer<typeof ErrorGroupsSchema>;
