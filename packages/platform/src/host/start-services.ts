import type { Envelope, TopicEvent, TopicName } from '@learnflow/contracts';
import { daprRoutes } from '../bus/dapr-routes.ts';
import { createApp } from './create-app.ts';
import { createEvents, eventPayload } from './events.ts';
import { startOutboxRelay } from './outbox-relay.ts';
import { createPersonalData, type PersonalData, personalDataRoute } from './personal-data.ts';
import { type Platform, readiness } from './platform.ts';
import type { App, ServiceDefinition, ServiceDeps } from './service-definition.ts';

export interface RunningHost {
  app: App;
  /** Stops subscriptions and timers, then the HTTP server. The platform is closed by its owner. */
  stop(): Promise<void>;
}

/**
 * The deps of a service: its events carry its id as source and publish only on its declared topics.
 * `personalData` asks the owners the host knows of (none but the host's own tables by default).
 * `background`: on the background database handle (what no one waits on: read models, timers).
 */
export const depsFor = (
  platform: Platform,
  { id, publishes }: Pick<ServiceDefinition, 'id' | 'publishes'>,
  personalData: PersonalData = createPersonalData(platform.db, platform.auth, []),
  background = false,
): ServiceDeps => {
  const log = platform.log.child({ service: id });
  const db = background ? platform.backgroundDb : platform.db;
  return {
    db,
    events: createEvents(platform.bus, db, platform.audit, id, publishes, log),
    config: platform.config,
    log,
    auth: platform.auth,
    resources: platform.resources,
    personalData,
  };
};

/** The event with its data parsed by its topic's schema (`INVALID_EVENT`, dead-lettered at once, if it does not match). */
const topicEvent = <T extends TopicName>(topic: T, event: Envelope): TopicEvent<T> => ({
  topic,
  event: { ...event, data: eventPayload(topic, event.data) },
});

export interface StartOptions {
  /** More routes on the same app before it starts (the gateway's proxy in split mode). */
  extend?: (app: App) => Promise<void>;
  /** Every service the app answers for, mounted or proxied by `extend` (default: `services`). */
  peers?: readonly ServiceDefinition[];
}

/**
 * Mounts services in one Fastify app: all of them (`learnflow up`) or one
 * (`learnflow serve <id>`). Each service's routes are an encapsulated plugin; each of its
 * subscriptions joins the consumer group named after it.
 */
export async function startServices(
  platform: Platform,
  services: readonly ServiceDefinition[],
  title: string,
  options: StartOptions = {},
): Promise<RunningHost> {
  const { extend, peers = services } = options;
  const personalData = createPersonalData(
    platform.db,
    platform.auth,
    peers.filter((peer) => peer.personal).map((peer) => peer.id),
  );
  const app = await createApp({
    title,
    log: platform.log,
    bodyLimit: platform.config.LEARNFLOW_BODY_LIMIT_BYTES,
    readiness: () => readiness(platform),
    edge: {
      user: (request) => platform.auth.user(request),
      userPerMinute: platform.config.LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE,
      ipPerMinute: platform.config.LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE,
      corsOrigins: platform.config.LEARNFLOW_CORS_ORIGINS,
    },
  });
  // Dapr reads /dapr/subscribe once at start: the routes go in before listen (nothing for other buses).
  await app.register(daprRoutes(platform.bus));
  // Stopped last (the list runs in reverse): what the services leave unsent is sent on the next start.
  const stoppers: (() => Promise<void>)[] = [
    startOutboxRelay({
      db: platform.backgroundDb,
      bus: platform.bus,
      log: platform.log.child({ component: 'outbox' }),
      archiving: platform.audit.archiving,
    }),
  ];
  for (const service of services) {
    const deps = depsFor(platform, service, personalData);
    const backgroundDeps = depsFor(platform, service, personalData, true);
    for (const resource of service.resources ?? []) await platform.resources.get(resource);
    await app.register(async (scope) => {
      await service.routes?.(scope as App, deps);
      personalDataRoute(scope as App, deps, service);
    });
    for (const subscription of service.subscriptions ?? []) {
      const base = subscription.group ? `${service.id}.${subscription.group}` : service.id;
      const group = subscription.broadcast ? `${base}.${platform.instanceId}` : base;
      const handle = await platform.bus.subscribe({
        group,
        broadcast: subscription.broadcast ?? false,
        topics: subscription.topics,
        transactional: subscription.transactional ?? false,
        idempotent: subscription.idempotent ?? false,
        handler: ({ markHandled, event, topic, attempt }) => {
          const subscribed = subscription.topics.find((t) => t === topic);
          if (!subscribed) throw new Error(`${group} received ${topic}, which it does not subscribe to`);
          const on = subscription.background ? backgroundDeps : deps;
          return subscription.handle(on, {
            ...topicEvent(subscribed, event),
            attempt,
            transaction: (work) =>
              on.events.transaction(async (tx) => {
                await markHandled(tx.db);
                return work(tx);
              }),
          });
        },
      });
      stoppers.push(() => handle.close());
    }
    if (service.start) stoppers.push(await service.start(backgroundDeps));
  }
  if (extend) await extend(app);
  await app.ready();
  return {
    app,
    async stop() {
      for (const stop of stoppers.reverse()) await stop();
      // Fastify closes the keep-alive connections idle when it starts closing, not those whose
      // request was still running (a 403 waiting out read-model lag): without this sweep they
      // would hold the close for the keep-alive timeout (72 s).
      const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
    },
  };
}
