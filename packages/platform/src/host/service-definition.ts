import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope, TopicEvent, TopicName } from '@learnflow/contracts';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Auth } from '../auth/auth.ts';
import type { PlatformConfig } from '../config/platform-config.ts';
import type { Db } from '../db/create-database.ts';
import type { Database } from '../db/database.ts';
import type { Events } from './events.ts';
import type { PersonalData, PersonalTables } from './personal-data.ts';
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
  /** Every owner's part of a user's data (`GET /api/me/export`). */
  personalData: PersonalData;
}

/**
 * What a service's handler receives: the event of one of its subscription's topics, its data
 * already parsed by the topic's schema (`topic` tells which), the attempt, and the
 * transaction that marks it handled.
 */
export type ServiceDelivery<T extends TopicName = TopicName> = TopicEvent<T> & DeliveryContext;

interface DeliveryContext {
  attempt: number;
  /**
   * `deps.events.transaction` that also marks the event handled by the subscription's group
   * in the same transaction (on a `transactional` subscription): the changes, the events and
   * the mark commit together. On a redelivery of a committed event, `work` does not run and
   * the handler stops there (the event is acked).
   */
  transaction: Events['transaction'];
}

/**
 * Topics a service consumes in one consumer group. An event whose data does not match its
 * topic's schema never reaches `handle`: it is dead-lettered with the zod error.
 */
export interface EventSubscription<T extends TopicName = TopicName> {
  topics: readonly T[];
  handle(deps: ServiceDeps, delivery: ServiceDelivery<T>): Promise<void>;
  /** See `SubscribeOptions.transactional`: the handler's changes go through `delivery.transaction`. */
  transactional?: boolean;
  /** See `SubscribeOptions.idempotent`: no check before the handler. */
  idempotent?: boolean;
  /** Consumer group suffix when a service needs more than one group. */
  group?: string;
  /** Every replica receives every event (see SubscribeOptions.broadcast). */
  broadcast?: boolean;
  /**
   * No one waits on what the handler does (a read model, a derived fact): its `deps.db` is the
   * background handle, whose turns of an embedded database yield to requests' (`DatabaseHandles`).
   */
  background?: boolean;
}

/** A table or view of the migrations, by its name in the `Database` interface. */
export type TableName = keyof Database;

/**
 * One service: its id (also its consumer group), its port, HTTP routes, the tables it owns,
 * the topics it publishes and its subscriptions. `S` holds each subscription's topics, so each handler
 * is typed by its own.
 */
export interface ServiceDefinition<S extends readonly TopicName[] = readonly TopicName[]> {
  id: string;
  port: number;
  description: string;
  routes?: (app: App, deps: ServiceDeps) => Promise<void> | void;
  /**
   * The tables (and views) this service owns: only its SQL names them. Each table of the
   * migrations has one owner, a service or the host (`PLATFORM_TABLES`).
   */
  owns: readonly TableName[];
  /**
   * Tables of `owns` that are reference data: any service may read them, only the owner's seed
   * writes them (docs/architecture.md, "Who owns each table").
   */
  reference?: readonly TableName[];
  /**
   * Tables of `owns` that hold a user's own rows, with the columns naming the user: the host
   * mounts `GET /api/me/export/<id>`, by which the service answers for them in an account export.
   */
  personal?: PersonalTables;
  /** Every topic the service publishes on (the catalog's producers must say the same). */
  publishes: readonly TopicName[];
  subscriptions?: { readonly [I in keyof S]: EventSubscription<S[I]> };
  /** Resources made when the service starts, so `/ready` reports them before the first request needs them. */
  resources?: readonly ResourceRef<unknown>[];
  /** Background work (timers), on the background database handle; the returned function stops it. */
  start?: (deps: ServiceDeps) => Promise<() => Promise<void>> | (() => Promise<void>);
}

/** A service definition, each subscription's handler typed by the topics it names. */
export const defineService = <const S extends readonly TopicName[]>(definition: ServiceDefinition<S>) =>
  definition;

export type { Envelope };
