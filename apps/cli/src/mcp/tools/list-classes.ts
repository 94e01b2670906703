import { TeacherClassListSchema } from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

/** `list_classes`: the teacher's classes, each with its join code and students (GET /api/teacher/classes). */
export function registerListClasses(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'list_classes',
    {
      title: 'List my classes',
      description:
        'Your classes in LearnFlow, each with its students (id, name, email, when they joined) and its join code.',
      outputSchema: TeacherClassListSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () => toolResult(() => api.call(TeacherClassListSchema, 'GET', '/api/teacher/classes')),
  );
}
