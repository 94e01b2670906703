import type { Envelope } from '@learnflow/contracts';
import type { Logger } from 'pino';
import type { Db } from '../db/create-database.ts';
import { isPermanent } from '../errors.ts';
import type { EventHandler } from './event-bus.ts';
import type { ProcessedEvents } from './processed-events.ts';

export interface HandleDeliveryDeps {
  group: string;
  topic: string;
  handler: EventHandler;
  /** See `SubscribeOptions.transactional`. */
  transactional: boolean;
  /** See `SubscribeOptions.idempotent`. */
  idempotent?: boolean;
  processed: ProcessedEvents;
  maxAttempts: number;
  /** Delay before attempt n+1, in ms. */
  backoffMs: (attempt: number) => number;
  deadLetter: (event: Envelope, reason: string) => Promise<void>;
  log: Logger;
}

export const exponentialBackoff =
  (baseMs: number, maxMs = 5_000) =>
  (attempt: number) =>
    Math.min(maxMs, baseMs * 2 ** (attempt - 1));

/** Thrown by `markHandled` when the group already committed the event: the delivery is acked. */
class AlreadyHandled extends Error {}

/**
 * Runs one delivery the way every bus implementation must: skip an event id the group
 * already handled, retry a failing handler with backoff, and dead-letter it after the
 * last attempt (or at once for a permanent error). Resolves when the event may be acked.
 * A `transactional` handler marks the event in its own transaction (`markHandled`), so the
 * check before it is skipped and its changes and the mark commit together; an `idempotent` one
 * runs without the check and is marked after, with other marks in one write (`note`).
 */
export async function handleDelivery(deps: HandleDeliveryDeps, event: Envelope): Promise<void> {
  const { processed } = deps;
  const inTransaction = deps.transactional && processed.claim !== undefined;
  if (!inTransaction && !deps.idempotent && (await processed.has(deps.group, event.id))) return;
  for (let attempt = 1; ; attempt++) {
    let marked = false;
    const markHandled = async (trx: Db) => {
      if (!inTransaction || marked || !processed.claim) return;
      if (!(await processed.claim(trx, deps.group, event.id))) throw new AlreadyHandled();
      marked = true;
    };
    try {
      await deps.handler({ event, topic: deps.topic, attempt, markHandled });
      if (deps.idempotent) processed.note(deps.group, event.id);
      else if (!marked) await processed.add(deps.group, event.id);
      return;
    } catch (error) {
      if (error instanceof AlreadyHandled) {
        deps.log.debug({ eventId: event.id, group: deps.group }, 'redelivered event already handled');
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      const last = attempt >= deps.maxAttempts || isPermanent(error);
      deps.log.warn(
        { err: error, eventId: event.id, topic: deps.topic, group: deps.group, attempt, deadLetter: last },
        'event handler failed',
      );
      if (last) {
        await deps.deadLetter(event, reason);
        await processed.add(deps.group, event.id);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, deps.backoffMs(attempt)));
    }
  }
}
