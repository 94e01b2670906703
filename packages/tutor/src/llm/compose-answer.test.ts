import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.ts';
import { createLlmClient } from './llm-client.ts';
import { type OpenAiStandin, startOpenAiStandin } from './openai-standin-server.ts';

describe('composeAnswer', () => {
  let standin: OpenAiStandin;
  beforeAll(async () => {
    standin = await startOpenAiStandin({ pieces: [] });
  });
  afterAll(() => standin.close());

  const options = () => ({
    llm: createLlmClient({ baseUrl: standin.url, apiKey: 'test-key', model: 'standin-model' }),
    prompt: { system: 'You are a Python tutor.', user: 'What is a for loop?' },
    offline: 'OFFLINE ANSWER',
    firstTokenTimeoutMs: 1_000,
    totalTimeoutMs: 3_000,
  });

  it('answers offline when no LLM is configured', async () => {
    expect(await composeAnswer({ ...options(), llm: null })).toEqual({
      text: 'OFFLINE ANSWER',
      source: 'offline',
    });
  });

  it('streams the model answer piece by piece and sends the prompt', async () => {
    standin.behave({ pieces: ['A for loop ', 'repeats ', 'a block.'] });
    const deltas: string[] = [];
    const answer = await composeAnswer({ ...options(), onDelta: (piece) => void deltas.push(piece) });
    expect(answer).toEqual({ text: 'A for loop repeats a block.', source: 'llm' });
    expect(deltas.join('')).toBe('A for loop repeats a block.');
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    const request = standin.requests.at(-1);
    expect(request?.model).toBe('standin-model');
    expect(request?.stream).toBe(true);
    expect(request?.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('falls back to the offline answer when the model is too slow', async () => {
    standin.behave({ pieces: ['late'], delayMs: 2_000 });
    const started = Date.now();
    const answer = await composeAnswer({ ...options(), firstTokenTimeoutMs: 300 });
    expect(answer).toEqual({ text: 'OFFLINE ANSWER', source: 'offline', fallbackReason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('falls back when the server fails', async () => {
    standin.behave({ pieces: [], status: 500 });
    expect(await composeAnswer(options())).toMatchObject({ source: 'offline', fallbackReason: 'error' });
  });

  it('falls back when the answer breaks a guardrail', async () => {
    standin.behave({ pieces: ['def solve(): return 42'] });
    const answer = await composeAnswer({ ...options(), accept: (text) => !text.includes('def solve') });
    expect(answer).toMatchObject({ text: 'OFFLINE ANSWER', fallbackReason: 'guardrail' });
  });
});
