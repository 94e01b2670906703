import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleHash, readExampleOutputs } from './example-outputs.ts';
import { loadQuestions } from './load-questions.ts';

const entries = loadQuestions();
const stored = readExampleOutputs();

describe('example outputs', () => {
  it('are stored and fresh for every entry (else: npm run content:outputs)', () => {
    const stale = entries.filter((e) => stored[e.id]?.hash !== exampleHash(e)).map((e) => e.file);
    expect(stale).toEqual([]);
    const orphans = Object.keys(stored).filter((id) => !entries.some((e) => e.id === id));
    expect(orphans).toEqual([]);
  });

  const sandbox = createSandbox({ maxQueue: entries.length + 10 });
  afterAll(() => sandbox.close());

  it('are what the sandbox prints today', { timeout: 180_000 }, async () => {
    const differing: string[] = [];
    await Promise.all(
      entries.map(async (entry) => {
        const result = await sandbox.run({ code: entry.code, stdin: entry.stdin ?? '' });
        if (result.error || result.stdout !== stored[entry.id]?.stdout) differing.push(entry.file);
      }),
    );
    expect(differing.sort()).toEqual([]);
  });
});
