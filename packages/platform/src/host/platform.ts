import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { type Auth, createAuth } from '../auth/auth.ts';
import { createSessions, SESSION_CACHE_MS } from '../auth/sessions.ts';
import { createTokens, durationSeconds, resolveJwtSecret } from '../auth/tokens.ts';
import { createTrustedUser } from '../auth/trusted-user.ts';
import { createDaprBus } from '../bus/dapr-bus.ts';
import { dbProcessedEvents, PROCESSED_KEPT_MS } from '../bus/db-processed-events.ts';
import type { EventBus } from '../bus/event-bus.ts';
import { createKafkaBus } from '../bus/kafka-bus.ts';
import { createMemoryBus } from '../bus/memory-bus.ts';
import type { ProcessedEvents } from '../bus/processed-events.ts';
import type { PlatformConfig } from '../config/platform-config.ts';
import { createDatabase, type Db, pingDatabase } from '../db/create-database.ts';
import { createRootLogger } from '../logger.ts';
import { type AuditLog, createAuditLog } from './audit-log.ts';
import { type ReadinessReport, Resources } from './resources.ts';

/** The process-wide parts, built once: every service gets views of these. */
export interface Platform {
  config: PlatformConfig;
  log: Logger;
  db: Db;
  /** The handle for what no one waits on (see `DatabaseHandles.background`). */
  backgroundDb: Db;
  dbKind: 'postgres' | 'pglite';
  bus: EventBus;
  auth: Auth;
  resources: Resources;
  /** Moves sent events from the outbox to `event_log` in batches. */
  audit: AuditLog;
  /** Unique per process: names broadcast consumer groups. */
  instanceId: string;
  close(): Promise<void>;
}

export interface PlatformOverrides {
  log?: Logger;
  /** Keep PGlite in memory (tests). */
  inMemoryDb?: boolean;
  /** With `inMemoryDb`: the dump of a data directory PGlite starts from (tests: one migrated once per process). */
  dbTemplate?: Blob;
}

export async function createPlatform(
  config: PlatformConfig,
  overrides: PlatformOverrides = {},
): Promise<Platform> {
  const log = overrides.log ?? createRootLogger(config.LOG_LEVEL);
  const {
    db,
    background: backgroundDb,
    kind: dbKind,
  } = createDatabase({
    url: config.DATABASE_URL,
    dataDir: config.LEARNFLOW_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
    inMemory: overrides.inMemoryDb ?? false,
    template: overrides.dbTemplate,
  });
  const processed = dbProcessedEvents(db, log.child({ component: 'bus' }), backgroundDb);
  const stopForgetting = forgetHandledMarks(processed, log.child({ component: 'bus' }));
  const bus = config.DAPR_HTTP_PORT
    ? createDaprBus({
        httpPort: config.DAPR_HTTP_PORT,
        pubsubName: config.DAPR_PUBSUB_NAME,
        processed,
        log: log.child({ component: 'dapr' }),
      })
    : config.KAFKA_BROKERS
      ? createKafkaBus({
          brokers: config.KAFKA_BROKERS.split(','),
          clientId: 'learnflow',
          processed,
          log: log.child({ component: 'kafka' }),
        })
      : createMemoryBus({ processed, log: log.child({ component: 'bus' }) });
  const secret = resolveJwtSecret(config.LEARNFLOW_JWT_SECRET, config.LEARNFLOW_DATA_DIR);
  const tokens = createTokens(secret, config.LEARNFLOW_JWT_TTL);
  const sessions = createSessions(
    db,
    tokens,
    durationSeconds(config.LEARNFLOW_SESSION_TTL),
    bus.kind === 'memory' ? SESSION_CACHE_MS.oneProcess : SESSION_CACHE_MS.shared,
  );
  const auth = createAuth(tokens, createTrustedUser(secret), sessions);
  const resources = new Resources();
  const audit = createAuditLog({ db: backgroundDb, log: log.child({ component: 'audit' }) });
  return {
    config,
    log,
    db,
    backgroundDb,
    dbKind,
    bus,
    auth,
    resources,
    audit,
    instanceId: `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    async close() {
      await stopForgetting();
      await resources.close();
      await bus.close();
      await processed.flush();
      await audit.flush();
      await db.destroy();
    },
  };
}

/**
 * Every hour, the handled-event marks older than `PROCESSED_KEPT_MS` are forgotten. Returns what stops it: a pass
 * still running is awaited, so the database is not closed under it.
 */
function forgetHandledMarks(processed: ProcessedEvents, log: Logger): () => Promise<void> {
  const forget = async () => {
    const forgotten = (await processed.forget?.(new Date(Date.now() - PROCESSED_KEPT_MS))) ?? 0;
    if (forgotten > 0) log.info({ forgotten }, 'forgot handled-event marks no redelivery can reach');
  };
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      running = running
        .then(forget)
        .catch((error: unknown) =>
          log.warn({ err: error }, 'forgetting old handled-event marks failed; tried again in an hour'),
        );
    },
    60 * 60 * 1_000,
  ).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** `/ready`: the database, the bus and every resource made so far (the sandbox), with why one is not. */
export async function readiness(platform: Platform): Promise<ReadinessReport> {
  const [database, bus, resources] = await Promise.all([
    pingDatabase(platform.db),
    platform.bus.ping().catch(() => false),
    platform.resources.ready(),
  ]);
  const problems: Record<string, string> = { ...resources.problems };
  if (!database) problems.database = 'the database does not answer: check DATABASE_URL or the data directory';
  if (!bus) problems.bus = `the ${platform.bus.kind} event bus does not answer`;
  return { checks: { database, bus, ...resources.checks }, problems };
}
