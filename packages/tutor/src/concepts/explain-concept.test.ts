import { readExampleOutputs } from '@learnflow/curriculum';
import { describe, expect, it } from 'vitest';
import { explainConcept } from './explain-concept.ts';

const ask = (
  message: string,
  masteryLevel: 'Beginner' | 'Proficient' | null = null,
  topic: string | null = null,
) => explainConcept({ message, topic, masteryLevel });

describe('explainConcept (offline engine)', () => {
  it.each([
    ['how do I reverse a string', 'reverse-a-string', /\[::-1\]/],
    ["what's the difference between == and is", 'equality-vs-identity', /`is`/],
    ['how does list slicing work', 'list-slicing', /\[/],
    ['explain what a KeyError is', 'keyerror-meaning', /key/i],
  ])('answers "%s" from the entry that answers it', async (message, id, mentions) => {
    const answer = await ask(message);
    expect(answer.data.knowledge?.id).toBe(id);
    expect(answer.text.split('\n\n')[0]).toMatch(mentions);
    expect(answer.text).toContain(`](/topics/${answer.topic})`);
  });

  it('shows the example with the output the sandbox printed, never a typed one', async () => {
    const answer = await ask('how do I reverse a string');
    const stored = readExampleOutputs()['reverse-a-string']?.stdout;
    expect(stored).toBeTruthy();
    expect(answer.data.example?.output).toBe(stored);
    expect(answer.text).toContain(`\`\`\`text\n${stored?.trimEnd()}\n\`\`\``);
  });

  it('ends with a check question to reply to, and never gives its answer', async () => {
    const answer = await ask('how do I reverse a string', 'Beginner');
    expect(answer.text).toMatch(/\*\*Check yourself:\*\*[\s\S]*\nA\. [\s\S]*\nB\. /);
    expect(answer.text.trimEnd().split('\n').at(-1)).toBe(
      '_Reply with a letter and I will tell you whether it is right._',
    );
    expect(answer.data.checkQuestion?.choices.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(answer.data)).not.toContain('"answer"');
  });

  it.each([
    ['what does enumerate do', /enumerate/],
    ['what does break do', /break/],
    ['how do I use try except', /except/],
    ['what is a KeyError', /KeyError/],
  ])('checks "%s" with the quiz question that asks about it', async (message, asks) => {
    const answer = await ask(message, 'Beginner');
    expect(answer.data.checkQuestion?.prompt).toMatch(asks);
  });

  it('adapts to the mastery level: someone further on gets the whole answer and an exercise', async () => {
    const beginner = await ask('how does list slicing work', 'Beginner');
    const proficient = await ask('how does list slicing work', 'Proficient');
    expect(beginner.text).toContain('**A common mistake:**');
    expect(proficient.text).toContain('**Watch out:**');
    expect(proficient.data.suggestedExercise?.difficulty).toBe('hard');
    expect(beginner.data.suggestedExercise?.difficulty).toBe('easy');
  });

  it('asks which one is meant instead of guessing when the question is vague', async () => {
    const answer = await ask('dictionary');
    expect(answer.data.knowledge).toBeNull();
    expect(answer.data.choices.length).toBeGreaterThanOrEqual(2);
    expect(answer.text).toMatch(/Which of these do you mean\?/);
  });

  it.each(['zzqx blorf', 'who won the football game yesterday', '😀😀😀', 'how to bake a cake'])(
    'presents no unrelated lesson as an answer for "%s"',
    async (message) => {
      const answer = await ask(message);
      expect(answer.data.knowledge).toBeNull();
      expect(answer.topic).toBeNull();
    },
  );
});
