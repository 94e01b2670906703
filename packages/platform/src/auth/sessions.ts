import type { Db } from '../db/create-database.ts';
import { hashCode, newCode } from './one-time-code.ts';
import type { AuthUser, Tokens } from './tokens.ts';

/** What a sign-in, a refresh or a reset hands the client. */
export interface IssuedSession {
  token: string;
  refreshToken: string;
  /** Seconds until `token` expires: refresh before then. */
  expiresIn: number;
}

export interface Sessions {
  /** Opens a session for the user: a short-lived access token and a refresh token. */
  open(user: AuthUser): Promise<IssuedSession>;
  /** A new access token and a rotated refresh token, or null when the refresh token is unknown or the session ended. */
  refresh(refreshToken: string): Promise<{ session: IssuedSession; user: AuthUser } | null>;
  /** The account behind a live session (role and name as they are now), or null; cached briefly. */
  check(sessionId: string, userId: string): Promise<AuthUser | null>;
  /** Which of these sessions are still live: one query for every open socket. */
  live(sessionIds: string[]): Promise<Set<string>>;
  /** Ends one session (logout). */
  revoke(sessionId: string): Promise<void>;
  /** Ends every session of the user but `keep` (password change keeps the caller's own). */
  revokeAll(userId: string, keep?: string): Promise<void>;
  /** Called at once, in this process, when sessions of a user end (the WebSocket service then closes theirs). */
  onRevoke(listener: (userId: string) => void): void;
  /** A single-use WebSocket ticket for the session, valid for TICKET_SECONDS. */
  ticket(sessionId: string): Promise<string>;
  /** The ticket's user and session, consuming it; null when unknown, used or expired. */
  redeemTicket(ticket: string): Promise<AuthUser | null>;
}

export const TICKET_SECONDS = 30;
/**
 * How long a session check is trusted without asking the database again (never past the session's expiry). Every
 * route that ends a session drops it from this process's cache at once, so one process (the embedded platform, its
 * in-memory bus) can trust it long; where several processes check tokens, another's cache trusts an ended session
 * for up to this long.
 */
export const SESSION_CACHE_MS = { oneProcess: 60_000, shared: 5_000 } as const;
const CACHE_LIMIT = 10_000;

export function createSessions(
  db: Db,
  tokens: Tokens,
  refreshSeconds: number,
  cacheMs: number = SESSION_CACHE_MS.shared,
): Sessions {
  const cache = new Map<string, { user: AuthUser | null; until: number }>();
  const listeners: Array<(userId: string) => void> = [];
  const later = (seconds: number) => new Date(Date.now() + seconds * 1_000);

  const issue = async (user: AuthUser, sessionId: string, refreshToken: string): Promise<IssuedSession> => ({
    token: await tokens.sign(user, sessionId),
    refreshToken,
    expiresIn: tokens.ttlSeconds,
  });
  const lookup = (sessionId: string) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'sessions.id as sessionId',
        'sessions.expires_at as expiresAt',
      ])
      .where('sessions.id', '=', sessionId)
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', new Date())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst()
      .then((row) => {
        if (!row) return null;
        const { expiresAt, ...user } = row;
        return { user, expiresAt: new Date(expiresAt).getTime() };
      });
  const forget = (userId: string, keep?: string) => {
    for (const [sessionId, entry] of cache) {
      if (sessionId !== keep && (entry.user === null || entry.user.id === userId)) cache.delete(sessionId);
    }
    for (const listener of listeners) listener(userId);
  };

  const sessions: Sessions = {
    async open(user) {
      const refreshToken = newCode(32);
      const row = await db
        .insertInto('sessions')
        .values({ user_id: user.id, refresh_hash: hashCode(refreshToken), expires_at: later(refreshSeconds) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return issue(user, row.id, refreshToken);
    },
    async refresh(refreshToken) {
      const refreshed = newCode(32);
      const row = await db
        .updateTable('sessions')
        .set({ refresh_hash: hashCode(refreshed), expires_at: later(refreshSeconds) })
        .where('refresh_hash', '=', hashCode(refreshToken))
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', new Date())
        .returning('id')
        .executeTakeFirst();
      const user = row && (await lookup(row.id))?.user;
      if (!user) return null;
      return { session: await issue(user, user.sessionId, refreshed), user };
    },
    async check(sessionId, userId) {
      const cached = cache.get(sessionId);
      if (cached && cached.until > Date.now()) return cached.user?.id === userId ? cached.user : null;
      const found = await lookup(sessionId);
      const user = found?.user ?? null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(sessionId, { user, until: Math.min(Date.now() + cacheMs, found?.expiresAt ?? Infinity) });
      return user?.id === userId ? user : null;
    },
    async live(sessionIds) {
      if (sessionIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select('sessions.id')
        .where('sessions.id', 'in', sessionIds)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', new Date())
        .where('users.disabled_at', 'is', null)
        .execute();
      return new Set(rows.map((r) => r.id));
    },
    async revoke(sessionId) {
      const row = await db
        .updateTable('sessions')
        .set({ revoked_at: new Date() })
        .where('id', '=', sessionId)
        .where('revoked_at', 'is', null)
        .returning('user_id')
        .executeTakeFirst();
      cache.delete(sessionId);
      if (row) for (const listener of listeners) listener(row.user_id);
    },
    async revokeAll(userId, keep) {
      let query = db
        .updateTable('sessions')
        .set({ revoked_at: new Date() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (keep) query = query.where('id', '!=', keep);
      await query.execute();
      forget(userId, keep);
    },
    onRevoke(listener) {
      listeners.push(listener);
    },
    async ticket(sessionId) {
      const ticket = newCode(24);
      await db.deleteFrom('ws_tickets').where('expires_at', '<', new Date()).execute();
      await db
        .insertInto('ws_tickets')
        .values({ ticket_hash: hashCode(ticket), session_id: sessionId, expires_at: later(TICKET_SECONDS) })
        .execute();
      return ticket;
    },
    async redeemTicket(ticket) {
      const row = await db
        .deleteFrom('ws_tickets')
        .where('ticket_hash', '=', hashCode(ticket))
        .where('expires_at', '>', new Date())
        .returning('session_id')
        .executeTakeFirst();
      return row ? ((await lookup(row.session_id))?.user ?? null) : null;
    },
  };
  return sessions;
}
