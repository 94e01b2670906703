import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Logger } from 'pino';
import { createMcpServer } from './create-mcp-server.ts';
import { MCP_ERRORS } from './errors.ts';
import { platformApi } from './platform-api.ts';

export const MCP_PATH = '/mcp';

export interface McpHttpServer {
  /** The endpoint an MCP client connects to: `http://<host>:<port>/mcp`. */
  url: string;
  close(): Promise<void>;
}

const refuse = (
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
};

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

/**
 * Streamable HTTP, stateless: each POST gets its own MCP server bound to the token of that
 * request's Authorization header, so one endpoint serves any number of teachers and the API
 * authorizes every call.
 */
async function handle(apiUrl: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (new URL(req.url ?? '/', 'http://mcp').pathname !== MCP_PATH)
    return refuse(res, 404, `Nothing here: the MCP endpoint is ${MCP_PATH}.`);
  if (req.method !== 'POST')
    return refuse(res, 405, `This MCP server is stateless: POST each JSON-RPC message to ${MCP_PATH}.`, {
      allow: 'POST',
    });
  const token = bearer(req.headers.authorization);
  if (!token)
    return refuse(
      res,
      MCP_ERRORS.MCP_NO_TOKEN.status,
      'MCP_NO_TOKEN: send your LearnFlow teacher token as "Authorization: Bearer <token>" (POST /api/auth/login gives one; see docs/mcp.md).',
      { 'www-authenticate': 'Bearer realm="learnflow"' },
    );
  const server = createMcpServer(platformApi(apiUrl, token));
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.on('close', () => {
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res);
}

/** `learnflow mcp --http PORT`: the MCP endpoint over Streamable HTTP at `/mcp`. */
export async function serveMcpHttp(options: {
  apiUrl: string;
  port: number;
  host: string;
  log: Logger;
}): Promise<McpHttpServer> {
  const http = createServer((req, res) => {
    handle(options.apiUrl, req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'an MCP request failed');
      if (!res.headersSent)
        refuse(res, 500, 'The MCP server failed on this request; its log has the details.');
      else res.end();
    });
  });
  http.listen(options.port, options.host);
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${MCP_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
