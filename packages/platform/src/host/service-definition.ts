import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '@learnflow/contracts';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Auth } from '../auth/auth.ts';
import type { Delivery } from '../bus/event-bus.ts';
import type { PlatformConfig } from '../config/platform-config.ts';
import type { Db } from '../db/create-database.ts';
import type { Events } from './events.ts';
import type { ResourceRef, Resources } from './resources.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What the host hands every service: views of the process-wide resources, scoped to it. */
export interface ServiceDeps {
  db: Db;
  events: Events;
  config: PlatformConfig;
  log: Logger;
  auth: Auth;
  resources: Resources;
}

/** What a service's handler receives: the delivery, and the transaction that marks it handled. */
export interface ServiceDelivery<T = unknown> extends Omit<Delivery<T>, 'markHandled'> {
  /**
   * `deps.events.transaction` that also marks the event handled by the subscription's group
   * in the same transaction (on a `transactional` subscription): the changes, the events and
   * the mark commit together. On a redelivery of a committed event, `work` does not run and
   * the handler stops there (the event is acked).
   */
  transaction: Events['transaction'];
}

export interface EventSubscription {
  topics: readonly string[];
  handle(deps: ServiceDeps, delivery: ServiceDelivery): Promise<void>;
  /** See `SubscribeOptions.transactional`: the handler's changes go through `delivery.transaction`. */
  transactional?: boolean;
  /** Consumer group suffix when a service needs more than one group. */
  group?: string;
  /** Every replica receives every event (see SubscribeOptions.broadcast). */
  broadcast?: boolean;
}

/** One service: its id (also its consumer group), its port, HTTP routes and topic subscriptions. */
export interface ServiceDefinition {
  id: string;
  port: number;
  description: string;
  routes?: (app: App, deps: ServiceDeps) => Promise<void> | void;
  subscriptions?: readonly EventSubscription[];
  /** Resources made when the service starts, so `/ready` reports them before the first request needs them. */
  resources?: readonly ResourceRef<unknown>[];
  /** Background work (timers); the returned function stops it. */
  start?: (deps: ServiceDeps) => Promise<() => Promise<void>> | (() => Promise<void>);
}

export const defineService = (definition: ServiceDefinition) => definition;

export type { Envelope };
