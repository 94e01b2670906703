import type { Envelope } from '@learnflow/contracts';
import type { Logger } from 'pino';
import type { EventBus } from '../bus/event-bus.ts';
import type { Db } from '../db/create-database.ts';
import type { AuditLog } from './audit-log.ts';

/** An event written to the outbox: where it goes and what it is. */
export interface OutboxEntry {
  topic: string;
  event: Envelope;
}

/** Writes the events in the caller's transaction (the audit log gets them once they are sent). */
export async function writeOutbox(trx: Db, entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(
      entries.map(({ topic, event }) => ({ event_id: event.id, topic, envelope: JSON.stringify(event) })),
    )
    .onConflict((oc) => oc.column('event_id').doNothing())
    .execute();
}

/**
 * Sends committed outbox entries in order and hands them to the audit log, which moves them
 * out of the outbox in its next batch. A failure stops here and leaves the rest in the outbox
 * for the relay: the event is not lost, only late.
 */
export async function sendOutbox(
  bus: EventBus,
  audit: AuditLog,
  log: Logger,
  entries: readonly OutboxEntry[],
): Promise<void> {
  const sent: string[] = [];
  try {
    for (const { topic, event } of entries) {
      await bus.publish(topic, event);
      sent.push(event.id);
    }
  } catch (error) {
    log.warn(
      { err: error, unsent: entries.length - sent.length },
      'publish failed: the outbox relay sends it later',
    );
  }
  audit.sent(sent);
}
