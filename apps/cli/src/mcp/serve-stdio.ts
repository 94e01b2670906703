import { once } from 'node:events';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from './create-mcp-server.ts';
import { platformApi } from './platform-api.ts';

/** `learnflow mcp`: the MCP server on stdin/stdout for a client that spawns it; resolves when the client hangs up. */
export async function serveMcpStdio(options: { apiUrl: string; token: string }): Promise<void> {
  const server = createMcpServer(platformApi(options.apiUrl, options.token));
  await server.connect(new StdioServerTransport());
  await once(process.stdin, 'end');
  await server.close();
}
