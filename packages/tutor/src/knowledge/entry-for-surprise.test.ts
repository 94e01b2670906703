import { describe, expect, it } from 'vitest';
import { entryForSurprise } from './entry-for-surprise.ts';

describe('entryForSurprise', () => {
  it('finds the entry behind a surprise the student describes', async () => {
    const cases: [string, string][] = [
      ['my function changes the original list', 'change-list-inside-function'],
      ['why are all my rows the same', 'list-multiplication-trap'],
      ['why is the answer 2.5 when i wanted 2', 'integer-vs-float-division'],
    ];
    for (const [message, id] of cases) expect((await entryForSurprise(message))?.entry.id, message).toBe(id);
  });

  it('offers nothing for a message that only says the code misbehaves', async () => {
    for (const message of [
      'what is wrong',
      'why does it print the same thing',
      'the loop never ends',
      'help',
    ])
      expect(await entryForSurprise(message), message).toBeNull();
  });
});
