import { describe, expect, it } from 'vitest';
import { useSandbox } from '../debug/testing/sandbox-cases.ts';
import { asksToExplainAgain, exampleOf, explainAgain } from './explain-again.ts';

describe('asksToExplainAgain', () => {
  it.each([
    "I don't get it",
    'i still dont understand',
    "sorry, I don't follow",
    'can you explain that again?',
    'explain it more simply please',
    'could you say that another way',
    "I'm confused",
    'huh??',
    'what do you mean',
    "that's confusing",
    'what does that mean?',
    'why?',
    'can you show another example',
  ])('"%s" asks for the last answer again', (message) => {
    expect(asksToExplainAgain(message)).toBe(true);
  });

  it.each([
    "i don't get recursion",
    "I don't understand while loops at all",
    'can you explain for loops',
    'what do you mean by mutable',
    'explain this',
    'why is my code not working',
    'why does python use indentation',
    'another example of a dictionary',
  ])('"%s" is a question of its own', (message) => {
    expect(asksToExplainAgain(message)).toBe(false);
  });
});

describe('explainAgain', () => {
  const sandbox = useSandbox();

  it('walks through the entry example from a real traced run', async () => {
    const code = exampleOf('reverse-a-list') ?? '';
    const run = await sandbox().run({ code, trace: true });
    const text = explainAgain('reverse-a-list', run) ?? '';
    expect(text).toMatch(/^Let me put \*\*.+\*\* another way\./);
    expect(text).toContain('- **Line 1** `items = [1, 2, 3]` runs once; `items` becomes [1, 2, 3].');
    expect(text).toContain('**The usual trap:**');
  });

  it('is null for an entry that does not exist', async () => {
    expect(explainAgain('no-such-entry', { stdout: '', error: null, timedOut: false })).toBeNull();
  });
});
