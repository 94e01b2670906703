import type { Level } from '@learnflow/contracts';
import { deliver, handled } from '@learnflow/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from './test-host.ts';

// Practice on the topic the student names, through the whole chat path (gateway, triage,
// exercise agent), at the student's mastery of that topic.
describe('practice on the topic asked for', () => {
  let test: TestHost;
  let token: string;

  // Her mastery as progress publishes it: triage and the exercise agent keep their own read models of it.
  const setLevel = async (userId: string, topic: string, level: Level, mastery: number, at: Date) => {
    const update = { userId, topic, level, mastery, streak: 0 };
    const event = await deliver(test.platform, 'progress.updates', update, {
      userId,
      time: at,
      group: 'triage.mastery',
    });
    await handled(test.platform, 'exercise-agent.mastery', event.id);
  };

  beforeAll(async () => {
    test = await startTestHost('pglite', 'practice topic test');
    const maya = await test.login('maya@learnflow.dev');
    token = maya.token;
    const userId = maya.userId;
    // Proficient on dictionaries; Learning on lists, the topic she touched last.
    await setLevel(userId, 'dictionaries', 'Proficient', 80, new Date(Date.now() - 60_000));
    await setLevel(userId, 'lists', 'Learning', 55, new Date());
  });
  afterAll(() => test?.stop());

  const chat = async (message: string) => {
    const res = await test.host.app.inject({
      method: 'POST',
      url: '/api/chat?wait=true',
      payload: { message },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { intent: string; agent: string; reply: Record<string, unknown> & { text: string } };
  };

  it.each([
    ['can you give me an exercise on dictionaries', 'dictionaries'],
    ['give me a practice problem about while loops', 'while-loops'],
    ['exercise with dicts please', 'dictionaries'],
    ['can i get a dict exercise', 'dictionaries'],
    ['give me an exercise on the while loop', 'while-loops'],
    ['I want to practice list comprehensions', 'list-comprehensions'],
    ['give me a listcomps challenge', 'list-comprehensions'],
    ['an exercise on f-strings please', 'input-output'],
    ['give me an exercise about classes', 'classes-and-objects'],
    ['i want to practice OOP', 'classes-and-objects'],
    ['give me a practice problem on inheritance', 'inheritance'],
    ['can I have an exercise on try/except', 'handling-exceptions'],
    ['give me an exercise on exceptions', 'handling-exceptions'],
    ['a practice problem with csv please', 'csv-and-json'],
    ['give me a json exercise', 'csv-and-json'],
    ['can you give me a recursion exercise', 'defining-functions'],
    ['give me an exercise on lambdas', 'scope-and-lambdas'],
    ['give me a practice problem about random numbers', 'math-and-random'],
    ['an exercise on dates please', 'collections-and-datetime'],
    ['give me an excercise on dictonaries', 'dictionaries'],
  ])('"%s" gets an exercise on %s', async (message, topic) => {
    const { intent, agent, reply } = await chat(message);
    expect({ intent, agent }).toEqual({ intent: 'exercise', agent: 'exercise-agent' });
    expect(reply.topic).toBe(topic);
    expect(reply.exerciseId).toEqual(expect.any(String));
  });

  it("sets the difficulty from the mastery of the named topic, not of the student's last one", async () => {
    expect((await chat('can you give me an exercise on dictionaries')).reply).toMatchObject({
      topic: 'dictionaries',
      difficulty: 'hard',
    });
    expect((await chat('give me a practice problem about while loops')).reply).toMatchObject({
      topic: 'while-loops',
      difficulty: 'easy',
    });
  });

  it('a concept just outside the topics ("recursion") gets an exercise that practises it', async () => {
    for (const message of ['can I have something to practise recursion', 'exercise on recursive functions']) {
      const { reply } = await chat(message);
      expect(reply, message).toMatchObject({ topic: 'defining-functions', title: 'Factorial by recursion' });
    }
    // A beginner at functions who asks for a hard one gets the medium one (adaptDifficulty).
    expect((await chat('give me a hard recursion exercise')).reply).toMatchObject({
      title: 'Sum of digits by recursion',
      difficulty: 'medium',
    });
    expect((await chat('give me an exercise on functions')).reply.title).not.toMatch(/recursion/);
  });

  it('strings, tuples and sets, which share their topics with numbers, lists and dicts, get an exercise on them', async () => {
    const asked: [string, string, string][] = [
      ['give me an exercise on strings', 'data-types', 'Initials of a name'],
      ['i want to practise tuples', 'lists', 'First and last'],
      ['can I have an exercise about sets', 'dictionaries', 'Letters two words share'],
    ];
    for (const [message, topic, title] of asked) {
      expect((await chat(message)).reply, message).toMatchObject({ topic, title });
    }
  });

  it('a hint request gives the next hint of the exercise she is stuck on, not a new exercise', async () => {
    const james = await test.login('james@learnflow.dev');
    const as = (message: string) =>
      test.host.app
        .inject({
          method: 'POST',
          url: '/api/chat?wait=true',
          payload: { message },
          headers: { authorization: `Bearer ${james.token}` },
        })
        .then((res) => res.json() as { reply: Record<string, unknown> & { text: string } });
    expect((await as('can you give me a hint')).reply.text).toMatch(/^Which exercise is it\?/);
    const list = await test.host.app.inject({
      method: 'GET',
      url: '/api/exercises?topic=variables',
      headers: { authorization: `Bearer ${james.token}` },
    });
    const [exercise] = list.json().exercises as { id: string; title: string }[];
    const graded = await test.host.app.inject({
      method: 'POST',
      url: `/api/exercises/${exercise?.id}/submissions`,
      payload: { code: 'pass\n' },
      headers: { authorization: `Bearer ${james.token}` },
    });
    expect(graded.json().passed).toBe(false);
    const first = (await as('can you give me a hint')).reply;
    expect(first).toMatchObject({ exerciseId: exercise?.id, level: 1 });
    expect(first.text).toMatch(new RegExp(`^Hint 1 of \\d for \\[${exercise?.title}\\]`));
    expect((await as('I need another hint')).reply).toMatchObject({ exerciseId: exercise?.id, level: 2 });
  });

  const newStudent = async (email: string) => {
    const res = await test.host.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: 'a long enough passphrase', name: 'Noor' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const studentToken = res.json().token as string;
    return (message: string, code?: string, exerciseId?: string) =>
      test.host.app
        .inject({
          method: 'POST',
          url: '/api/chat?wait=true',
          payload: { message, ...(code ? { code } : {}), ...(exerciseId ? { exerciseId } : {}) },
          headers: { authorization: `Bearer ${studentToken}` },
        })
        .then(
          (reply) => reply.json() as { intent: string; reply: Record<string, unknown> & { text: string } },
        );
  };

  it('"a harder one" and "another one" follow the exercise the last reply gave: same topic, never the same exercise', async () => {
    const as = await newStudent('noor@school.test');
    const first = (await as('give me an exercise on strings')).reply;
    expect(first).toMatchObject({ topic: 'data-types', difficulty: 'easy' });
    const harder = (await as('can i get a harder one')).reply;
    expect(harder).toMatchObject({ topic: 'data-types', difficulty: 'medium' });
    const another = (await as('another one please')).reply;
    expect(another).toMatchObject({ topic: 'data-types', difficulty: 'medium' });
    expect(another.exerciseId).not.toBe(harder.exerciseId);
    expect((await as('that was too hard, an easier one')).reply).toMatchObject({
      topic: 'data-types',
      difficulty: 'easy',
    });
  });

  it("a hint or the solution asked for just after an exercise is given: that exercise's next hint, never its solution", async () => {
    const as = await newStudent('lena@school.test');
    expect((await as('just show me the solution')).reply.text).toMatch(
      /^I won't hand out solutions, but I can help you get there\. Which exercise is it\?/,
    );
    const given = (await as('give me an exercise on loops')).reply;
    const hint = await as('can i get a hint');
    expect(hint.intent).toBe('exercise');
    expect(hint.reply).toMatchObject({ exerciseId: given.exerciseId, level: 1 });
    for (const message of ['just show me the solution', 'what is the answer to the exercise']) {
      const { intent, reply } = await as(message);
      expect(intent, message).toBe('exercise');
      expect(reply.text, message).toMatch(/^I won't hand you the solution/);
      expect(reply, message).toMatchObject({ exerciseId: given.exerciseId });
    }
  });

  it('"is my solution right?" with code runs the tests of the exercise just given, and stores nothing', async () => {
    const as = await newStudent('omar@school.test');
    const given = (await as('give me an exercise on loops')).reply;
    const exercise = await test.platform.db
      .selectFrom('exercises')
      .select(['solution', 'starter_code'])
      .where('id', '=', given.exerciseId as string)
      .executeTakeFirstOrThrow();
    const wrong = await as('is my solution right?', exercise.starter_code);
    expect(wrong.intent).toBe('exercise');
    expect(wrong.reply.text).toMatch(/^Not yet: \d+ of \d+ tests of \[/);
    expect(wrong.reply.text).toContain('What fails:\n- **');
    expect(wrong.reply).toMatchObject({ exerciseId: given.exerciseId, checked: { passed: false } });
    const right = await as('does this work', exercise.solution);
    expect(right.reply.text).toMatch(/^Yes: your code passes all \d+ tests of \[/);
    const stored = await test.platform.db
      .selectFrom('submissions')
      .select('id')
      .where('exercise_id', '=', given.exerciseId as string)
      .execute();
    expect(stored).toEqual([]);
  });

  it('on an exercise page, "is this right?" and "a hint please" are about the exercise open there', async () => {
    const as = await newStudent('ines@school.test');
    const exercise = await test.platform.db
      .selectFrom('exercises')
      .select(['id', 'title', 'starter_code'])
      .where('slug', 'is not', null)
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    const checked = await as('is this right?', exercise.starter_code, exercise.id);
    expect(checked.intent).toBe('exercise');
    expect(checked.reply).toMatchObject({ exerciseId: exercise.id, checked: { passed: false } });
    // The exercise page's own suggestions.
    const task = await as('What does the prompt ask for?', exercise.starter_code, exercise.id);
    expect(task.intent).toBe('exercise');
    expect(task.reply.text).toMatch(/^\[.+\]\(\/exercises\/[\w-]+\) asks you to do this:\n\n> /);
    const start = await as('How should I start?', exercise.starter_code, exercise.id);
    expect(start.reply.text).toMatch(/^A good way in: .*\n\nHint 1 of \d for \[/);
    const hint = await as('a hint please', 'print(1)\n', exercise.id);
    expect(hint.reply).toMatchObject({ exerciseId: exercise.id, title: exercise.title, level: 2 });
    const harder = (await as('can i get a harder one', 'print(1)\n', exercise.id)).reply;
    const open = await test.platform.db
      .selectFrom('exercises')
      .innerJoin('topics', 'topics.id', 'exercises.topic_id')
      .select(['topics.slug as topic', 'exercises.difficulty'])
      .where('exercises.id', '=', exercise.id)
      .executeTakeFirstOrThrow();
    expect(harder.topic).toBe(open.topic);
    expect(harder.exerciseId).not.toBe(exercise.id);
    // An id the student cannot open is ignored, not an error: the hint is for the exercise the last reply gave.
    const unknown = await as('a hint please', 'print(1)\n', '00000000-0000-4000-8000-000000000000');
    expect(unknown.reply).toMatchObject({ exerciseId: harder.exerciseId, level: 1 });
  });

  it('"stuck on the <title> one" gives the next hint of the exercise it names', async () => {
    const as = await newStudent('sami@school.test');
    expect((await as("i'm stuck on the exercise")).reply.text).toMatch(/^Which exercise is it\?/);
    expect((await as("I'm stuck")).reply.text).toMatch(/^Which exercise is it\?/);
    for (const [level, message] of [
      [1, "i'm stuck on the shopping total exercise"],
      [2, 'I cant solve the Shopping Total one'],
      [3, "i'm still stuck"],
    ] as const) {
      const { intent, reply } = await as(message);
      expect(intent, message).toBe('exercise');
      expect(reply, message).toMatchObject({ title: 'Shopping total', level });
      expect(reply.text).toMatch(new RegExp(`^Hint ${level} of \\d for \\[Shopping total\\]`));
    }
  });

  it('without a topic, practises the topic she is on, at her level there', async () => {
    expect((await chat('give me an exercise')).reply).toMatchObject({ topic: 'lists', difficulty: 'medium' });
  });

  it('a quiz request on a topic gets that topic’s quiz, with advice for her level', async () => {
    const { reply } = await chat('quiz me on dicts');
    expect(reply).toMatchObject({ topic: 'dictionaries', level: 'Proficient', url: '/topics/dictionaries' });
    expect(reply.quizId).toEqual(expect.any(String));
    expect(reply.text).toContain('**Dictionaries and Sets**');
    expect(reply.text).toContain('proficient');
    expect((await chat('can you quiz me on while loops')).reply).toMatchObject({
      topic: 'while-loops',
      level: 'Beginner',
    });
    expect((await chat('test me on dictionaries')).reply).toMatchObject({
      topic: 'dictionaries',
      quizId: expect.any(String),
    });
  });
});
