import { ExerciseListQuerySchema, ExerciseListSchema } from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

/** `list_exercises`: the exercises a teacher can assign, of one topic or all (GET /api/exercises). */
export function registerListExercises(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'list_exercises',
    {
      title: 'List exercises',
      description:
        'Exercises you can assign (id, title, topic, difficulty), of one topic (its slug, e.g. "for-loops") or of every topic.',
      inputSchema: ExerciseListQuerySchema,
      outputSchema: ExerciseListSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ topic }) =>
      toolResult(() =>
        api.call(
          ExerciseListSchema,
          'GET',
          `/api/exercises${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`,
        ),
      ),
  );
}
