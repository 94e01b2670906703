import { createSandbox } from '@learnflow/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { lessons } from './index.ts';

const examples = Object.entries(lessons).flatMap(([topic, lesson]) =>
  lesson.examples.map((example) => ({ topic, ...example })),
);

describe('lesson examples in the sandbox', () => {
  const sandbox = createSandbox();
  afterAll(() => sandbox.close());

  it.each(examples)('$topic: $title prints its expectedOutput', async ({ code, expectedOutput }) => {
    const result = await sandbox.run({ code });
    expect(
      { exitCode: result.exitCode, timedOut: result.timedOut, error: result.error, stderr: result.stderr },
      result.stderr,
    ).toEqual({ exitCode: 0, timedOut: false, error: null, stderr: '' });
    expect(result.stdout).toBe(expectedOutput);
  });
});
