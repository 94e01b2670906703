import {
  AlertListSchema,
  type StrugglingStudents,
  StrugglingStudentsInputSchema,
  StrugglingStudentsSchema,
  TeacherClassSchema,
} from '@learnflow/contracts';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { PlatformApi } from '../platform-api.ts';
import { toolResult } from '../tool-result.ts';

type Row = StrugglingStudents['students'][number];

/**
 * `list_struggling_students`: students with open alerts (GET /api/teacher/alerts?status=open), of
 * one class (its roster from GET /api/teacher/classes/{id}, so another teacher's class is refused
 * by the API) or of all the teacher's classes.
 */
export function registerListStrugglingStudents(server: McpServer, api: PlatformApi): void {
  server.registerTool(
    'list_struggling_students',
    {
      title: 'List struggling students',
      description:
        'Students with open struggle alerts (repeated errors, stuck on an exercise, low quiz scores, saying they are stuck, failed runs in a row), the longest-waiting alert first. Give classId for one class; all your classes otherwise.',
      inputSchema: StrugglingStudentsInputSchema,
      outputSchema: StrugglingStudentsSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ classId }) =>
      toolResult(async () => {
        const [{ alerts }, roster] = await Promise.all([
          api.call(AlertListSchema, 'GET', '/api/teacher/alerts?status=open'),
          classId ? api.call(TeacherClassSchema, 'GET', `/api/teacher/classes/${classId}`) : undefined,
        ]);
        const members = roster ? new Set(roster.students.map((s) => s.id)) : undefined;
        const byStudent = new Map<string, Row>();
        for (const alert of [...alerts].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
          if (members && !members.has(alert.student.id)) continue;
          const row = byStudent.get(alert.student.id) ?? { student: alert.student, alerts: [] };
          row.alerts.push({
            id: alert.id,
            topic: alert.topic,
            trigger: alert.trigger,
            createdAt: alert.createdAt,
          });
          byStudent.set(alert.student.id, row);
        }
        return { students: [...byStudent.values()] };
      }),
  );
}
