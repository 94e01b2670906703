import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
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
  await app.register(helmet, {
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
