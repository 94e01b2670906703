import { testDatabases } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from './test-host.ts';

const noReturn = 'def area(w, h):\n    result = w * h\n\nsize = area(3, 4)\nprint("Area:", size)\n';

// Code that runs without an error but misbehaves, asked about the way students ask, through the whole platform.
describe.each(testDatabases())('logic bugs in the tutor chat on %s', (database) => {
  let test: TestHost;
  let token: string;

  beforeAll(async () => {
    test = await startTestHost(database, 'logic bugs chat test');
    ({ token } = await test.login('maya@learnflow.dev'));
  });
  afterAll(() => test?.stop());

  const chat = async (message: string, code: string) => {
    const res = await test.host.app.inject({
      method: 'POST',
      url: '/api/chat?wait=true',
      payload: { message, code },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('says why a function returns None, naming the line and the function, with hints that escalate', async () => {
    const levels: number[] = [];
    for (let i = 0; i < 3; i++) {
      const body = await chat('why does my function return None?', noReturn);
      expect(body).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
      expect(body.reply.error).toMatchObject({ type: 'Logic bug', cause: 'logic.no-return', line: 1 });
      expect(body.reply.text).toContain('`area`');
      expect(body.reply.text).toContain('line 4');
      levels.push(body.reply.hintLevel);
    }
    expect(levels).toEqual([1, 2, 3]);
  });

  it.each([
    ['it prints the wrong thing', 'name = "ana"\nprint(name.upper)\n', 'logic.method-not-called', 2],
    [
      'the total is the wrong answer, it should be 15',
      'n = 5\ntotal = 0\nfor i in range(1, n):\n    total += i\nprint(total)\n',
      'logic.range-off-by-one',
      3,
    ],
    ['my code just hangs', 'count = 0\nwhile count < 3:\n    print("hi")\n', 'logic.while-never-ends', 2],
    [
      'this should print hello 3 times but prints nothing',
      'i = 3\nwhile i < 0:\n    print("hello")\n    i -= 1\n',
      'logic.loop-never-runs',
      2,
    ],
    [
      'it only prints the last name',
      'for name in ["ann", "bob"]:\n    loud = name.upper()\nprint(loud)\n',
      'logic.print-after-loop',
      3,
    ],
    [
      "it doesn't work, it adds 12 and 3 to 123",
      'a = input("a: ")\nb = input("b: ")\nprint(a + b)\n',
      'logic.input-not-converted',
      3,
    ],
  ])('routes "%s" to the debug agent and explains the logic bug', async (message, code, cause, line) => {
    const body = await chat(message, code);
    expect(body).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
    expect(body.reply.error).toMatchObject({ cause, line });
    expect(body.reply.text).toContain(`line ${line}`);
  });

  it('gets past input() (chat has no input box) to the error the student sees when they type an answer', async () => {
    const body = await chat(
      'why do i get an error',
      'age = input("How old are you? ")\nif age > 18:\n    print("adult")\n',
    );
    expect(body.reply.error).toMatchObject({ type: 'TypeError', line: 2 });
    expect(body.reply.text).toContain('I typed `5` at each `input()`');
    const asksForever = await chat(
      'why does it crash',
      'while True:\n    word = input("word: ")\n    print(word)\n',
    );
    expect(asksForever.reply.error).toMatchObject({ type: 'EOFError' });
    expect(asksForever.reply.text).not.toContain('I typed');
  });

  it('claims no bug in a correct program', async () => {
    const body = await chat(
      'my program gives the wrong answer',
      'def area(w, h):\n    return w * h\n\nprint(area(3, 4))\n',
    );
    expect(body).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
    expect(body.reply.error).toBeUndefined();
    expect(body.reply.text).toContain('none of the usual logic mistakes');
    // Walked through from the traced run, so the student can see where it parts from what they expected.
    expect(body.reply.text).toContain('- **Line 4** `print(area(3, 4))` runs once.');
    expect(body.reply.text).toContain('```text\n12\n```');
    expect(body.reply.knowledge).toBeUndefined();
  });

  it('offers the known surprise a student describes in code that has no mistake, then walks through it', async () => {
    const body = await chat(
      'my function changes the original list',
      'def add_one(items):\n    items.append(1)\n    return items\n\na = [0]\nb = add_one(a)\nprint(a, b)\n',
    );
    expect(body).toMatchObject({ intent: 'debug', agent: 'debug-agent' });
    expect(body.reply.knowledge).toMatchObject({ id: 'change-list-inside-function' });
    expect(body.reply.text).toContain('**Why changing a list in a function changes it outside**');
    expect(body.reply.text).toContain('```text\n[0, 1] [0, 1]\n```');
  });
});
