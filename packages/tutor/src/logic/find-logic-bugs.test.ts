import { afterAll, describe, expect, it } from 'vitest';
import { formatExplanation } from '../debug/format-explanation.ts';
import { useSandbox } from '../debug/testing/sandbox-cases.ts';
import { findLogicBugs } from './find-logic-bugs.ts';
import { buggyCases, correctPrograms } from './logic-cases.ts';

const stdin = '12\n3\n';
const tally = { found: 0, expected: Object.keys(buggyCases).length, falsePositives: 0 };

// Every program runs for real: the analyser in the sandbox, then the program itself with a trace.
describe('findLogicBugs', () => {
  const sandbox = useSandbox();
  afterAll(() => {
    console.info(
      `logic bugs: found ${tally.found}/${tally.expected}, false positives on ${tally.falsePositives}/${Object.keys(correctPrograms).length} correct programs`,
    );
  });

  it.each(Object.entries(buggyCases))('finds: %s', async (_name, test) => {
    const tracedRun = await sandbox().run({ code: test.code, stdin, trace: true });
    const [first] = await findLogicBugs(sandbox(), { code: test.code, message: test.message, tracedRun });
    expect(first).toMatchObject({
      cause: `logic.${test.kind}`,
      line: test.line,
      details: { name: test.name },
    });
    expect(first?.confidence).toBeGreaterThanOrEqual(0.5);
    const markdown = formatExplanation(first ?? never(), 3);
    expect(markdown).toContain(`line ${test.line}`);
    expect(markdown).toContain(test.name.split('.')[0]);
    tally.found += 1;
  });

  it.each(Object.entries(correctPrograms))('finds nothing in: %s', async (_name, code) => {
    const tracedRun = await sandbox().run({ code, stdin, trace: true });
    expect(tracedRun.error).toBeNull();
    const findings = await findLogicBugs(sandbox(), { code, message: 'why does this not work?', tracedRun });
    if (findings.length > 0) tally.falsePositives += 1;
    expect(findings.map((f) => `${f.cause} line ${f.line}`)).toEqual([]);
  });

  it('puts the finding that explains the named symptom first', async () => {
    const code =
      'def total(xs):\n    sum = 0\n    for x in xs:\n        sum += x\n    print(sum)\n\nt = total([1, 2])\nprint(t)\n';
    const findings = await findLogicBugs(sandbox(), { code, message: 'why does total return None?' });
    expect(findings.map((f) => f.cause)).toEqual(['logic.print-instead-of-return', 'logic.shadowed-builtin']);
  });

  it('drops an endless-loop finding when the traced run shows the loop ends', async () => {
    const code = 'items = [1, 2]\nwhile items:\n    print(items.pop())\n';
    expect(await findLogicBugs(sandbox(), { code, message: 'it hangs' })).toEqual([]);
  });

  it('says input text plus a number fails, and input text plus input text joins', async () => {
    const [plusNumber] = await findLogicBugs(sandbox(), {
      code: 'age = input("Age: ")\nprint(age + 1)\n',
      message: 'it does not work',
    });
    expect(plusNumber?.title).toBe('`age` is text, so `age + 1` cannot add a number to it');
    const [plusText] = await findLogicBugs(sandbox(), {
      code: 'a = input()\nb = input()\nprint(a + b)\n',
      message: 'wrong answer',
    });
    expect(plusText?.title).toBe('`a` is text, so `a + b` joins or repeats it');
  });

  it('finds nothing in code that does not parse', async () => {
    expect(await findLogicBugs(sandbox(), { code: 'def f(:\n', message: 'returns None' })).toEqual([]);
  });
});

function never(): never {
  throw new Error('no finding');
}
