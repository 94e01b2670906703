import { randomBytes } from 'node:crypto';
import { exercises } from '@learnflow/tutor';

/** What the platform acknowledged (2xx with an id), by kind, and what it refused while parts were down. */
export interface Acknowledged {
  runs: string[];
  submissions: string[];
  attempts: string[];
  chats: string[];
  refused: Map<string, number>;
}

export interface Student {
  id: string;
  token: string;
}

type Call = (method: string, path: string, token: string | null, body?: object) => Promise<Answer>;
// biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field
type Answer = { status: number; body: any };

/** A JSON call to the gateway; a refused connection (the gateway itself is never killed) is status 0. */
export const callGateway =
  (gateway: string): Call =>
  async (method, path, token, body) => {
    try {
      const res = await fetch(`${gateway}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    } catch {
      return { status: 0, body: null };
    }
  };

/** `count` new students who joined the demo teacher's class with its join code. */
export async function enrolStudents(call: Call, teacherToken: string, count: number): Promise<Student[]> {
  const classes = await call('GET', '/api/teacher/classes', teacherToken);
  const klass = classes.body?.classes?.[0];
  if (!klass) throw new Error(`the demo teacher has no class: ${JSON.stringify(classes.body)}`);
  const code = await call('POST', `/api/teacher/classes/${klass.id}/join-code`, teacherToken, {});
  const joinCode = code.body?.joinCode;
  if (!joinCode) throw new Error(`no join code: ${code.status} ${JSON.stringify(code.body)}`);
  const students: Student[] = [];
  for (let i = 0; i < count; i++) {
    const email = `chaos-${Date.now()}-${i}@learnflow.dev`;
    const made = await call('POST', '/api/auth/register', null, {
      email,
      name: `Chaos Student ${i + 1}`,
      password: randomBytes(12).toString('hex'),
    });
    if (made.status !== 201)
      throw new Error(`register ${email}: ${made.status} ${JSON.stringify(made.body)}`);
    const joined = await call('POST', '/api/classes/join', made.body.token, { code: joinCode });
    if (joined.status !== 201) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
    students.push({ id: made.body.user.id, token: made.body.token });
  }
  return students;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One student working until `until()` says stop: three runs that meet the same NameError (a
 * repeated-error alert for the teacher), a wrong and a right submission (the right one closes the
 * episode, so the next round opens another), a quiz attempt and a chat message, with short pauses.
 */
export async function workUntil(call: Call, student: Student, until: () => boolean, acked: Acknowledged) {
  const list = await call('GET', '/api/exercises?topic=for-loops', student.token);
  const exercise = list.body.exercises.find((e: { difficulty: string }) => e.difficulty === 'easy');
  const solution = exercises.find((e) => e.title === exercise.title)?.solution;
  if (!solution) throw new Error(`no bank solution for ${exercise.title}`);
  const quizzes = await call('GET', '/api/quizzes?topic=for-loops', student.token);
  const quiz = quizzes.body.quizzes[0];
  const answers = Object.fromEntries(quiz.questions.map((q: { id: string }) => [q.id, 0]));

  const note = (kind: string, answer: Answer, id: unknown, into: string[]) => {
    if (answer.status >= 200 && answer.status < 300 && typeof id === 'string') into.push(id);
    else
      acked.refused.set(`${kind} ${answer.status}`, (acked.refused.get(`${kind} ${answer.status}`) ?? 0) + 1);
  };
  while (!until()) {
    for (let i = 0; i < 3; i++) {
      const run = await call('POST', '/api/execute', student.token, {
        code: 'total = 0\nfor n in range(3):\n    total += n\nprint(totl)\n',
        topic: 'for-loops',
      });
      note('run', run, run.body?.requestId, acked.runs);
      await pause(150 + Math.random() * 300);
    }
    for (const code of ['pass', solution]) {
      const graded = await call('POST', `/api/exercises/${exercise.id}/submissions`, student.token, { code });
      note('submission', graded, graded.body?.submissionId, acked.submissions);
      await pause(150 + Math.random() * 300);
    }
    const attempt = await call('POST', `/api/quizzes/${quiz.id}/attempts`, student.token, { answers });
    note('quiz', attempt, attempt.body?.attemptId, acked.attempts);
    const chat = await call('POST', '/api/chat', student.token, { message: 'how do for loops work?' });
    note('chat', chat, chat.body?.requestId, acked.chats);
    await pause(300 + Math.random() * 500);
  }
}
