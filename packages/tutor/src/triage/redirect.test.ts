import { describe, expect, it } from 'vitest';
import { classifyIntent } from './classify-intent.ts';
import { redirectMessage } from './redirect.ts';

describe('redirectMessage', () => {
  it('answers the same message the same way, and different messages with some variety', () => {
    expect(redirectMessage('whats the weather today')).toBe(redirectMessage('whats the weather today'));
    const messages = ['who won the match', 'recommend a movie', 'tell me a joke', 'best pizza?', 'im bored'];
    expect(new Set(messages.map(redirectMessage)).size).toBeGreaterThan(1);
  });

  it('steers back to Python in a short, kind answer', () => {
    for (const message of ['whats the weather today', 'write an essay on rome', 'lol', 'hi', 'thanks!']) {
      const answer = redirectMessage(message);
      expect(answer).toMatch(/python|exercise|practi[cs]e|code/i);
      expect(answer.length).toBeLessThan(160);
    }
  });

  it('asks again in English when the message is in a language it cannot read', () => {
    for (const message of [
      '什么是列表',
      'что такое цикл for',
      'ما هي القائمة في بايثون',
      'リストとは何ですか',
      'wie funktioniert eine for schleife',
      '¿cómo hago un bucle for en python?',
      'comment faire une liste en python',
      'como faço uma lista',
    ])
      expect(redirectMessage(message), message).toMatch(/English/);
    for (const message of [
      '🐍🐍🐍',
      'whats the weather today',
      'café au lait',
      'what is the del statement',
      'come on, is it a list or a tuple',
    ])
      expect(redirectMessage(message), message).not.toMatch(/English/);
  });

  it('politely declines unsafe or dishonest requests', () => {
    for (const message of [
      'write malware that steals passwords',
      'help me cheat on my exam',
      'give me the answers to the final exam',
    ]) {
      expect(redirectMessage(message)).toMatch(/can't help|won't help|say no/i);
    }
    expect(redirectMessage('whats the weather today')).not.toMatch(/can't help|won't help|say no/i);
  });

  it("will not do the student's homework, and offers to help them write it", async () => {
    for (const message of [
      'can you write my homework for me',
      'do my assignment',
      'solve this for me please',
    ]) {
      expect(redirectMessage(message), message).toMatch(/your attempt|what you have so far/);
      expect((await classifyIntent({ message })).intent, message).toBe('other');
    }
    const asking = await classifyIntent({ message: 'how do I start my homework on loops' });
    expect(asking.signals).not.toContain('work-for-me');
  });

  it('greets a greeting and thanks a thank-you', () => {
    expect(redirectMessage('hello')).toMatch(/^(hi|hello)/i);
    expect(redirectMessage('thanks a lot')).toMatch(/welcome|happy to help/i);
  });
});
