import { z } from 'zod';
import { LevelSchema } from '../mastery-level.ts';

export const RosterSchema = z.object({
  classes: z.array(z.object({ id: z.string(), name: z.string() })),
  students: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      classIds: z.array(z.string()),
      averageMastery: z.number(),
      topicsStarted: z.number(),
      openAlerts: z.number(),
      mastery: z.array(z.object({ topic: z.string(), mastery: z.number(), level: LevelSchema })),
    }),
  ),
});
export type Roster = z.infer<typeof RosterSchema>;
