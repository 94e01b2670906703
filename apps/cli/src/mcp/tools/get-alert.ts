import { AlertDetailSchema, AlertInputSchema } from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

/** `get_alert`: one alert's evidence, the topic history and exercises to assign (GET /api/teacher/alerts/{id}). */
export function registerGetAlert(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'get_alert',
    {
      title: 'Read why an alert fired',
      description:
        "One alert with its evidence (each run, submission, quiz attempt or message that made it fire, with time, error and a code excerpt), the student's recent history on the topic, and the topic's exercises to assign as a targeted exercise.",
      inputSchema: AlertInputSchema,
      outputSchema: AlertDetailSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ alertId }) => toolResult(() => api.call(AlertDetailSchema, 'GET', `/api/teacher/alerts/${alertId}`)),
  );
}
