import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from './create-app.ts';
import type { App } from './service-definition.ts';

describe('createApp: what every route answers and documents', () => {
  let app: App;

  beforeAll(async () => {
    app = await createApp({
      title: 'test',
      log: pino({ level: 'silent' }),
      bodyLimit: 1_024,
      readiness: async () => ({ checks: {}, problems: {} }),
      edge: { user: async () => null, userPerMinute: 100, ipPerMinute: 100, corsOrigins: [] },
    });
    const Item = z.object({ id: z.string() });
    app.get('/api/items/:id', { schema: { params: Item, response: { 200: Item } } }, async (request) => ({
      id: (request.params as { id: string }).id,
    }));
    app.post(
      '/api/items',
      { schema: { body: z.strictObject({ name: z.string() }), response: { 201: Item } } },
      async (_request, reply) => reply.code(201).send({ id: 'new' }),
    );
    app.delete(
      '/api/items/:id',
      { schema: { response: { 204: z.null().describe('Done.') } } },
      async (_r, reply) => reply.code(204).send(null),
    );
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers 405 with Allow for a known path and another method, 404 for an unknown path', async () => {
    const put = await app.inject({ method: 'PUT', url: '/api/items/7' });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('DELETE, GET, HEAD');
    expect(put.json().error).toEqual({
      code: 'METHOD_NOT_ALLOWED',
      message: '/api/items/7 does not answer PUT: use DELETE or GET or HEAD.',
    });
    // A method Fastify expects a body for, sent without one, is still a 405, not a parse error.
    const query = await app.inject({ method: 'QUERY' as 'GET', url: '/api/items' });
    expect(query.statusCode).toBe(405);
    expect(query.headers.allow).toBe('POST');
    const unknown = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
  });

  it('documents the edge answers (400, 413, 415, 429) and a 204 without a body', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    const post = document.paths['/api/items'].post.responses;
    expect(Object.keys(post).sort()).toEqual(['201', '400', '413', '415', '429']);
    expect(Object.keys(document.paths['/api/items/{id}'].get.responses).sort()).toEqual([
      '200',
      '400',
      '429',
    ]);
    const deleted = document.paths['/api/items/{id}'].delete.responses['204'];
    expect(deleted).toEqual({ description: 'Done.' });
    const tooLarge = await app.inject({
      method: 'POST',
      url: '/api/items',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2_000) }),
    });
    expect(tooLarge.statusCode).toBe(413);
  });
});
