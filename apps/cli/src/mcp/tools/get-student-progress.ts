import {
  StudentDetailSchema,
  StudentInputSchema,
  StudentOverviewSchema,
  StudentProgressSchema,
} from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

/** `get_student_progress`: mastery per topic (GET .../progress) and open alerts (GET /api/teacher/students/{id}). */
export function registerGetStudentProgress(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'get_student_progress',
    {
      title: "Read a student's progress",
      description:
        "One of your students: mastery 0-100 per topic with its level and parts (exercises, quizzes, code quality, consistency), the streak, the suggested next topic, and the student's open alerts.",
      inputSchema: StudentInputSchema,
      outputSchema: StudentOverviewSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ studentId }) =>
      toolResult(async () => {
        const [progress, detail] = await Promise.all([
          api.call(StudentProgressSchema, 'GET', `/api/teacher/students/${studentId}/progress`),
          api.call(StudentDetailSchema, 'GET', `/api/teacher/students/${studentId}`),
        ]);
        return { ...progress, email: detail.student.email, openAlerts: detail.openAlerts };
      }),
  );
}
