import { describe, expect, it } from 'vitest';
import { blankExercise, blankTest, parseInputs, toBody } from './draft-form.ts';

describe('the authoring form', () => {
  it('reads one call per line, skipping blank lines', () => {
    expect(parseInputs('can_vote(18)\n\n  can_vote(17) \n', 'call')).toEqual([
      { call: 'can_vote(18)' },
      { call: 'can_vote(17)' },
    ]);
  });

  it('reads one stdin per block of lines, each ending with a newline', () => {
    expect(parseInputs('3\n4\n\n10\n20\n\n\n', 'stdin')).toEqual([
      { stdin: '3\n4\n' },
      { stdin: '10\n20\n' },
    ]);
  });

  it('sends no empty hint and a rule only on a hidden test', () => {
    const form = {
      ...blankExercise('conditionals'),
      hints: ['Compare with 18.', ' '],
      tests: [
        { ...blankTest(), name: 'shown', code: 'assert True', rule: 'left over' },
        { ...blankTest(), name: 'hidden', code: 'assert True', hidden: true, rule: ' exactly 18 may vote ' },
      ],
    };
    const body = toBody(form);
    expect(body.hints).toEqual(['Compare with 18.']);
    expect(body.tests[0]).not.toHaveProperty('rule');
    expect(body.tests[1]?.rule).toBe('exactly 18 may vote');
  });
});
