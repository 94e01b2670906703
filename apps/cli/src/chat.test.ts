import { type EventPayload, type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import { eventPayload, startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform, testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { liveUrl } from './live-url.ts';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

describe.each(testDatabases())('the tutor chat on %s', (database) => {
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let token: string;
  let base: string;
  const progressEvents: EventPayload<'progress.events'>[] = [];

  beforeAll(async () => {
    platform = await createTestPlatform(database);
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'chat test');
    base = await host.app.listen({ host: '127.0.0.1', port: 0 });
    await platform.bus.subscribe({
      group: 'test-probe',
      topics: ['progress.events'],
      handler: async ({ event }) => void progressEvents.push(eventPayload('progress.events', event.data)),
    });
    const login = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
    });
    token = login.json().token;
  });
  afterAll(async () => {
    await host?.stop();
    await platform?.dispose();
  });

  const chat = (payload: object, wait = true) =>
    host.app.inject({
      method: 'POST',
      url: `/api/chat${wait ? '?wait=true' : ''}`,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });

  it('answers "How do for loops work?" with the for-loop entry: "for" counts when it names the loop', async () => {
    const res = await chat({ message: 'How do for loops work?' });
    const body = res.json();
    expect(body.reply.text).not.toMatch(/Which of these do you mean\?/);
    expect(body.reply.text).toMatch(/^A `for` loop runs its indented block once for each item/);
  });

  it('answers a concept question from the knowledge base, with a trace of the example', async () => {
    const res = await chat({ message: 'How do I reverse a string?' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(body.reply.text).toContain('[::-1]');
    expect(body.reply.text).toContain('](/topics/data-types)');
    expect(body.reply.source).toBe('offline');
    expect(body.reply.trace.steps.length).toBeGreaterThan(3);
    expect(body.reply.trace.steps[0]).toMatchObject({ line: expect.any(Number), locals: expect.any(Object) });
  });

  it('answers the entry a student picks after being asked which one they meant, by number or by words', async () => {
    const asked = (await chat({ message: 'dictionary' })).json();
    expect(asked.reply.text).toMatch(/Which of these do you mean\?/);
    const [first, second] = asked.reply.choices as { id: string; title: string }[];
    const picked = (await chat({ message: 'the second one' })).json();
    expect(picked).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(picked.reply.knowledge.id).toBe(second?.id);
    // Once answered, a number is no pick any more: nothing was offered.
    expect((await chat({ message: '2' })).json().reply.knowledge).toBeFalsy();
    await chat({ message: 'dictionary' });
    const byTitle = (await chat({ message: first?.title ?? '' })).json();
    expect(byTitle.reply.knowledge.id).toBe(first?.id);
  });

  it("marks the student's answer to the check question an explanation ended with", async () => {
    const explained = (await chat({ message: 'How do I reverse a string?' })).json();
    const { choices } = explained.reply.checkQuestion as { choices: string[] };
    const marked = (await chat({ message: 'i think B' })).json();
    expect(marked).toMatchObject({ intent: 'concept', agent: 'triage' });
    expect(marked.reply.text).toMatch(/^\*\*(Right: B\.|Not quite:\*\* you picked B, and the answer is)/);
    // Answered once: the next "B" is a message of its own again.
    expect((await chat({ message: 'B' })).json().reply.text).not.toMatch(/Right|Not quite/);
    expect(choices.length).toBeGreaterThanOrEqual(2);
  });

  it.each(['what does this code do', 'explain this'])(
    '"%s" with code walks through the code from a real run of it',
    async (message) => {
      const code = 'for i in range(3):\n    print(i * 2)\n';
      const body = (await chat({ message, code })).json();
      expect(body).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
      expect(body.reply.walkthrough).toBe(true);
      expect(body.reply.text).toContain(
        '- **Line 1** `for i in range(3):` runs 4 times; `i` becomes 0, 1, 2.',
      );
      expect(body.reply.text).toContain('```text\n0\n2\n4\n```');
    },
  );

  it('"what does line 2 do" explains that line first, from the run, then walks through the whole code', async () => {
    const code = 'nums = [3, 1, 2]\nsquares = sorted(n * n for n in nums)\nprint(squares)\n';
    const body = (await chat({ message: 'what does line 2 do', code })).json();
    expect(body).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(body.reply.text).toMatch(
      /^Line 2 is `squares = sorted\(n \* n for n in nums\)`\. From a real run of your code:\n\n- \*\*Line 2\*\* .*`squares` becomes \[1, 4, 9\]/,
    );
    expect(body.reply.text).toContain('- `sorted()`: ');
    expect(body.reply.text).toContain('The whole program, line by line:');
  });

  it('says what the built-ins and methods of the code do, from the knowledge base, after the walk-through', async () => {
    const code = 'letters = sorted(set("hello"))\nprint(len(letters), ", ".join(letters))\n';
    const body = (await chat({ message: 'what does this code do', code })).json();
    expect(body.reply.walkthrough).toBe(true);
    const parts = body.reply.text.slice(body.reply.text.indexOf('**What the Python in it does:**'));
    expect(parts).toMatch(
      /^\*\*What the Python in it does:\*\*\n- `sorted\(\)`: .*`sorted\(items\)` returns a new sorted list/,
    );
    expect(parts).toMatch(/\n- `set\(\)`: A set is an unordered collection of unique values/);
    expect(parts).toMatch(/\n- `len\(\)`: /);
    expect(parts).toMatch(/\n- `\.join\(\)`: /);
    expect(parts).not.toContain('`print()`');
  });

  it("explains an error with the student's line, and escalates the hints when it comes back", async () => {
    const code = 'age = 14\nprint("Age: " + age)\n';
    const levels: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = (await chat({ message: 'why does my code crash??', code })).json();
      expect(res).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
      expect(res.reply.text).toContain('print("Age: " + age)');
      expect(res.reply.error).toMatchObject({ type: 'TypeError', line: 2 });
      levels.push(res.reply.hintLevel);
    }
    expect(levels).toEqual([1, 2, 3]);
    const pasted = `Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    print("Age: " + age)\nTypeError: can only concatenate str (not "int") to str`;
    const escalated: number[] = [];
    for (let i = 0; i < 3; i++) escalated.push((await chat({ message: pasted })).json().reply.hintLevel);
    expect(escalated).toEqual([3, 3, 3]);
  });

  it('redirects an off-topic message kindly, and answers a progress question', async () => {
    const other = (await chat({ message: "what's the weather like in paris tomorrow?" })).json();
    expect(other).toMatchObject({ intent: 'other', agent: 'triage' });
    expect(other.reply.text).toMatch(/python/i);
    const progress = (await chat({ message: 'how am i doing so far?' })).json();
    expect(progress).toMatchObject({ intent: 'progress', agent: 'triage' });
  });

  it('turns "I\'m stuck" into a struggle signal', async () => {
    await chat({ message: "I'm stuck, I don't understand while loops at all" });
    await expect.poll(() => progressEvents.filter((e) => e.kind === 'struggle.said').length).toBe(1);
  });

  it('answers 202 and delivers the answer on the student socket', async () => {
    const socket = new WebSocket(await liveUrl(base, token));
    const frames: LiveFrame[] = [];
    socket.on('message', (raw) => frames.push(LiveFrameSchema.parse(JSON.parse(raw.toString()))));
    await expect.poll(() => frames.some((f) => f.type === 'ready')).toBe(true);
    const res = await chat({ message: 'what is a dictionary in python?' }, false);
    expect(res.statusCode).toBe(202);
    const { requestId } = res.json();
    await expect
      .poll(() => frames.find((f) => f.type === 'tutor.response' && f.data.requestId === requestId), {
        timeout: 10_000,
      })
      .toBeTruthy();
    socket.close();
  });

  it("keeps the conversation, oldest first, and only the student's own", async () => {
    const history = await host.app.inject({
      method: 'GET',
      url: '/api/chat/history',
      headers: { authorization: `Bearer ${token}` },
    });
    const messages = history.json().messages as { role: string; content: string; requestId: string }[];
    expect(messages[0]).toMatchObject({ role: 'student', content: 'How do for loops work?' });
    expect(messages[1]).toMatchObject({ role: 'tutor', requestId: messages[0]?.requestId });
    const james = await host.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'james@learnflow.dev', password: DEMO_PASSWORD },
    });
    const theirs = await host.app.inject({
      method: 'GET',
      url: '/api/chat/history',
      headers: { authorization: `Bearer ${james.json().token}` },
    });
    expect(theirs.json().messages).toEqual([]);
  });

  it('replays what a reconnecting client missed', async () => {
    const history = await host.app.inject({
      method: 'GET',
      url: '/api/chat/history',
      headers: { authorization: `Bearer ${token}` },
    });
    const firstReply = history.json().messages.find((m: { role: string }) => m.role === 'tutor');
    const lastFrameId = `${new Date(firstReply.createdAt).getTime()}-${firstReply.requestId}`;
    const socket = new WebSocket(await liveUrl(base, token, lastFrameId));
    const frames: LiveFrame[] = [];
    socket.on('message', (raw) => frames.push(LiveFrameSchema.parse(JSON.parse(raw.toString()))));
    await expect.poll(() => frames.some((f) => f.type === 'ready')).toBe(true);
    const replayed = frames.filter((f) => f.type === 'tutor.response');
    expect(replayed.length).toBeGreaterThanOrEqual(3);
    expect(replayed.map((f) => f.data.requestId)).not.toContain(firstReply.requestId);
    socket.close();
  });

  it('refuses a socket without a valid ticket', async () => {
    const socket = new WebSocket(`${base.replace('http', 'ws')}/ws?ticket=forged`);
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4401);
  });

  // Last: its confusion messages are struggle signals, which an earlier test counts.
  it('"I don\'t get it" after an answer explains that entry another way; a second time, asks which part', async () => {
    const first = (await chat({ message: 'how do i reverse a list' })).json();
    const entry = first.reply.knowledge.id as string;
    const again = (await chat({ message: "I don't get it" })).json();
    expect(again).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(again.reply.explainedAgain).toBe(entry);
    expect(again.reply.text).toMatch(/^Let me put \*\*.+\*\* another way\./);
    expect(again.reply.text).toContain(
      'Here is what this example does, line by line, from a real run of it:',
    );
    expect(again.reply.text).toContain(
      '- **Line 1** `items = [1, 2, 3]` runs once; `items` becomes [1, 2, 3].',
    );
    const still = (await chat({ message: 'still dont understand' })).json();
    expect(still).toMatchObject({ intent: 'concept', agent: 'triage' });
    expect(still.reply.text).toMatch(/^Sorry, that didn't help\. Which part is unclear\?/);
    // A confusion that names its subject is a question of its own.
    expect((await chat({ message: "i don't get recursion" })).json().reply.knowledge.id).toMatch(/recursion/);
  });

  it('"what about a dictionary?" asks the last question again about a dictionary', async () => {
    const first = (await chat({ message: 'how do i loop over a list' })).json();
    const about = (await chat({ message: 'what about a dictionary?' })).json();
    expect(about).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(about.reply.knowledge.id).not.toBe(first.reply.knowledge.id);
    expect(about.reply.text).toContain('.items()');
    // Follow-ups chain: each reads the question the last answer answered.
    expect((await chat({ message: 'and a string?' })).json().reply.knowledge.id).toBe(
      'loop-string-characters',
    );
    // A follow-up that adds to the question ("in reverse") keeps it and asks for more.
    const sorted = (await chat({ message: 'how do i sort a list' })).json();
    expect((await chat({ message: 'what about in reverse' })).json().reply.knowledge.id).not.toBe(
      sorted.reply.knowledge.id,
    );
  });

  it('"how do I fix it?" after an error was explained gets the next hint for the same code', async () => {
    const code = 'scores = {"ann": 3}\nprint(scores["bob"])\n';
    const first = (await chat({ message: 'why does this crash', code })).json();
    expect(first).toMatchObject({ intent: 'debug', reply: { error: { type: 'KeyError' } } });
    const levels = [first.reply.hintLevel];
    for (const message of ['how do i fix it?', 'give me a hint']) {
      const next = (await chat({ message })).json();
      expect(next, message).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
      expect(next.reply.error, message).toMatchObject({ type: 'KeyError', line: 2 });
      levels.push(next.reply.hintLevel);
    }
    expect(levels).toEqual([levels[0], (levels[0] ?? 0) + 1, (levels[0] ?? 0) + 2]);
    // A message that names something else is a question of its own.
    expect((await chat({ message: 'what is a dictionary' })).json().intent).toBe('concept');
  });

  it('the editor code sent with every message is the question only when the message is about it', async () => {
    const code = 'total = 0\nfor n in [1, 2]:\n    total = n\nprint(total)\n';
    const concept = (await chat({ message: 'how do i reverse a string', code })).json();
    expect(concept).toMatchObject({ intent: 'concept', agent: 'concepts-agent' });
    expect(concept.reply.knowledge.id).toMatch(/reverse/);
    expect((await chat({ message: 'how am i doing', code })).json().intent).toBe('progress');
    expect((await chat({ message: 'thanks', code })).json()).toMatchObject({
      intent: 'other',
      agent: 'triage',
    });
    const debug = (await chat({ message: 'why is total 2 and not 3', code })).json();
    expect(debug).toMatchObject({ intent: 'debug', reply: { error: { cause: 'logic.overwritten-total' } } });
    expect((await chat({ message: 'review this please', code })).json().intent).toBe('review');
    // The web app's "Explain my error" button.
    const button = (
      await chat({
        message: 'Explain my error: IndexError: list index out of range (line 2)',
        code: 'items = [1]\nprint(items[3])\n',
      })
    ).json();
    expect(button).toMatchObject({
      intent: 'debug',
      reply: { error: { type: 'IndexError', line: 2, quotedLine: 'print(items[3])' } },
    });
  });
});
