import type { FastifyRequest } from 'fastify';
import { appError } from '../errors.ts';
import type { AuthUser, Role, Tokens } from './tokens.ts';

/** The guard every protected route calls: the verified user, or a 401/403 error. */
export interface Auth {
  tokens: Tokens;
  require(request: FastifyRequest, ...roles: Role[]): Promise<AuthUser>;
}

export function createAuth(tokens: Tokens): Auth {
  return {
    tokens,
    async require(request, ...roles) {
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (!token) throw appError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>.');
      const user = await tokens.verify(token);
      if (!user) throw appError('UNAUTHENTICATED', 'The token is invalid or expired: sign in again.');
      if (roles.length > 0 && !roles.includes(user.role)) {
        throw appError(
          'FORBIDDEN',
          `This needs the ${roles.join(' or ')} role; you are signed in as a ${user.role}.`,
        );
      }
      return user;
    },
  };
}
