import { createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RoleSchema } from '@learnflow/contracts';
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
// The only header this platform signs: any other (another alg, `none`, `crit`, a `kid`) is refused as it stands.
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');
const ClaimsSchema = z.object({
  sub: z.string(),
  iss: z.literal(ISSUER),
  iat: z.number().optional(),
  nbf: z.number().optional(),
  exp: z.number(),
  sid: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
});

/** `15m` -> 900: the durations the config accepts (`\d+[smhd]`). */
export const durationSeconds = (duration: string) =>
  Number(duration.slice(0, -1)) * UNIT_SECONDS[duration.slice(-1) as keyof typeof UNIT_SECONDS];

/**
 * HS256 JWTs (RFC 7519) signed and verified with node:crypto in the calling thread: a WebCrypto
 * verification (jose) is a job on the libuv pool, 130-180 us a token against 6 us here.
 */
export function createTokens(secret: string, ttl: string): Tokens {
  const key = createSecretKey(Buffer.from(secret));
  const ttlSeconds = durationSeconds(ttl);
  const mac = (signingInput: string) => createHmac('sha256', key).update(signingInput).digest('base64url');
  const json = (segment: string): unknown => {
    try {
      return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
  };
  return {
    ttlSeconds,
    async sign(user, sessionId) {
      const iat = Math.floor(Date.now() / 1000);
      const claims = { email: user.email, name: user.name, role: user.role, sid: sessionId };
      const payload = { ...claims, sub: user.id, iss: ISSUER, iat, exp: iat + ttlSeconds };
      const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
      return `${signingInput}.${mac(signingInput)}`;
    },
    async verify(token) {
      const [header, payload, signature, extra] = token.split('.');
      if (header !== HEADER || payload === undefined || signature === undefined || extra !== undefined)
        return null;
      const expected = Buffer.from(mac(`${header}.${payload}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const parsed = ClaimsSchema.safeParse(json(payload));
      if (!parsed.success) return null;
      const claims = parsed.data;
      const now = Math.floor(Date.now() / 1000);
      if (claims.exp <= now || (claims.nbf !== undefined && claims.nbf > now)) return null;
      return {
        id: claims.sub,
        email: claims.email,
        name: claims.name,
        role: claims.role,
        sessionId: claims.sid,
      };
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
