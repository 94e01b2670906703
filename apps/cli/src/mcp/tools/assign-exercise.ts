import { AssignmentBodySchema, AssignmentsCreatedSchema } from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

/** `assign_exercise`: assigns one exercise to some of the teacher's students (POST /api/teacher/assignments). */
export function registerAssignExercise(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'assign_exercise',
    {
      title: 'Assign an exercise',
      description:
        'Assigns an exercise (an id from list_exercises or get_alert) to one or more of your students, optionally with a due time; each student is notified at once. Assigning it again to a student who has it changes nothing (created: false).',
      inputSchema: AssignmentBodySchema,
      outputSchema: AssignmentsCreatedSchema,
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: true,
        openWorldHint: false,
      },
    },
    (body) => toolResult(() => api.call(AssignmentsCreatedSchema, 'POST', '/api/teacher/assignments', body)),
  );
}
