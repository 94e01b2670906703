export {
  type AccountTable,
  accountSubscription,
  fillAccountReadModels,
} from './accounts/account-read-model.ts';
export { type MasteryTable, masteryByTopic, masterySubscription } from './activity/mastery.ts';
export { type RunErrorTable, recentRunErrors, runErrorSubscription } from './activity/run-errors.ts';
export { type SubmissionTable, submissionSubscription } from './activity/submissions.ts';
export { type AuditAction, audit } from './auth/audit.ts';
export { type Auth, createAuth } from './auth/auth.ts';
export { createAccount, type NewAccount } from './auth/create-account.ts';
export { INVITE_DAYS, issueInvite, redeemInvite } from './auth/invites.ts';
export { hashCode, newCode } from './auth/one-time-code.ts';
export { checkNewPassword } from './auth/password-policy.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { createSessions, type IssuedSession, type Sessions, TICKET_SECONDS } from './auth/sessions.ts';
export { type AuthUser, createTokens, durationSeconds, type Tokens } from './auth/tokens.ts';
export { TRUSTED_SIGNATURE_HEADER, TRUSTED_USER_HEADER } from './auth/trusted-user.ts';
export { createDaprBus } from './bus/dapr-bus.ts';
export { daprRoutes } from './bus/dapr-routes.ts';
export type { Delivery, EventBus, EventHandler, SubscribeOptions, Subscription } from './bus/event-bus.ts';
export { topicDepths } from './bus/kafka-topics.ts';
export { createMemoryBus } from './bus/memory-bus.ts';
export { memoryProcessedEvents, type ProcessedEvents } from './bus/processed-events.ts';
export { ConfigError } from './config/config-error.ts';
export { loadConfig } from './config/load-config.ts';
export { type PlatformConfig, PlatformConfigSchema } from './config/platform-config.ts';
export { createDatabase, type Db, pingDatabase } from './db/create-database.ts';
export type { Database } from './db/database.ts';
export { migrate } from './db/migrate.ts';
export { skipIfReferenceGone } from './db/skip-if-reference-gone.ts';
export { NUL_REPLACEMENT, storable, storableText } from './db/storable.ts';
export { type TopicRow, topicBySlug } from './db/topic-by-slug.ts';
export { AppError, appError, ERRORS, type ErrorCode, isPermanent } from './errors.ts';
export {
  EXERCISE_TABLES,
  type ExerciseEntry,
  type ExerciseTable,
  exerciseSubscription,
  keepExercises,
} from './exercises/exercise-read-model.ts';
export { forgetEventsOf } from './host/audit-log.ts';
export { collectRoutes, type RouteEntry } from './host/collect-routes.ts';
export {
  type Events,
  type EventsTransaction,
  eventPayload,
  type Publish,
  type PublishContext,
} from './host/events.ts';
export { type ProxiedService, registerProxy } from './host/gateway-proxy.ts';
export {
  HOST_PERSONAL,
  type PersonalData,
  type PersonalDataPart,
  PersonalDataSchema,
  type PersonalTables,
  personalDataPath,
} from './host/personal-data.ts';
export { createPlatform, type Platform, readiness } from './host/platform.ts';
export { PLATFORM_TABLES } from './host/platform-tables.ts';
export {
  type ReadinessReport,
  type ResourceReadiness,
  type ResourceRef,
  Resources,
} from './host/resources.ts';
export {
  type App,
  defineService,
  type EventSubscription,
  type ServiceDefinition,
  type ServiceDelivery,
  type ServiceDeps,
  type TableName,
} from './host/service-definition.ts';
export { depsFor, type RunningHost, type StartOptions, startServices } from './host/start-services.ts';
export { createRootLogger } from './logger.ts';
export { readableCode } from './readable-code.ts';
export { READ_MODEL_LAG_MS, untilFound } from './rosters/read-model-lag.ts';
export {
  applyRosterChange,
  ROSTER_TABLES,
  type RosterTable,
  requireStudentOfTeacher,
  rosterSubscription,
  studentsOf,
  teachersOf,
} from './rosters/roster-read-model.ts';
export { UUID } from './uuid.ts';
