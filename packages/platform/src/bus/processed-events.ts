/** Remembers which event ids a consumer group has handled, so a redelivery is skipped. */
export interface ProcessedEvents {
  has(group: string, eventId: string): Promise<boolean>;
  add(group: string, eventId: string): Promise<void>;
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
