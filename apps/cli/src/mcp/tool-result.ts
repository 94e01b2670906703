import { AppError } from '@learnflow/platform';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/**
 * Runs a tool's body: its answer as structured content (and as JSON text for clients that read
 * text only); a coded error as an MCP tool error carrying the status, code and message.
 */
export async function toolResult(body: () => Promise<Record<string, unknown>>): Promise<CallToolResult> {
  try {
    const data = await body();
    return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }], structuredContent: data };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      isError: true,
      content: [{ type: 'text', text: `${error.status} ${error.code}: ${error.message}` }],
      _meta: { status: error.status, code: error.code },
    };
  }
}
