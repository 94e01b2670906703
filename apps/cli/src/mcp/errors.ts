import { AppError } from '@learnflow/platform';

/** The MCP server's own coded errors (docs/errors.md); every other tool error is the API's own. */
export const MCP_ERRORS = {
  MCP_NO_TOKEN: {
    status: 401,
    meaning:
      "No teacher token: stdio takes `LEARNFLOW_TOKEN` or `--token`, HTTP each request's `Authorization: Bearer` header.",
  },
  MCP_PLATFORM_UNREACHABLE: {
    status: 503,
    meaning: 'The MCP server cannot reach the LearnFlow API at `--url`: start the platform or fix the URL.',
  },
  MCP_UNEXPECTED_ANSWER: {
    status: 502,
    meaning: 'The server at `--url` answered something that is not the LearnFlow API: check the URL.',
  },
} as const;

export type McpErrorCode = keyof typeof MCP_ERRORS;

export const mcpError = (code: McpErrorCode, message: string) =>
  new AppError(code, message, MCP_ERRORS[code].status, true);
