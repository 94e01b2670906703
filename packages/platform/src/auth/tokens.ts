import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RoleSchema } from '@learnflow/contracts';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** Who is calling: what a verified token says, checked against the account. */
export const AuthUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** The session the access token belongs to: logout and revocation end it. */
  sessionId: z.string().optional(),
});
export type AuthUser = z.infer<typeof AuthUserSchema>;

export interface Tokens {
  /** A short-lived access token for one session of the user. */
  sign(user: AuthUser, sessionId: string): Promise<string>;
  /** The claims, or null for a missing, forged, malformed or expired token (or one without a session). */
  verify(token: string): Promise<(AuthUser & { sessionId: string }) | null>;
  /** Seconds an access token lives. */
  ttlSeconds: number;
}

const ISSUER = 'learnflow';
const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** `15m` -> 900: the durations the config accepts (`\d+[smhd]`). */
export const durationSeconds = (duration: string) =>
  Number(duration.slice(0, -1)) * UNIT_SECONDS[duration.slice(-1) as keyof typeof UNIT_SECONDS];

export function createTokens(secret: string, ttl: string): Tokens {
  const key = new TextEncoder().encode(secret);
  return {
    ttlSeconds: durationSeconds(ttl),
    sign: (user, sessionId) =>
      new SignJWT({ email: user.email, name: user.name, role: user.role, sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const parsed = AuthUserSchema.required({ sessionId: true }).safeParse({
          ...payload,
          id: payload.sub,
          sessionId: payload.sid,
        });
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * The signing secret: from config when given; otherwise generated on first start and
 * kept in the data dir, so tokens survive restarts of the embedded platform.
 */
export function resolveJwtSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
