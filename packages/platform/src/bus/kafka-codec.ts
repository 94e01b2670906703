import type { Envelope } from '@learnflow/contracts';
import { EnvelopeSchema } from '@learnflow/contracts';

/** A Kafka record as the bus writes and reads it: raw bytes, the key is the envelope's `partitionkey`. */
export interface KafkaRecord {
  key?: Buffer | undefined;
  value?: Buffer | undefined;
  headers: Map<Buffer, Buffer>;
}

/** Structured-mode CloudEvents over Kafka: the whole envelope is the JSON value. */
export function encodeEnvelope(event: Envelope, extraHeaders: Record<string, string> = {}): KafkaRecord {
  const headers = new Map<Buffer, Buffer>([
    [Buffer.from('content-type'), Buffer.from('application/cloudevents+json')],
  ]);
  for (const [name, value] of Object.entries(extraHeaders))
    headers.set(Buffer.from(name), Buffer.from(value));
  return { key: Buffer.from(event.partitionkey), value: Buffer.from(JSON.stringify(event)), headers };
}

export type Decoded = { ok: true; event: Envelope } | { ok: false; reason: string };

/** Parses and validates a record's value; a failure carries the reason for the dead letter. */
export function decodeEnvelope(value: Buffer | undefined): Decoded {
  if (!value || value.length === 0) return { ok: false, reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  const parsed = EnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, reason: `not a valid envelope: ${issues}` };
  }
  return { ok: true, event: parsed.data };
}

/** Headers that say why and from where a record was dead-lettered. */
export function deadLetterHeaders(
  reason: string,
  origin: { topic: string; partition: number; offset: bigint },
) {
  return {
    'x-dead-letter-reason': reason.slice(0, 1_000),
    'x-dead-letter-topic': origin.topic,
    'x-dead-letter-partition': String(origin.partition),
    'x-dead-letter-offset': String(origin.offset),
  };
}
