import { Admin } from '@platformatic/kafka';

export interface EnsureTopicsOptions {
  brokers: readonly string[];
  topics: readonly string[];
  /** Partitions of each new topic (default 3); existing topics are left as they are. */
  partitions?: number;
  replicas?: number;
  clientId?: string;
}

/**
 * Creates the topics the broker lacks and leaves the others alone, so it can run on every start
 * (the broker has `auto.create.topics.enable=false`). Resolves with the names it created.
 */
export async function ensureTopics(options: EnsureTopicsOptions): Promise<string[]> {
  const admin = new Admin({
    clientId: options.clientId ?? 'learnflow-topics',
    bootstrapBrokers: [...options.brokers],
    retries: 20,
    retryDelay: 150,
  });
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(options.topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return [];
    const partitions = options.partitions ?? 3;
    try {
      await admin.createTopics({ topics: missing, partitions, replicas: options.replicas ?? 1 });
    } catch (error) {
      // Another process created some of them in between: that is the state we want.
      if (!(error instanceof Error && 'findBy' in error && hasOnlyAlreadyExists(error))) throw error;
    }
    await untilLeadersServe(admin, missing, partitions);
    return missing;
  } finally {
    await admin.close();
  }
}

/**
 * A new partition's leader answers a moment after the topic is created; a consumer that starts
 * before then waits out a retry delay. Wait here instead, until every partition lists its offsets
 * (best effort: a topic someone else created with other partitions just ends the wait at the deadline).
 */
async function untilLeadersServe(admin: Admin, topics: string[], partitions: number, timeoutMs = 10_000) {
  const request = topics.map((name) => ({
    name,
    partitions: Array.from({ length: partitions }, (_, partitionIndex) => ({
      partitionIndex,
      timestamp: -1n,
    })),
  }));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await admin.listOffsets({ topics: request });
      return;
    } catch {
      if (Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function hasOnlyAlreadyExists(error: Error): boolean {
  const errors = error instanceof AggregateError ? error.errors : [error];
  return errors.every(
    (e: unknown) => e instanceof Error && /TOPIC_ALREADY_EXISTS|already exists/i.test(describe(e)),
  );
}

function describe(error: Error): string {
  const nested = error instanceof AggregateError ? error.errors.map((e: unknown) => String(e)).join(' ') : '';
  return `${error.message} ${(error as { apiId?: string }).apiId ?? ''} ${nested}`;
}

/**
 * How many records each topic has ever received (the sum of its partitions' latest offsets):
 * for checks that a dead-letter topic stayed empty.
 */
export async function topicDepths(options: {
  brokers: readonly string[];
  topics: readonly string[];
  partitions: number;
}): Promise<Map<string, number>> {
  const admin = new Admin({
    clientId: 'learnflow-depths',
    bootstrapBrokers: [...options.brokers],
    retries: 20,
    retryDelay: 150,
  });
  try {
    const listed = await admin.listOffsets({
      topics: options.topics.map((name) => ({
        name,
        partitions: Array.from({ length: options.partitions }, (_, partitionIndex) => ({
          partitionIndex,
          timestamp: -1n,
        })),
      })),
    });
    return new Map(
      listed.map((topic) => [topic.name, topic.partitions.reduce((sum, p) => sum + Number(p.offset), 0)]),
    );
  } finally {
    await admin.close();
  }
}
