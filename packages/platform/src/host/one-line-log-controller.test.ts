import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createApp } from './create-app.ts';

it('logs one line a request, when it is answered, with the request, the status and the time; none for /health', async () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const app = await createApp({
    title: 'test',
    log: pino({ level: 'info' }, stream),
    bodyLimit: 1_024,
    readiness: async () => ({ checks: {}, problems: {} }),
    edge: { user: async () => null, userPerMinute: 100, ipPerMinute: 100, corsOrigins: [] },
  });
  app.get('/api/items', async () => ({ items: [] }));
  try {
    await app.inject({ method: 'GET', url: '/health' });
    const answered = await app.inject({ method: 'GET', url: '/api/items?page=2' });
    await app.inject({ method: 'GET', url: '/api/nothing' });
    const requests = lines.filter((line) => 'req' in line || 'res' in line);
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      msg: 'request completed',
      reqId: answered.headers['x-correlation-id'],
      req: { method: 'GET', url: '/api/items?page=2' },
      res: { statusCode: 200 },
    });
    expect(typeof requests[0]?.responseTime).toBe('number');
    expect(requests[1]).toMatchObject({ req: { url: '/api/nothing' }, res: { statusCode: 404 } });
  } finally {
    await app.close();
  }
});
