import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorBodySchema } from '@learnflow/contracts';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
  type RouteOptions,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { type EdgeOptions, registerEdge } from './edge.ts';
import { OneLineLogController } from './one-line-log-controller.ts';
import { parseJsonBody } from './parse-json-body.ts';
import type { ReadinessReport } from './resources.ts';
import { trackRouteMethods } from './route-methods.ts';
import type { App } from './service-definition.ts';

export interface AppOptions {
  title: string;
  log: Logger;
  bodyLimit: number;
  /** Each named check must answer true for `/ready` to be 200; a failing one says why in `problems`. */
  readiness: () => Promise<ReadinessReport>;
  edge: EdgeOptions;
}

const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The Fastify app every service runs in: zod validation, the error body of API.md,
 * request / correlation ids, `/health`, `/ready`, `/metrics` and OpenAPI at `/docs`.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.log as FastifyBaseLogger,
    bodyLimit: options.bodyLimit,
    logController: new OneLineLogController({
      disableRequestLogging: (request) => QUIET_ROUTES.has(request.url.split('?')[0] ?? ''),
    }),
    genReqId: (request) => {
      const given = request.headers['x-correlation-id'] ?? request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  // JSON in and out: any other body is a 415, not a string the schema rejects.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const methodsOf = trackRouteMethods(app);
  const noRoute = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = methodsOf(path);
    if (allowed.length > 0) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send({
          error: {
            code: 'METHOD_NOT_ALLOWED',
            message: `${path} does not answer ${request.method}: use ${allowed.join(' or ')}.`,
          },
        });
    }
    return reply
      .code(404)
      .send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${path}.` } });
  };
  app.setErrorHandler((error, request, reply) => {
    // A request no route matches may still fail its body parsing first: it is answered as unmatched.
    if (request.is404) return noRoute(request, reply);
    const { status, code, message, headers } = describeError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).headers(headers).send({ error: { code, message } });
  });
  app.setNotFoundHandler(noRoute);
  app.addHook('onRoute', documentEdgeErrors);

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-correlation-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    durations
      .labels(request.method, request.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1_000);
  });

  await registerEdge(app, options.edge);
  await app.register(swagger, {
    openapi: {
      info: { title: options.title, version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: (document) => withEmptyResponses(jsonSchemaTransform(document)),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const Status = z.object({
    status: z.string(),
    checks: z.record(z.string(), z.boolean()).optional(),
    problems: z.record(z.string(), z.string()).optional(),
  });
  app.get('/health', { schema: { tags: ['health'], security: [], response: { 200: Status } } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/ready',
    { schema: { tags: ['health'], security: [], response: { 200: Status, 503: Status } } },
    async (_request, reply) => {
      const { checks, problems } = await options.readiness();
      const ok = Object.values(checks).every(Boolean);
      return reply
        .code(ok ? 200 : 503)
        .send({ status: ok ? 'ready' : 'unavailable', checks, ...(ok ? {} : { problems }) });
    },
  );
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
  return app;
}

/**
 * The answers the edge can give on any documented route, so the OpenAPI document lists them:
 * 429 (rate limit) everywhere, 400 where input is validated, 413 and 415 where a body is read.
 */
function documentEdgeErrors(route: RouteOptions): void {
  const schema = route.schema;
  if (!schema?.response || schema.hide) return;
  const response = schema.response as Record<string, unknown>;
  const codes = ['429'];
  if (schema.body || schema.querystring || schema.params) codes.push('400');
  if (schema.body) codes.push('413', '415');
  for (const code of codes) if (!(code in response)) response[code] = ErrorBodySchema;
}

/** A response documented as `z.null()` (204 and the like) has no body: no content in the document. */
function withEmptyResponses(document: ReturnType<typeof jsonSchemaTransform>) {
  const response = document.schema.response as Record<string, Record<string, unknown>> | undefined;
  for (const [status, schema] of Object.entries(response ?? {})) {
    const values = schema.enum as unknown[] | undefined;
    if (values?.length === 1 && values[0] === null) {
      (response as Record<string, unknown>)[status] = { type: 'null', description: schema.description };
    }
  }
  return document;
}

function describeError(error: unknown) {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, headers: error.headers };
  }
  if (isCodedError(error)) {
    const headers: Record<string, string> =
      error.retryAfterSeconds !== undefined
        ? { 'retry-after': String(Math.ceil(error.retryAfterSeconds)) }
        : {};
    return { status: error.status, code: error.code, message: error.message, headers };
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const details = fastifyError.validation
      .map(
        (issue) =>
          `${issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || fastifyError.validationContext}: ${issue.message}`,
      )
      .join('; ');
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      message: `Invalid ${fastifyError.validationContext}: ${details}`,
      headers: {},
    };
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The body is larger than the limit: send less.',
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send the body as application/json.',
        headers: {},
      };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status < 500)
    return { status, code: fastifyError.code ?? 'BAD_REQUEST', message: fastifyError.message, headers: {} };
  return {
    status: 500,
    code: 'INTERNAL',
    message: 'Something went wrong on our side; the request id is in the x-correlation-id header.',
    headers: {},
  };
}

/** A package's own coded error (e.g. SandboxError): an UPPER_SNAKE code and an HTTP status. */
function isCodedError(
  error: unknown,
): error is Error & { code: string; status: number; retryAfterSeconds?: number } {
  if (!(error instanceof Error)) return false;
  const { code, status } = error as Error & { code?: unknown; status?: unknown };
  return (
    typeof code === 'string' &&
    /^[A-Z][A-Z_]+$/.test(code) &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 600
  );
}
