import type { Envelope } from '@learnflow/contracts';
import type { Logger } from 'pino';
import { isPermanent } from '../errors.ts';
import type { EventHandler } from './event-bus.ts';
import type { ProcessedEvents } from './processed-events.ts';

export interface HandleDeliveryDeps {
  group: string;
  topic: string;
  handler: EventHandler;
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

/**
 * Runs one delivery the way every bus implementation must: skip an event id the group
 * already handled, retry a failing handler with backoff, and dead-letter it after the
 * last attempt (or at once for a permanent error). Resolves when the event may be acked.
 */
export async function handleDelivery(deps: HandleDeliveryDeps, event: Envelope): Promise<void> {
  if (await deps.processed.has(deps.group, event.id)) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.handler({ event, topic: deps.topic, attempt });
      await deps.processed.add(deps.group, event.id);
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const last = attempt >= deps.maxAttempts || isPermanent(error);
      deps.log.warn(
        { err: error, eventId: event.id, topic: deps.topic, group: deps.group, attempt, deadLetter: last },
        'event handler failed',
      );
      if (last) {
        await deps.deadLetter(event, reason);
        await deps.processed.add(deps.group, event.id);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, deps.backoffMs(attempt)));
    }
  }
}
