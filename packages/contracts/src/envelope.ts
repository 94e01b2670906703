import { z } from 'zod';

/** CloudEvents 1.0 structured-mode envelope carried on every topic. */
export const EnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.string(),
  datacontenttype: z.literal('application/json').default('application/json'),
  subject: z.string().optional(),
  /** The user the event is about; also the partition key, so one student's events stay in order. */
  partitionkey: z.string().min(1),
  /** Travels from the HTTP request into every event it causes and back. */
  correlationid: z.string().min(1),
  data: z.unknown(),
});

export type Envelope<T = unknown> = Omit<z.infer<typeof EnvelopeSchema>, 'data'> & { data: T };
