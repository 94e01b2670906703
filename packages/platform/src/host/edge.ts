import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import helmet from 'helmet';
import type { AuthUser } from '../auth/tokens.ts';
import { appError } from '../errors.ts';
import type { App } from './service-definition.ts';

export interface EdgeOptions {
  /** Who is calling (the same per-request answer the route guard uses). */
  user: (request: FastifyRequest) => Promise<AuthUser | null>;
  userPerMinute: number;
  ipPerMinute: number;
  corsOrigins: string[];
}

/**
 * What the edge adds in front of every route: security headers, CORS for the web app,
 * and rate limits per signed-in user and per IP for anonymous calls (429 + Retry-After).
 */
export async function registerEdge(app: App, options: EdgeOptions): Promise<void> {
  // Built once: @fastify/helmet built helmet's middleware again on every request (its CSP
  // directives parsed each time), 9% of the CPU of GET /api/me.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'script-src': ["'self'"],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));
  await app.register(cors, { origin: options.corsOrigins, credentials: false, maxAge: 600 });
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    keyGenerator: async (request) => {
      const user = await options.user(request);
      return user ? `user:${user.id}` : `ip:${request.ip}`;
    },
    max: (_request, key) => (key.startsWith('user:') ? options.userPerMinute : options.ipPerMinute),
    allowList: (request) => ['/health', '/ready', '/metrics'].includes(request.url),
    errorResponseBuilder: (_request, context) =>
      appError(
        'RATE_LIMITED',
        `Too many requests: at most ${context.max} a minute. Retry in ${Math.ceil(context.ttl / 1000)} s.`,
        {
          'retry-after': String(Math.ceil(context.ttl / 1000)),
        },
      ),
  });
}
