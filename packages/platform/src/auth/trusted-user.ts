import { createHmac, timingSafeEqual } from 'node:crypto';
import { type AuthUser, AuthUserSchema } from './tokens.ts';

/** Between services: the user the gateway verified, and the gateway's signature over it. */
export const TRUSTED_USER_HEADER = 'x-learnflow-user';
export const TRUSTED_SIGNATURE_HEADER = 'x-learnflow-user-signature';

export interface TrustedUser {
  /** The two headers the gateway sets on a proxied request. */
  encode(user: AuthUser): Record<string, string>;
  /** The user when the headers are present and signed with the shared secret; otherwise null. */
  decode(value: string | undefined, signature: string | undefined): AuthUser | null;
}

export function createTrustedUser(secret: string): TrustedUser {
  const sign = (value: string) =>
    createHmac('sha256', `trusted-user:${secret}`).update(value).digest('base64url');
  return {
    encode(user) {
      const value = Buffer.from(JSON.stringify(user)).toString('base64url');
      return { [TRUSTED_USER_HEADER]: value, [TRUSTED_SIGNATURE_HEADER]: sign(value) };
    },
    decode(value, signature) {
      if (!value || !signature) return null;
      const expected = Buffer.from(sign(value));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const parsed = AuthUserSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}
