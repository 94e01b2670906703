import { ApiError } from './api-error.ts';

export interface HttpClientOptions {
  /** The signed-in user's token, if any. */
  token: () => string | null;
  /** Called when a signed-in request is refused with 401 and refreshing did not help (the session ended). */
  onUnauthorized?: () => void;
  /** Trades the refresh token for a new access token; true when the request may be retried. */
  refresh?: () => Promise<boolean>;
  fetch?: typeof fetch;
  baseUrl?: string;
}

export interface HttpClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string, body?: unknown): Promise<T>;
  /** A GET whose answer is a file (a CSV): its text, not parsed. */
  text(path: string): Promise<string>;
}

/** JSON over fetch with the bearer token; every refusal becomes an ApiError carrying the API's message. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl ?? '';

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    retried = false,
    raw = false,
  ): Promise<T> {
    const token = options.token();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Could not reach LearnFlow. Check your connection and try again.');
    }
    const text = await response.text();
    let json: unknown = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!response.ok) {
      const error = errorBody(json);
      if (response.status === 401 && token) {
        if (!retried && options.refresh && (await options.refresh()))
          return request(method, path, body, true, raw);
        options.onUnauthorized?.();
      }
      throw new ApiError(
        response.status,
        error?.code ?? `HTTP_${response.status}`,
        error?.message ?? `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
      );
    }
    return (raw ? text : json) as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: (path, body) => request('DELETE', path, body),
    text: (path) => request<string>('GET', path, undefined, false, true),
  };
}

function errorBody(json: unknown): { code: string; message: string } | null {
  if (typeof json !== 'object' || json === null || !('error' in json)) return null;
  const error = (json as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return null;
  return { code: typeof code === 'string' ? code : 'ERROR', message };
}
