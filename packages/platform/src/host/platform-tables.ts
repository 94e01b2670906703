import type { TableName } from './service-definition.ts';

/**
 * The tables the host owns rather than a service: the event machinery (outbox, the marks of
 * handled events, the event audit trail) and the sessions, tickets, invites and security audit
 * that `Auth` keeps in every process. No service's SQL names them; they are reached through
 * the platform's own functions.
 */
export const PLATFORM_TABLES: readonly TableName[] = [
  'outbox',
  'processed_events',
  'event_log',
  'sessions',
  'ws_tickets',
  'invites',
  'audit_log',
];
