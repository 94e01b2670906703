import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import { startServices } from '@learnflow/platform';
import { createTestPlatform, type TestPlatform } from '@learnflow/platform/testing';
import {
  knowledgeBase,
  labelledQuestions,
  type OpenAiStandin,
  startOpenAiStandin,
} from '@learnflow/tutor/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { liveUrl } from './live-url.ts';
import { DEMO_PASSWORD, seed } from './seed.ts';
import { SERVICES } from './services.ts';

/** The tutor with an LLM: a local stand-in speaking the OpenAI chat-completions protocol. */
describe('the tutor with an LLM configured', () => {
  let standin: OpenAiStandin;
  let platform: TestPlatform;
  let host: Awaited<ReturnType<typeof startServices>>;
  let token: string;
  let base: string;
  const frames: LiveFrame[] = [];
  let socket: WebSocket;

  beforeAll(async () => {
    standin = await startOpenAiStandin({ pieces: [] });
    platform = await createTestPlatform('pglite', {
      LEARNFLOW_LLM_BASE_URL: standin.url,
      LEARNFLOW_LLM_API_KEY: 'test-key',
      LEARNFLOW_LLM_MODEL: 'standin-model',
      LEARNFLOW_LLM_FIRST_TOKEN_TIMEOUT_MS: '500',
    });
    await seed(platform.db, { demo: true });
    host = await startServices(platform, SERVICES, 'llm chat test');
    base = await host.app.listen({ host: '127.0.0.1', port: 0 });
    token = (
      await host.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
      })
    ).json().token;
    socket = new WebSocket(await liveUrl(base, token));
    socket.on('message', (raw) => frames.push(LiveFrameSchema.parse(JSON.parse(raw.toString()))));
    await new Promise<void>((resolve) =>
      socket.on('message', () => frames.some((f) => f.type === 'ready') && resolve()),
    );
  });
  afterAll(async () => {
    socket?.close();
    await host?.stop();
    await platform?.dispose();
    await standin?.close();
  });

  const ask = async (message: string, code?: string) => {
    const res = await host.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { authorization: `Bearer ${token}` },
      payload: { message, ...(code ? { code } : {}) },
    });
    expect(res.statusCode).toBe(202);
    const { requestId } = res.json();
    await expect
      .poll(() => frames.find((f) => f.type === 'tutor.response' && f.data.requestId === requestId), {
        timeout: 10_000,
      })
      .toBeTruthy();
    return {
      deltas: frames.flatMap((f) =>
        f.type === 'tutor.delta' && f.data.requestId === requestId ? [f.data.text] : [],
      ),
      final: frames.flatMap((f) =>
        f.type === 'tutor.response' && f.data.requestId === requestId ? [f.data.reply] : [],
      )[0],
    };
  };

  it('streams the model answer as tutor.delta frames, grounded in the retrieved lesson', async () => {
    standin.behave({ pieces: ['A **for loop** ', 'repeats a block ', 'for each item.'] });
    const { deltas, final } = await ask('how do I reverse a string?');
    expect(deltas.join('')).toBe('A **for loop** repeats a block for each item.');
    expect(final).toMatchObject({ text: 'A **for loop** repeats a block for each item.', source: 'llm' });
    const prompt =
      standin.requests
        .at(-1)
        ?.messages.map((m) => m.content)
        .join('\n') ?? '';
    expect(prompt).toContain('/topics/data-types');
    expect(prompt).toContain('Knowledge-base answer (Reverse a string)');
    expect(prompt).toContain('Its real output');
  });

  it('runs the code the model shows and replaces an output it stated wrongly', async () => {
    standin.behave({
      pieces: ['Use a slice:\n\n```python\nprint("abc"[::-1])\n```\n\nOutput:\n\n```\nabc\n```\n'],
    });
    const { final } = await ask('how do I reverse a word?');
    expect(final?.source).toBe('llm');
    expect(final?.text).toContain('```text\ncba\n```');
    expect(final?.text).not.toContain('```\nabc\n```');
  });

  it('runs the code a model shows in a debugging answer and corrects the output it stated', async () => {
    standin.behave({
      pieces: [
        'Your loop never adds to `total`. Compare:\n\n```python\ntotal = 0\nfor n in [1, 2, 3]:\n    total += n\nprint(total)\n```\n\nOutput:\n\n```\n5\n```\n',
      ],
    });
    const { final } = await ask(
      'why does my function return None?',
      'def add(items):\n    total = 0\n    for n in items:\n        total += n\n\nprint(add([1, 2, 3]))\n',
    );
    expect(final?.source).toBe('llm');
    expect(final?.text).toContain('```text\n6\n```');
    expect(final?.text).not.toContain('```\n5\n```');
  });

  it('grounds the model in the entry that answers the question, on a sample of the labelled test split', async () => {
    standin.behave({ pieces: ['ok'] });
    const sample = labelledQuestions()
      .filter((q) => q.split === 'test' && q.entry !== null)
      .filter((_, i) => i % 4 === 0);
    const { byId } = knowledgeBase();
    let grounded = 0;
    let ungrounded = 0;
    const wrong: string[] = [];
    for (const q of sample) {
      const entry = byId.get(q.entry ?? '');
      const before = standin.requests.length;
      const { final } = await ask(q.question);
      const prompt = standin.requests
        .slice(before)
        .flatMap((r) => r.messages.map((m) => m.content))
        .join('\n');
      // An error explained straight from its entry (the debug agent, no code to run) needs no model.
      const fromEntry =
        final?.source === 'knowledge-base' && final.text.startsWith(entry?.answer.slice(0, 40) ?? '-');
      if (prompt.includes(`Knowledge-base answer (${entry?.title})`) || fromEntry) grounded++;
      else if (!prompt.includes('Knowledge-base answer (')) ungrounded++;
      else wrong.push(q.question);
    }
    console.log(
      `LLM answers grounded in the right entry: ${grounded} of ${sample.length} test-split questions; ${ungrounded} without an entry (clarifying, or another agent), ${wrong.length} with another entry`,
    );
    expect(grounded / sample.length).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it('falls back to the offline answer when the model is too slow', async () => {
    standin.behave({ pieces: ['too late'], delayMs: 3_000 });
    const { final } = await ask('how does list slicing work?');
    expect(final).toMatchObject({ source: 'offline', fallbackReason: 'timeout' });
    expect(final?.text).toContain('](/topics/lists)');
  });
});
