import type { Role } from '@learnflow/contracts';
import type { FastifyRequest } from 'fastify';
import { appError } from '../errors.ts';
import type { Sessions } from './sessions.ts';
import type { AuthUser, Tokens } from './tokens.ts';
import { TRUSTED_SIGNATURE_HEADER, TRUSTED_USER_HEADER, type TrustedUser } from './trusted-user.ts';

/** The guard every protected route calls: the verified user, or a 401/403 error. */
export interface Auth {
  tokens: Tokens;
  trusted: TrustedUser;
  sessions: Sessions;
  /**
   * The caller from a Bearer token whose session is live (the account as it is now), or from
   * the gateway's signed header on a proxied request (the gateway checked the session).
   */
  user(request: FastifyRequest): Promise<AuthUser | null>;
  require(request: FastifyRequest, ...roles: Role[]): Promise<AuthUser>;
}

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function createAuth(tokens: Tokens, trusted: TrustedUser, sessions: Sessions): Auth {
  const bearer = (request: FastifyRequest) => {
    const value = request.headers.authorization;
    return value?.startsWith('Bearer ') ? value.slice(7).trim() : undefined;
  };
  // One verification per request: the rate limiter and the route guard ask for the same user.
  const seen = new WeakMap<FastifyRequest, Promise<AuthUser | null>>();
  const resolveUser = async (request: FastifyRequest) => {
    const forwarded = trusted.decode(
      header(request, TRUSTED_USER_HEADER),
      header(request, TRUSTED_SIGNATURE_HEADER),
    );
    if (forwarded) return forwarded;
    const token = bearer(request);
    const claims = token ? await tokens.verify(token) : null;
    if (!claims) return null;
    const account = await sessions.check(claims.sessionId, claims.id);
    return account ? { ...account, sessionId: claims.sessionId } : null;
  };
  const auth: Auth = {
    tokens,
    trusted,
    sessions,
    user(request) {
      const known = seen.get(request);
      if (known) return known;
      const found = resolveUser(request);
      seen.set(request, found);
      return found;
    },
    async require(request, ...roles) {
      const user = await auth.user(request);
      if (!user) {
        throw appError(
          'UNAUTHENTICATED',
          bearer(request)
            ? 'The token is invalid, expired or signed out: refresh it (POST /api/auth/refresh) or sign in again.'
            : 'Sign in first: send Authorization: Bearer <token>.',
        );
      }
      if (roles.length > 0 && !roles.includes(user.role)) {
        throw appError(
          'FORBIDDEN',
          `This needs the ${roles.join(' or ')} role; you are signed in as ${user.role === 'admin' ? 'an' : 'a'} ${user.role}.`,
        );
      }
      return user;
    },
  };
  return auth;
}
