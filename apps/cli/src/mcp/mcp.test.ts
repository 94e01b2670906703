import { fileURLToPath } from 'node:url';
import {
  AssignmentsCreatedSchema,
  StudentAssignmentsSchema,
  TeacherClassListSchema,
} from '@learnflow/contracts';
import { createRootLogger } from '@learnflow/platform';
import { insertAccounts } from '@learnflow/platform/testing';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestHost, type TestHost } from '../test-host.ts';
import { type McpHttpServer, serveMcpHttp } from './serve-http.ts';

const BIN = fileURLToPath(new URL('../../bin/learnflow.js', import.meta.url));

/** `learnflow mcp` against a real embedded platform, driven by the SDK's own client over both transports. */
describe('the MCP server for teachers', () => {
  let t: TestHost;
  let base: string;
  let http: McpHttpServer;
  const as: Record<string, { token: string; userId: string }> = {};
  let stranger: string;
  const clients: Client[] = [];

  const overHttp = async (token?: string) => {
    const client = new Client({ name: 'test', version: '1' });
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    await client.connect(new StreamableHTTPClientTransport(new URL(http.url), { requestInit: { headers } }));
    clients.push(client);
    return client;
  };
  const overStdio = async (token: string) => {
    const client = new Client({ name: 'test', version: '1' });
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LEARNFLOW_TOKEN: token };
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--url', base], env }),
    );
    clients.push(client);
    return client;
  };
  const text = (result: Awaited<ReturnType<Client['callTool']>>) =>
    (result.content as { type: string; text: string }[])[0]?.text ?? '';

  beforeAll(async () => {
    t = await startTestHost('pglite', 'mcp test');
    base = await t.host.app.listen({ host: '127.0.0.1', port: 0 });
    for (const name of ['james', 'maya', 'rodriguez']) as[name] = await t.login(`${name}@learnflow.dev`);
    // Another teacher's student, whom Mr. Rodriguez may not see.
    const other = await insertAccounts(t.platform.db, [
      { email: 'ms.other@test.dev', name: 'Ms. Other', role: 'teacher' },
      { email: 'sam@test.dev', name: 'Sam Stranger', role: 'student' },
    ]);
    stranger = other[1]?.id as string;
    const klass = await t.platform.db
      .insertInto('classes')
      .values({ name: 'Other class', teacher_id: other[0]?.id as string })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.platform.db
      .insertInto('enrollments')
      .values({ class_id: klass.id, student_id: stranger })
      .execute();
    http = await serveMcpHttp({ apiUrl: base, port: 0, host: '127.0.0.1', log: createRootLogger('silent') });
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) await client.close();
    await http?.close();
    await t?.stop();
  });

  it('lists its tools with their input and output schemas', async () => {
    const { tools } = await (await overHttp(as.rodriguez?.token)).listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'assign_exercise',
      'get_alert',
      'get_student_progress',
      'list_classes',
      'list_exercises',
      'list_struggling_students',
    ]);
    const assign = tools.find((tool) => tool.name === 'assign_exercise');
    expect(assign?.inputSchema.required).toEqual(['exerciseId', 'studentIds']);
    expect(assign?.inputSchema.properties?.studentIds).toMatchObject({ type: 'array', minItems: 1 });
    expect(assign?.outputSchema?.properties).toHaveProperty('assignments');
    const progress = tools.find((tool) => tool.name === 'get_student_progress');
    expect(progress?.inputSchema.properties?.studentId).toMatchObject({ type: 'string', format: 'uuid' });
    expect(progress?.annotations?.readOnlyHint).toBe(true);
  });

  it.each(['stdio', 'http'] as const)(
    'lists the demo teacher’s class over %s',
    async (transport) => {
      const token = as.rodriguez?.token as string;
      const client = transport === 'stdio' ? await overStdio(token) : await overHttp(token);
      const result = await client.callTool({ name: 'list_classes', arguments: {} });
      expect(result.isError).toBeFalsy();
      const { classes } = TeacherClassListSchema.parse(result.structuredContent);
      expect(classes).toHaveLength(1);
      expect(classes[0]?.students.map((s) => s.email).sort()).toEqual([
        'james@learnflow.dev',
        'maya@learnflow.dev',
      ]);
      expect(JSON.parse(text(result))).toEqual(result.structuredContent);
    },
    60_000,
  );

  it.each(['stdio', 'http'] as const)(
    'refuses a student token over %s with the API’s 403',
    async (transport) => {
      const token = as.maya?.token as string;
      const client = transport === 'stdio' ? await overStdio(token) : await overHttp(token);
      const result = await client.callTool({ name: 'list_classes', arguments: {} });
      expect(result.isError).toBe(true);
      expect(text(result)).toBe(
        '403 FORBIDDEN: This needs the teacher role; you are signed in as a student.',
      );
      expect(result._meta).toEqual({ status: 403, code: 'FORBIDDEN' });
    },
    60_000,
  );

  it('refuses another teacher’s student and class as the API does', async () => {
    const client = await overHttp(as.rodriguez?.token);
    const progress = await client.callTool({
      name: 'get_student_progress',
      arguments: { studentId: stranger },
    });
    expect(progress.isError).toBe(true);
    expect(text(progress)).toMatch(/^403 FORBIDDEN: /);
    const classes = await t.platform.db
      .selectFrom('classes')
      .select('id')
      .where('name', '=', 'Other class')
      .execute();
    const struggling = await client.callTool({
      name: 'list_struggling_students',
      arguments: { classId: classes[0]?.id },
    });
    expect(struggling.isError).toBe(true);
    expect(text(struggling)).toMatch(/^403 FORBIDDEN: /);
  });

  it('reads a struggling student, their progress and the alert’s evidence', async () => {
    for (const n of [1, 2, 3]) {
      const run = await t.host.app.inject({
        method: 'POST',
        url: '/api/execute',
        headers: { authorization: `Bearer ${as.james?.token}` },
        payload: { code: `count = ${n}\nlabel = "items: " + count\nprint(label)\n`, topic: 'for-loops' },
      });
      expect(run.json().error.type).toBe('TypeError');
    }
    const client = await overHttp(as.rodriguez?.token);
    const classId = TeacherClassListSchema.parse(
      (await client.callTool({ name: 'list_classes' })).structuredContent,
    ).classes[0]?.id;
    const struggling = await vi.waitFor(
      async () => {
        const result = await client.callTool({ name: 'list_struggling_students', arguments: { classId } });
        const rows = (
          result.structuredContent as {
            students: { student: { id: string }; alerts: { id: string; trigger: string }[] }[];
          }
        ).students;
        const james = rows.find((row) => row.student.id === as.james?.userId);
        expect(james?.alerts.map((a) => a.trigger)).toContain('repeated_error');
        return james;
      },
      { timeout: 15_000 },
    );
    const alertId = struggling?.alerts.find((a) => a.trigger === 'repeated_error')?.id;
    const detail = await client.callTool({ name: 'get_alert', arguments: { alertId } });
    const { alert, exercises } = detail.structuredContent as {
      alert: { evidence: { errorType: string; code: string }[] };
      exercises: { id: string }[];
    };
    expect(alert.evidence).toHaveLength(3);
    expect(alert.evidence[0]).toMatchObject({ errorType: 'TypeError' });
    expect(alert.evidence[0]?.code).toContain('label = "items: " + count');
    expect(exercises.length).toBeGreaterThan(0);
    const progress = await client.callTool({
      name: 'get_student_progress',
      arguments: { studentId: as.james?.userId },
    });
    expect(progress.isError).toBeFalsy();
    expect(progress.structuredContent).toMatchObject({
      student: { id: as.james?.userId, name: expect.any(String) },
      email: 'james@learnflow.dev',
      topics: expect.any(Array),
    });
    expect(
      (progress.structuredContent as { openAlerts: { id: string }[] }).openAlerts.map((a) => a.id),
    ).toContain(alertId);
  }, 60_000);

  it('assigns an exercise, and the student sees it through the API', async () => {
    const client = await overHttp(as.rodriguez?.token);
    const listed = await client.callTool({ name: 'list_exercises', arguments: { topic: 'for-loops' } });
    const exerciseId = (listed.structuredContent as { exercises: { id: string }[] }).exercises[0]
      ?.id as string;
    const result = await client.callTool({
      name: 'assign_exercise',
      arguments: { exerciseId, studentIds: [as.maya?.userId] },
    });
    expect(result.isError).toBeFalsy();
    const { assignments } = AssignmentsCreatedSchema.parse(result.structuredContent);
    expect(assignments).toMatchObject([{ exerciseId, studentId: as.maya?.userId, created: true }]);
    const seen = await t.host.app.inject({
      method: 'GET',
      url: '/api/assignments',
      headers: { authorization: `Bearer ${as.maya?.token}` },
    });
    const mine = StudentAssignmentsSchema.parse(seen.json()).assignments;
    expect(mine.map((a) => a.exerciseId)).toContain(exerciseId);
  });

  it('answers bad input and a missing or refused token with errors that say what to do', async () => {
    const client = await overHttp(as.rodriguez?.token);
    const bad = await client.callTool({
      name: 'assign_exercise',
      arguments: { exerciseId: 'nope', studentIds: [] },
    });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toContain('an exercise id (uuid)');
    const stranger_ = await client.callTool({
      name: 'assign_exercise',
      arguments: { exerciseId: '00000000-0000-4000-8000-000000000000', studentIds: [stranger] },
    });
    expect(stranger_.isError).toBe(true);
    expect(text(stranger_)).toMatch(/^(403|404) /);
    await expect(overHttp()).rejects.toThrow(/MCP_NO_TOKEN.*Authorization: Bearer/);
    const expired = await overHttp('not-a-token');
    expect(text(await expired.callTool({ name: 'list_classes' }))).toMatch(/^401 UNAUTHENTICATED: /);
  });

  it('says how to fix an unreachable platform instead of failing', async () => {
    const nowhere = await serveMcpHttp({
      apiUrl: 'http://127.0.0.1:9',
      port: 0,
      host: '127.0.0.1',
      log: createRootLogger('silent'),
    });
    try {
      const client = new Client({ name: 'test', version: '1' });
      const headers = { authorization: `Bearer ${as.rodriguez?.token}` };
      await client.connect(
        new StreamableHTTPClientTransport(new URL(nowhere.url), { requestInit: { headers } }),
      );
      const result = await client.callTool({ name: 'list_classes' });
      await client.close();
      expect(result.isError).toBe(true);
      expect(text(result)).toBe(
        '503 MCP_PLATFORM_UNREACHABLE: Cannot reach the LearnFlow platform at http://127.0.0.1:9 (connection failed): start it (npm start) or pass its address with --url.',
      );
    } finally {
      await nowhere.close();
    }
  });
});
