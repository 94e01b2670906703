import { ErrorBodySchema } from '@learnflow/contracts';
import { AppError } from '@learnflow/platform';
import type { z } from 'zod';
import { mcpError } from './errors.ts';

const TIMEOUT_MS = 15_000;

/** The platform's HTTP API as one teacher's token sees it: the only way the MCP tools reach data. */
export interface PlatformApi {
  /** The API's answer parsed with its contract schema; an error answer throws its status, code and message. */
  call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>>;
}

export function platformApi(baseUrl: string, token: string): PlatformApi {
  return {
    async call(schema, method, path, body) {
      const url = new URL(path, baseUrl);
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        const why =
          error instanceof Error && error.name === 'TimeoutError'
            ? `no answer in ${TIMEOUT_MS / 1000} s`
            : 'connection failed';
        throw mcpError(
          'MCP_PLATFORM_UNREACHABLE',
          `Cannot reach the LearnFlow platform at ${baseUrl} (${why}): start it (npm start) or pass its address with --url.`,
        );
      }
      const json: unknown = await res.json().catch(() => undefined);
      if (!res.ok) {
        const failure = ErrorBodySchema.safeParse(json);
        if (failure.success)
          throw new AppError(failure.data.error.code, failure.data.error.message, res.status, true);
        throw mcpError(
          'MCP_UNEXPECTED_ANSWER',
          `${method} ${url} answered ${res.status} without a LearnFlow error body: is --url ${baseUrl} the LearnFlow API?`,
        );
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw mcpError(
          'MCP_UNEXPECTED_ANSWER',
          `${method} ${url} answered ${res.status} with a body that is not the LearnFlow API's: is --url ${baseUrl} right, and the same version?`,
        );
      return parsed.data;
    },
  };
}
