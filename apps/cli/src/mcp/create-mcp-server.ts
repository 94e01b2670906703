import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import cli from '../../package.json' with { type: 'json' };
import type { PlatformApi } from './platform-api.ts';
import { registerAssignExercise } from './tools/assign-exercise.ts';
import { registerGetAlert } from './tools/get-alert.ts';
import { registerGetStudentProgress } from './tools/get-student-progress.ts';
import { registerListClasses } from './tools/list-classes.ts';
import { registerListExercises } from './tools/list-exercises.ts';
import { registerListStrugglingStudents } from './tools/list-struggling-students.ts';

const INSTRUCTIONS = `Tools for a teacher on LearnFlow, a Python learning platform. They act as the signed-in
teacher and see only that teacher's classes and students. Start with list_classes or
list_struggling_students; get_student_progress and get_alert explain one student or alert;
assign_exercise gives students an exercise (ids from get_alert or list_exercises).`;

/** The LearnFlow MCP server: every tool calls the platform's HTTP API through `api` (one teacher's token). */
export function createMcpServer(api: PlatformApi): McpServer {
  const server = new McpServer({ name: 'learnflow', version: cli.version }, { instructions: INSTRUCTIONS });
  registerListClasses(server, api);
  registerListStrugglingStudents(server, api);
  registerGetStudentProgress(server, api);
  registerGetAlert(server, api);
  registerListExercises(server, api);
  registerAssignExercise(server, api);
  return server;
}
