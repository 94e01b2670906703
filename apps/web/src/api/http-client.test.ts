import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { createHttpClient } from './http-client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createHttpClient', () => {
  it('sends the bearer token and JSON, and returns the parsed body', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true }));
    const http = createHttpClient({ token: () => 'tok', fetch });
    expect(await http.post('/api/x', { a: 1 })).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith('/api/x', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: 'Bearer tok',
      },
      body: '{"a":1}',
    });
  });

  it('returns a file answer (a CSV) as its text, and its refusal as an ApiError', async () => {
    const csv = 'Student,ID\r\n"Chen, Maya",\r\n';
    const fetch = vi.fn(
      async () => new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } }),
    );
    const http = createHttpClient({ token: () => 'tok', fetch });
    expect(await http.text('/api/teacher/classes/1/gradebook.csv')).toBe(csv);
    const refused = createHttpClient({
      token: () => null,
      fetch: async () => json(403, { error: { code: 'FORBIDDEN', message: 'Not your class.' } }),
    });
    await expect(refused.text('/x.csv')).rejects.toEqual(new ApiError(403, 'FORBIDDEN', 'Not your class.'));
  });

  it('sends no body and no content type when there is none', async () => {
    const fetch = vi.fn(async () => json(200, {}));
    await createHttpClient({ token: () => null, fetch }).post('/api/teacher/alerts/1/resolve');
    expect(fetch).toHaveBeenCalledWith('/api/teacher/alerts/1/resolve', {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: undefined,
    });
  });

  it("turns an error body into an ApiError with the API's message", async () => {
    const http = createHttpClient({
      token: () => null,
      fetch: async () => json(404, { error: { code: 'NOT_FOUND', message: 'No topic "x".' } }),
    });
    await expect(http.get('/api/topics/x')).rejects.toEqual(new ApiError(404, 'NOT_FOUND', 'No topic "x".'));
  });

  it('signs out on a 401 of a signed-in request', async () => {
    const onUnauthorized = vi.fn();
    const http = createHttpClient({
      token: () => 'old',
      onUnauthorized,
      fetch: async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in again.' } }),
    });
    await expect(http.get('/api/me')).rejects.toThrow('Sign in again.');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('refreshes silently on a 401 and retries once with the new token', async () => {
    let token = 'old';
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) =>
      (init?.headers as Record<string, string> | undefined)?.authorization === 'Bearer new'
        ? json(200, { id: 'u1' })
        : json(401, { error: { code: 'UNAUTHENTICATED', message: 'expired' } }),
    );
    const refresh = vi.fn(async () => {
      token = 'new';
      return true;
    });
    const http = createHttpClient({ token: () => token, onUnauthorized, refresh, fetch });
    expect(await http.get('/api/me')).toEqual({ id: 'u1' });
    expect(refresh).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('explains a network failure and a body that is not JSON', async () => {
    const offline = createHttpClient({
      token: () => null,
      fetch: async () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(offline.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    const proxy = createHttpClient({
      token: () => null,
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });
    await expect(proxy.get('/api/me')).rejects.toMatchObject({
      status: 502,
      message: 'The server answered 502 Bad Gateway.',
    });
  });
});
