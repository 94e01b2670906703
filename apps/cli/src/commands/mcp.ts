import { createRootLogger } from '@learnflow/platform';
import { flag } from '../flag.ts';
import { serveMcpHttp } from '../mcp/serve-http.ts';
import { serveMcpStdio } from '../mcp/serve-stdio.ts';
import { onShutdown } from '../shutdown.ts';
import { UsageError } from '../usage-error.ts';

export const MCP_USAGE = `learnflow mcp [--url URL] [--token T]   the MCP server for a teacher's AI assistant on stdio (token: LEARNFLOW_TOKEN or --token)
  learnflow mcp --http PORT [--host H] [--url URL]   the same over Streamable HTTP at /mcp; each request sends Authorization: Bearer <token>`;

const DEFAULT_URL = 'http://localhost:8180';

function apiUrl(args: string[]): string {
  const given = flag(args, 'url') ?? process.env.LEARNFLOW_URL ?? DEFAULT_URL;
  const url = URL.canParse(given) ? new URL(given) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(
      `--url ${given} is not an http(s) address of the LearnFlow API, e.g. ${DEFAULT_URL}.`,
    );
  return url.origin;
}

/** `learnflow mcp`: the teacher tools of docs/mcp.md, calling the platform's HTTP API with the teacher's token. */
export async function mcpCommand(args: string[]): Promise<number> {
  const url = apiUrl(args);
  const http = flag(args, 'http');
  if (args.includes('--http') && !http) throw new UsageError(`--http needs a port.\n\n${MCP_USAGE}`);
  if (http === undefined) {
    if (args.includes('--host')) throw new UsageError(`--host goes with --http.\n\n${MCP_USAGE}`);
    const token = flag(args, 'token') ?? process.env.LEARNFLOW_TOKEN;
    if (!token)
      throw new UsageError(
        `MCP_NO_TOKEN: set LEARNFLOW_TOKEN (or --token) to your LearnFlow teacher token: POST ${url}/api/auth/login gives one (docs/mcp.md).`,
      );
    console.error(`learnflow mcp: serving MCP on stdio, calling the LearnFlow API at ${url}`);
    await serveMcpStdio({ apiUrl: url, token });
    return 0;
  }
  if (args.includes('--token'))
    throw new UsageError(
      '--token is for stdio: over HTTP each request carries its own Authorization header.',
    );
  const port = Number(http);
  if (!/^\d+$/.test(http) || port > 65_535) throw new UsageError(`--http ${http} is not a port (0-65535).`);
  const log = createRootLogger('info').child({ component: 'mcp' });
  const server = await serveMcpHttp({ apiUrl: url, port, host: flag(args, 'host') ?? '127.0.0.1', log });
  onShutdown(log, () => server.close());
  console.log(
    `LearnFlow MCP server at ${server.url} (Streamable HTTP), calling the API at ${url}; clients send Authorization: Bearer <teacher token>.`,
  );
  return -1;
}
