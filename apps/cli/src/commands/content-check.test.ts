import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '@learnflow/curriculum';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.ts';
import { contentCommand } from './content-check.ts';

const BAD = fileURLToPath(new URL('../../../../packages/curriculum/src/fixtures/bad', import.meta.url));

describe('learnflow content check', () => {
  it('passes the shipped content', () => {
    const lines: string[] = [];
    expect(contentCommand(['check', CONTENT_DIR], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/^\d+ questions, 24 lessons, 77 exercises, 24 quizzes in .*: all valid$/);
  });

  it('fails a broken folder with file:line per problem', () => {
    const lines: string[] = [];
    expect(contentCommand(['check', BAD], (l) => lines.push(l))).toBe(1);
    expect(lines.filter((l) => /\.md:\d+: /.test(l)).length).toBeGreaterThan(0);
    expect(lines).toContain(`${BAD}/basics/variables/quiz.yaml:23: \`level\`: Unrecognized key: "level"`);
    expect(lines.at(-1)).toMatch(/problem\(s\)/);
  });

  it('rejects a missing folder argument', () => {
    expect(() => contentCommand(['check'])).toThrow(UsageError);
  });
});
