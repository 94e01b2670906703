import type { Db } from '../db/create-database.ts';

/** Remembers which event ids a consumer group has handled, so a redelivery is skipped. */
export interface ProcessedEvents {
  has(group: string, eventId: string): Promise<boolean>;
  add(group: string, eventId: string): Promise<void>;
  /**
   * Marks the id handled inside the caller's database transaction, so the mark commits (or
   * rolls back) with the handler's changes: true when this call marked it, false when a
   * delivery already had. Only a store kept in that database can; the memory store cannot.
   */
  claim?(trx: Db, group: string, eventId: string): Promise<boolean>;
}

/** For one process: the in-process bus and tests that do not need durability. */
export function memoryProcessedEvents(): ProcessedEvents {
  const seen = new Set<string>();
  return {
    async has(group, eventId) {
      return seen.has(`${group}\u0000${eventId}`);
    },
    async add(group, eventId) {
      seen.add(`${group}\u0000${eventId}`);
    },
  };
}
