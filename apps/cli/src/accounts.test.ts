import { startServices } from '@learnflow/platform';
import { createTestPlatform, deliver, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { liveUrl } from './live-url.ts';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

const PASSPHRASE = 'correct horse battery staple';

describe.each(testDatabases())('accounts and sessions on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let base: string;
  let admin: string;
  let teacher: string;

  const call = (method: string, url: string, token?: string, payload?: object) =>
    host.app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await call('POST', '/api/auth/login', undefined, { email, password });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { token: string; refreshToken: string; user: { id: string; role: string } };
  };
  let registered = 0;
  const newStudent = async () => {
    const email = `student-${++registered}@school.test`;
    const res = await call('POST', '/api/auth/register', undefined, {
      email,
      password: PASSPHRASE,
      name: `Student ${registered}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return { email, ...(res.json() as { token: string; refreshToken: string; user: { id: string } }) };
  };
  /** Resolves with the close code once the socket closes. */
  const openSocket = async (token: string) => {
    const socket = new WebSocket(await liveUrl(base, token));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (raw) => raw.toString().includes('"ready"') && resolve());
      socket.once('error', reject);
    });
    return { socket, closed };
  };

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'accounts test');
    base = await host.app.listen({ host: '127.0.0.1', port: 0 });
    admin = (await login('admin@learnflow.dev')).token;
    teacher = (await login('rodriguez@learnflow.dev')).token;
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  it('makes every sign-up a student and refuses a chosen role with a 400 that says how teachers join', async () => {
    const chose = await call('POST', '/api/auth/register', undefined, {
      email: 'wannabe@school.test',
      password: PASSPHRASE,
      name: 'Wannabe',
      role: 'teacher',
    });
    expect(chose.statusCode).toBe(400);
    expect(chose.json().error.message).toContain('invite code from an admin');
    const users = await platform.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'wannabe@school.test')
      .execute();
    expect(users).toEqual([]);
    const plain = await newStudent();
    expect((await call('GET', '/api/me', plain.token)).json().role).toBe('student');
  });

  it("announces each account's changes to the services that keep one: made with its zone, its role changed, deleted", async () => {
    const bad = await call('POST', '/api/auth/register', undefined, {
      email: 'nowhere@school.test',
      password: PASSPHRASE,
      name: 'Nowhere',
      timezone: 'Mars/Olympus_Mons',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('IANA time zone');
    const made = await call('POST', '/api/auth/register', undefined, {
      email: 'tokyo@school.test',
      password: PASSPHRASE,
      name: 'Kenji',
      timezone: 'Asia/Tokyo',
    });
    expect(made.statusCode, made.body).toBe(201);
    const { user } = made.json() as { user: { id: string } };
    const kept = () =>
      Promise.all(
        (['progress_accounts', 'notification_accounts', 'classroom_accounts'] as const).map((table) =>
          platform.db
            .selectFrom(table)
            .select(['name', 'email', 'role', 'timezone'])
            .where('id', '=', user.id)
            .executeTakeFirst(),
        ),
      );
    const account = { name: 'Kenji', email: 'tokyo@school.test', timezone: 'Asia/Tokyo' };
    await vi.waitFor(async () =>
      expect(await kept()).toEqual(Array(3).fill({ ...account, role: 'student' })),
    );
    await call('PATCH', `/api/admin/users/${user.id}`, admin, { role: 'teacher' });
    await vi.waitFor(async () =>
      expect(await kept()).toEqual(Array(3).fill({ ...account, role: 'teacher' })),
    );
    await call('DELETE', '/api/me', (await login('tokyo@school.test', PASSPHRASE)).token, {
      password: PASSPHRASE,
    });
    expect(await kept()).toEqual([undefined, undefined, undefined]);
  });

  it('makes a teacher from a single-use invite, and refuses wrong, reused and expired codes creating nothing', async () => {
    const invite = (await call('POST', '/api/admin/invites', admin, {})).json().code as string;
    const join = (email: string, code: string) =>
      call('POST', '/api/auth/register', undefined, {
        email,
        password: PASSPHRASE,
        name: 'New Teacher',
        invite: code,
      });
    const first = await join('new.teacher@school.test', invite);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().user.role).toBe('teacher');
    const reused = await join('second.teacher@school.test', invite);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({
      code: 'INVALID_INVITE',
      message: expect.stringContaining('already used'),
    });
    expect((await join('third.teacher@school.test', 'teach-made-up')).json().error.code).toBe(
      'INVALID_INVITE',
    );
    const stale = (await call('POST', '/api/admin/invites', admin, {})).json().code as string;
    await platform.db
      .updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 1_000) })
      .where('used_at', 'is', null)
      .execute();
    expect((await join('fourth.teacher@school.test', stale)).json().error.message).toContain('expired');
    const made = await platform.db
      .selectFrom('users')
      .select('email')
      .where('email', 'like', '%.teacher@school.test')
      .execute();
    expect(made.map((u) => u.email)).toEqual(['new.teacher@school.test']);
    expect((await call('POST', '/api/admin/invites', teacher, {})).statusCode).toBe(403);
  });

  it('ends a session at logout, and refresh rotates the refresh token', async () => {
    const student = await newStudent();
    const refreshed = await call('POST', '/api/auth/refresh', undefined, {
      refreshToken: student.refreshToken,
    });
    expect(refreshed.statusCode).toBe(200);
    expect((await call('GET', '/api/progress', refreshed.json().token)).statusCode).toBe(200);
    expect(
      (await call('POST', '/api/auth/refresh', undefined, { refreshToken: student.refreshToken })).statusCode,
    ).toBe(401);
    expect((await call('POST', '/api/auth/logout', refreshed.json().token)).statusCode).toBe(204);
    for (const url of ['/api/me', '/api/progress', '/api/curriculum', '/api/chat/history'])
      expect((await call('GET', url, refreshed.json().token)).statusCode, url).toBe(401);
    const again = await call('POST', '/api/auth/refresh', undefined, {
      refreshToken: refreshed.json().refreshToken,
    });
    expect(again.statusCode).toBe(401);
  });

  it('ends every other session and closes their sockets on a password change; the new password works', async () => {
    const student = await newStudent();
    const other = await login(student.email, PASSPHRASE);
    const { closed } = await openSocket(other.token);
    const changed = await call('POST', '/api/me/password', student.token, {
      currentPassword: PASSPHRASE,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect(await closed).toBe(4401);
    expect((await call('GET', '/api/me', other.token)).statusCode).toBe(401);
    expect((await call('GET', '/api/me', student.token)).statusCode).toBe(200);
    await login(student.email, 'a brand new passphrase');
    // A wrong current password is refused without ending the session (a 401 would sign the web app out).
    const wrong = await call('POST', '/api/me/password', student.token, {
      currentPassword: 'not my password',
      newPassword: 'another new passphrase',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({
      code: 'WRONG_PASSWORD',
      message: expect.stringMatching(/current password is wrong/),
    });
    expect((await call('GET', '/api/me', student.token)).statusCode).toBe(200);
    const weak = await call('POST', '/api/me/password', student.token, {
      currentPassword: 'a brand new passphrase',
      newPassword: 'password1',
    });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
  });

  it('lets an admin disable an account and change a role: sessions and sockets end, the audit log says who', async () => {
    const student = await newStudent();
    const { closed } = await openSocket(student.token);
    const disabled = await call('PATCH', `/api/admin/users/${student.user.id}`, admin, { disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true, role: 'student' });
    expect(await closed).toBe(4401);
    expect((await call('GET', '/api/progress', student.token)).statusCode).toBe(401);
    const refused = await call('POST', '/api/auth/login', undefined, {
      email: student.email,
      password: PASSPHRASE,
    });
    expect(refused.json().error.code).toBe('ACCOUNT_DISABLED');
    await call('PATCH', `/api/admin/users/${student.user.id}`, admin, { disabled: false, role: 'teacher' });
    const promoted = await login(student.email, PASSPHRASE);
    expect(promoted.user.role).toBe('teacher');
    const log = await platform.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_id', '=', student.user.id)
      .orderBy('id')
      .execute();
    const adminId = (await call('GET', '/api/me', admin)).json().id;
    expect(log).toEqual([
      { action: 'account.disabled', actor_id: adminId },
      { action: 'role.changed', actor_id: adminId },
      { action: 'account.enabled', actor_id: adminId },
    ]);
    const users = (await call('GET', '/api/admin/users?role=admin', admin)).json().users;
    const last = await call('PATCH', `/api/admin/users/${users[0].id}`, admin, { role: 'teacher' });
    expect(last.json().error.code).toBe('LAST_ADMIN');
  });

  it('refuses a checked (cached) session on the very next request after a role change, and /api/me shows the new role', async () => {
    const student = await newStudent();
    const me = await call('GET', '/api/me', student.token);
    expect(me.json()).toEqual({ ...student.user, email: student.email, role: 'student' });
    const changed = await call('PATCH', `/api/admin/users/${student.user.id}`, admin, { role: 'teacher' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await call('GET', '/api/me', student.token)).statusCode).toBe(401);
    expect((await call('GET', '/api/teacher/students', student.token)).statusCode).toBe(401);
    const promoted = await login(student.email, PASSPHRASE);
    expect((await call('GET', '/api/me', promoted.token)).json().role).toBe('teacher');
    expect((await call('GET', '/api/teacher/students', promoted.token)).statusCode).toBe(200);
    expect((await call('POST', '/api/auth/logout', promoted.token)).statusCode).toBe(204);
    expect((await call('GET', '/api/me', promoted.token)).statusCode).toBe(401);
  });

  it('deletes an account with its data: its token gets 401 on teacher routes too, its export is gone', async () => {
    const invite = (await call('POST', '/api/admin/invites', admin, {})).json().code;
    const gone = (
      await call('POST', '/api/auth/register', undefined, {
        email: 'leaving@school.test',
        password: PASSPHRASE,
        name: 'Leaving',
        invite,
      })
    ).json();
    expect((await call('GET', '/api/teacher/students', gone.token)).statusCode).toBe(200);
    expect(
      (await call('DELETE', '/api/me', gone.token, { password: 'wrong password here' })).statusCode,
    ).toBe(403);
    expect((await call('DELETE', '/api/me', gone.token, { password: PASSPHRASE })).statusCode).toBe(204);
    expect((await call('GET', '/api/teacher/students', gone.token)).statusCode).toBe(401);
    expect((await call('GET', '/api/me/export', gone.token)).statusCode).toBe(401);
    expect(
      await platform.db.selectFrom('users').select('id').where('email', '=', 'leaving@school.test').execute(),
    ).toEqual([]);
  });

  it("exports all of a student's data, and keeps only anonymous class mastery after deletion", async () => {
    const student = await newStudent();
    const klass = await platform.db.selectFrom('classes').select('id').executeTakeFirstOrThrow();
    const code = await call('POST', `/api/teacher/classes/${klass.id}/join-code`, teacher, {});
    expect(code.statusCode, code.body).toBe(200);
    const joined = await call('POST', '/api/classes/join', student.token, { code: code.json().joinCode });
    expect(joined.statusCode, joined.body).toBe(201);
    await call('POST', '/api/chat?wait=true', student.token, { message: 'what is a for loop?' });
    const topic = await platform.db
      .selectFrom('topics')
      .select('id')
      .where('slug', '=', 'for-loops')
      .executeTakeFirstOrThrow();
    await platform.db
      .insertInto('progress')
      .values({
        user_id: student.user.id,
        topic_id: topic.id,
        mastery: 42,
        level: 'Learning',
        exercises_score: 0,
        quiz_score: 0,
        quality_score: 0,
        consistency_score: 0,
      })
      .execute();
    // Classroom's own mastery of the student, as progress announces it.
    await deliver(
      platform,
      'progress.updates',
      { userId: student.user.id, topic: 'for-loops', mastery: 42, level: 'Learning', streak: 0 },
      { userId: student.user.id, group: 'classroom.mastery' },
    );
    const exported = (await call('GET', '/api/me/export', student.token)).json();
    expect(exported.user).toMatchObject({ id: student.user.id, email: student.email });
    expect(
      exported.data.chat_messages.map((m: { content?: string; text?: string }) => JSON.stringify(m)).join(),
    ).toContain('what is a for loop?');
    expect(exported.data.progress).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain('argon2');
    expect((await call('DELETE', '/api/me', student.token, { password: PASSPHRASE })).statusCode).toBe(204);
    // Classroom keeps the class's mastery with no identity when it hears of the deletion, then forgets the rest.
    await vi.waitFor(async () => {
      const kept = await platform.db
        .selectFrom('departed_mastery')
        .selectAll()
        .where('class_id', '=', klass.id)
        .execute();
      expect(kept.map((k) => Number(k.mastery))).toContain(42);
    });
    for (const [table, column] of [
      ['enrollments', 'student_id'],
      ['classroom_mastery', 'user_id'],
    ] as const)
      expect(
        await platform.db.selectFrom(table).selectAll().where(column, '=', student.user.id).execute(),
        table,
      ).toEqual([]);
    const left = await platform.db
      .selectFrom('chat_messages')
      .select('id')
      .where('user_id', '=', student.user.id)
      .execute();
    expect(left).toEqual([]);
  });

  it("lets a teacher reset their own student's password with a one-time code", async () => {
    const maya = await login('maya@learnflow.dev');
    const other = (await call('POST', '/api/admin/invites', admin, {})).json().code;
    const stranger = (
      await call('POST', '/api/auth/register', undefined, {
        email: 'stranger.t@school.test',
        password: PASSPHRASE,
        name: 'Stranger',
        invite: other,
      })
    ).json().token;
    expect(
      (await call('POST', `/api/teacher/students/${maya.user.id}/password-reset`, stranger)).statusCode,
    ).toBe(403);
    const issued = await call('POST', `/api/teacher/students/${maya.user.id}/password-reset`, teacher);
    expect(issued.statusCode).toBe(201);
    const code = issued.json().code as string;
    const reset = (c: string) =>
      call('POST', '/api/auth/reset-password', undefined, {
        email: 'maya@learnflow.dev',
        code: c,
        newPassword: 'a fresh phrase for class',
      });
    expect((await reset('WRONG-CODE-1234')).json().error.code).toBe('INVALID_RESET_CODE');
    const done = await reset(code.toLowerCase());
    expect(done.statusCode, done.body).toBe(200);
    expect((await call('GET', '/api/me', maya.token)).statusCode).toBe(401);
    expect((await reset(code)).json().error.code).toBe('INVALID_RESET_CODE');
    await login('maya@learnflow.dev', 'a fresh phrase for class');
  });

  it('takes a WebSocket ticket once', async () => {
    const student = await newStudent();
    const url = await liveUrl(base, student.token);
    const first = new WebSocket(url);
    await new Promise((resolve) => first.on('message', resolve));
    first.close();
    const second = new WebSocket(url);
    expect(await new Promise((resolve) => second.on('close', resolve))).toBe(4401);
  });

  it('backs off failed sign-ins the same way for known and unknown emails', async () => {
    for (const email of ['james@learnflow.dev', 'nobody@learnflow.dev']) {
      const answers: number[] = [];
      for (let i = 0; i < 7; i++)
        answers.push(
          (await call('POST', '/api/auth/login', undefined, { email, password: 'wrong-password' }))
            .statusCode,
        );
      expect(answers, email).toEqual([401, 401, 401, 401, 401, 401, 429]);
      const waiting = await call('POST', '/api/auth/login', undefined, { email, password: 'wrong-password' });
      expect(waiting.json().error.code).toBe('TOO_MANY_FAILED_LOGINS');
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses invalid UTF-8 and __proto__ keys with messages that name the reason', async () => {
    const raw = (payload: Buffer | string) =>
      host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    const bad = await raw(
      Buffer.concat([Buffer.from('{"email":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"x"}')]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'INVALID_UTF8',
      message: expect.stringContaining('UTF-8'),
    });
    const proto = await raw('{"email":"a@b.c","password":"x","__proto__":{"admin":true}}');
    expect(proto.statusCode).toBe(400);
    expect(proto.json().error).toMatchObject({
      code: 'FORBIDDEN_JSON_KEY',
      message: expect.stringContaining('__proto__'),
    });
  });
});
