import type { Db } from '../db/create-database.ts';

/** Remembers which event ids a consumer group has handled, so a redelivery is skipped. */
export interface ProcessedEvents {
  has(group: string, eventId: string): Promise<boolean>;
  add(group: string, eventId: string): Promise<void>;
  /**
   * Marks the id handled soon, with others in one write: for an `idempotent` group, which a
   * redelivery cannot harm, so a mark lost with the process costs a repeat, not a mistake.
   */
  note(group: string, eventId: string): void;
  /** Writes the noted marks now (before the database closes). */
  flush(): Promise<void>;
  /**
   * Marks the id handled inside the caller's database transaction, so the mark commits (or
   * rolls back) with the handler's changes: true when this call marked it, false when a
   * delivery already had. Only a store kept in that database can; the memory store cannot.
   */
  claim?(trx: Db, group: string, eventId: string): Promise<boolean>;
  /**
   * Forgets the marks of the groups this store has served that were made before `before`: a
   * redelivery cannot reach them any more. Resolves with how many went. Only a durable store keeps any.
   */
  forget?(before: Date): Promise<number>;
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
    note(group, eventId) {
      seen.add(`${group}\u0000${eventId}`);
    },
    async flush() {},
  };
}
