import { type ReviewFinding, ReviewSchema } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { RULE_ADVICE } from './explain-diagnostic.ts';
import { formatReview } from './format-review.ts';
import { loadRuff } from './load-ruff.ts';
import { reviewCode } from './review-code.ts';
import { RUFF_SETTINGS } from './ruff-settings.ts';
import { SYNTAX_ERROR_SCORE, scoreFindings } from './score-findings.ts';

const CLEAN = `def average(numbers: list[float]) -> float:
    """Return the mean of the numbers, or 0 for an empty list."""
    if not numbers:
        return 0.0
    return sum(numbers) / len(numbers)


scores = [90, 85, 77]
for score in scores:
    print(f"Score: {score}")
print(average(scores))
`;

const MESSY = `import os
def MyFunc(a, b=[]):
    x = 1
    if a == None:
        return True
    try:
        pass
    except:
        pass
    for i in range(len(b)):
        print(b[i])
    print(undefined_name)
class my_class: pass
`;

async function findingFor(code: string, rule: string): Promise<ReviewFinding> {
  const review = await reviewCode(code);
  const finding = review.findings.find((f) => f.rule === rule);
  expect(finding, `${rule} in ${JSON.stringify(review.findings.map((f) => f.rule))}`).toBeDefined();
  return finding as ReviewFinding;
}

describe('reviewCode', () => {
  it('loads Ruff once, lazily, and records what the first use cost', async () => {
    const first = loadRuff();
    expect(loadRuff()).toBe(first);
    const ruff = await first;
    expect(ruff.version).toBe('0.17.4');
    expect(ruff.loadMs).toBeGreaterThan(0);
    console.info(`Ruff ${ruff.version} WASM first use: ${Math.round(ruff.loadMs)} ms`);
    const started = performance.now();
    await reviewCode(MESSY);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it.each([
    ['F401', 'import os\nprint("hi")\n', 1, /never use it/, /Delete the import of `os`/],
    ['E711', 'def check(value):\n    return value == None\n', 2, /unique object/, /is None/],
    ['N802', 'def CalculateTotal(prices):\n    return sum(prices)\n', 1, /snake_case/, /def calculate_total/],
    [
      'E722',
      'try:\n    age = int(input())\nexcept:\n    age = 0\nprint(age)\n',
      3,
      /catches \*every\* error/,
      /except ValueError/,
    ],
    [
      'B006',
      'def add(item, items=[]):\n    items.append(item)\n    return items\n',
      1,
      /shared by every call/,
      /items=None/,
    ],
    ['F841', 'def area(width, height):\n    result = width * height\n', 2, /never used/, /`result`/],
    ['E712', 'def ready(done):\n    if done == True:\n        print("yes")\n', 2, /roundabout/, /if done:/],
    ['F821', 'print(totl)\n', 1, /NameError/, /spelling of `totl`/],
  ])('explains %s to a beginner', async (rule, code, line, explanation, suggestion) => {
    const finding = await findingFor(code, rule);
    expect(finding.line).toBe(line);
    expect(finding.explanation).toMatch(explanation);
    expect(finding.suggestion).toMatch(suggestion);
    expect(finding.message.length).toBeGreaterThan(5);
  });

  it('reports a syntax error first and alone, with its line and a beginner explanation', async () => {
    const review = await reviewCode('import os\nx = 1\nif x > 1\n    print(x)\n');
    expect(review.findings).toHaveLength(1);
    expect(review.findings[0]).toMatchObject({ rule: 'syntax-error', line: 3, severity: 'error' });
    expect(review.findings[0]?.explanation).toMatch(/colon/);
    expect(review.findings[0]?.explanation).toMatch(/before its first line runs/);
    expect(review.score).toBe(SYNTAX_ERROR_SCORE);
    expect(review.summary).toMatch(/line 3/);
  });

  it.each([
    ['if x = 1:\n    pass\n', 1, /`==`/],
    ['names = ["a", "b"\nprint(names)\n', 1, /opened on line 1 is never closed/],
    ['print "hello"\n', 1, /print` is a function/],
    ['def greet():\nprint("hi")\n', 2, /indented/],
    ['x = 5\nx++\n', 2, /no `\+\+`/],
    ['class = 5\n', 1, /keyword/],
    ['if x == 1:\n    pass\nelse if x == 2:\n    pass\n', 3, /elif/],
  ])('explains the syntax error in %j', async (code, line, explanation) => {
    const [finding] = (await reviewCode(code)).findings;
    expect(finding?.rule).toBe('syntax-error');
    expect(finding?.line).toBe(line);
    expect(finding?.explanation).toMatch(explanation);
  });

  it("suggests the simpler form in the student's own code, and takes n as a number's parameter", async () => {
    const code =
      'def is_even(n):\n    if n % 2 == 0:\n        return True\n    else:\n        return False\n\n\n' +
      'def all_positive(values):\n    for value in values:\n        if not value > 0:\n            return False\n    return True\n';
    const { findings } = await reviewCode(code);
    expect(findings.map((f) => [f.rule, f.suggestion])).toEqual([
      ['SIM103', 'Return the condition itself: `return n % 2 == 0`.'],
      ['SIM110', 'Use `return all(value > 0 for value in values)`.'],
    ]);
  });

  it('adds its own checks: long functions, deep nesting, single-letter names, range(len(x))', async () => {
    const body = Array.from({ length: 22 }, (_, i) => `    total += ${i}`).join('\n');
    const code = `def report(orders):
    total = 0
${body}
    for order in orders:
        if order:
            for item in order:
                if item:
                    print(item)
    return total


n = 3
for i in range(3):
    print(i)
squares = [k * k for k in range(n)]
for i in range(len(squares)):
    print(squares[i])
`;
    const review = await reviewCode(code);
    const rules = review.findings.map((f) => `${f.rule}@${f.line}`);
    expect(rules).toContain('LF001@1');
    expect(rules).toContain('LF002@28');
    expect(rules).toContain('LF003@33');
    expect(rules).toContain('LF004@37');
    expect(review.findings.filter((f) => f.rule === 'LF003')).toHaveLength(1);
    const loop = review.findings.find((f) => f.rule === 'LF004');
    expect(loop?.suggestion).toContain('```python\nfor square in squares:\n    print(square)\n```');
  });

  it("rewrites a loop that only builds a list as a comprehension, from the student's own code", async () => {
    const suggestion = async (code: string) =>
      (await reviewCode(code)).findings.find((f) => f.rule === 'LF005')?.suggestion ?? null;
    expect(
      await suggestion(
        'result = []\nfor n in range(10):\n    if n % 2 == 0:\n        result.append(n * n)\nprint(result)\n',
      ),
    ).toContain('```python\nresult = [n * n for n in range(10) if n % 2 == 0]\n```');
    expect(
      await suggestion(
        'def shout(words):\n    loud = []\n\n    for word in words:\n        loud.append(word.upper())\n    return loud\n',
      ),
    ).toContain('```python\nloud = [word.upper() for word in words]\n```');
    // A loop that does more than append, or a list that was not empty just before it, stays a loop.
    expect(
      await suggestion('out = []\nfor n in [1, 2]:\n    print(n)\n    out.append(n)\nprint(out)\n'),
    ).toBeNull();
    expect(await suggestion('out = [0]\nfor n in [1, 2]:\n    out.append(n)\nprint(out)\n')).toBeNull();
    expect(
      await suggestion(
        'out = []\nfor n in [1, 2]:\n    if n > 1:\n        out.append(n)\n    else:\n        out.append(0)\n',
      ),
    ).toBeNull();
  });

  it('names a single-letter variable after the input() prompt that asks for it', async () => {
    const suggestion = async (code: string) =>
      (await reviewCode(code)).findings.find((f) => f.rule === 'LF003')?.suggestion ?? null;
    expect(
      await suggestion('import math\nr = float(input("radius: "))\nprint(math.pi * r ** 2)\n'),
    ).toContain('`radius`');
    expect(await suggestion('a = int(input("Enter your age: "))\nprint(a + 1)\n')).toContain('`age`');
    // No prompt, a prompt that names nothing, or one that would shadow a builtin: the general advice.
    for (const code of [
      'r = float(input())\nprint(r)\n',
      'r = input("? ")\nprint(r)\n',
      'r = input("list: ")\nprint(r)\n',
    ])
      expect(await suggestion(code)).toContain('e.g. `width`, `count` or `price`');
  });

  it('points out an else that only says pass', async () => {
    const lines = async (code: string) =>
      (await reviewCode(code)).findings.filter((f) => f.rule === 'LF007').map((f) => f.line);
    expect(
      await lines(
        'def check(n):\n    if n > 0:\n        print("positive")\n    else:\n        pass\ncheck(5)\n',
      ),
    ).toEqual([4]);
    expect(await lines('n = 3\nif n > 0:\n    print(n)\nelse: pass\n')).toEqual([4]);
    expect(await lines('for n in [1]:\n    print(n)\nelse:\n    # nothing left\n    pass\n')).toEqual([3]);
    // An else that does something, or passes and then does something, is fine.
    expect(await lines('n = 3\nif n > 0:\n    print(n)\nelse:\n    print("no")\n')).toEqual([]);
    expect(await lines('n = 3\nif n > 0:\n    print(n)\nelse:\n    pass\n    print("no")\n')).toEqual([]);
    expect(await lines('n = 3\nif n > 0:\n    print(n)\nelse: pass; print("no")\n')).toEqual([]);
  });

  it("rewrites a loop that only adds up a number as sum(), from the student's own code", async () => {
    const suggestion = async (code: string) =>
      (await reviewCode(code)).findings.find((f) => f.rule === 'LF006')?.suggestion ?? null;
    expect(await suggestion('total = 0\nfor p in prices:\n    total += p\nprint(total)\n')).toContain(
      '```python\ntotal = sum(prices)\n```',
    );
    expect(
      await suggestion(
        'def avg(marks):\n    s = 0\n    for i in range(len(marks)):\n        s = s + marks[i]\n    return s / len(marks)\n',
      ),
    ).toContain('```python\ns = sum(marks)\n```');
    expect(
      await suggestion('count = 0\nfor w in words:\n    if w.startswith("a"):\n        count += 1\n'),
    ).toContain('```python\ncount = sum(1 for w in words if w.startswith("a"))\n```');
    expect(await suggestion('cost = 0.0\nfor item in cart:\n    cost += item.price * item.qty\n')).toContain(
      'cost = sum(item.price * item.qty for item in cart)',
    );
    // A loop that does more, a start that is not 0, or a value built from the total itself stays a loop.
    expect(await suggestion('total = 0\nfor p in prices:\n    print(p)\n    total += p\n')).toBeNull();
    expect(await suggestion('total = 10\nfor p in prices:\n    total += p\n')).toBeNull();
    expect(await suggestion('total = 0\nfor p in prices:\n    total += total * p\n')).toBeNull();
    expect(await suggestion('total = 0\nfor p in prices:\n    total -= p\n')).toBeNull();
  });

  it("rewrites a range(len(...)) loop in the student's own code, keeping the position only where it is used", async () => {
    const suggestion = async (code: string) =>
      (await reviewCode(code)).findings.find((f) => f.rule === 'LF004')?.suggestion ?? '';
    expect(
      await suggestion(
        'def average(marks):\n    total = 0\n    for i in range(len(marks)):\n        total = total + marks[i]\n    return total / len(marks)\n',
      ),
    ).toContain('```python\nfor mark in marks:\n    total = total + mark\n```');
    expect(
      await suggestion('names = ["Ana", "Bo"]\nfor i in range(len(names)):\n    print(i + 1, names[i])\n'),
    ).toContain('```python\nfor i, name in enumerate(names):\n    print(i + 1, name)\n```');
    // Assigning to names[i] needs the position: the pattern is shown, the loop is not rewritten.
    const assigning = await suggestion(
      'names = ["ana", "bo"]\nfor i in range(len(names)):\n    names[i] = names[i].title()\nprint(names)\n',
    );
    expect(assigning).toContain('for name in names:\n    print(name)');
  });

  it('scores clean code above messy code, within 0-100', async () => {
    const clean = await reviewCode(CLEAN);
    const messy = await reviewCode(MESSY);
    expect(clean.findings).toEqual([]);
    expect(clean.score).toBe(100);
    expect(messy.score).toBeLessThan(clean.score);
    expect(messy.score).toBeGreaterThanOrEqual(0);
    for (const review of [clean, messy]) expect(ReviewSchema.parse(review)).toEqual(review);
    for (const finding of messy.findings) {
      expect(finding.explanation.length, finding.rule).toBeGreaterThan(30);
      expect(finding.suggestion.length, finding.rule).toBeGreaterThan(10);
    }
    const oneSlip = await reviewCode(`import os\n${CLEAN}`);
    expect(oneSlip.score).toBe(92);
  });

  it('caps each rule and never leaves 0-100', () => {
    const finding = (rule: string, severity: ReviewFinding['severity']): ReviewFinding => ({
      rule,
      line: 1,
      column: 1,
      message: '',
      explanation: '',
      suggestion: '',
      severity,
    });
    expect(scoreFindings([])).toBe(100);
    expect(scoreFindings(Array.from({ length: 50 }, () => finding('LF003', 'info')))).toBe(94);
    expect(scoreFindings(Array.from({ length: 50 }, (_, i) => finding(`E${i}`, 'error')))).toBe(0);
  });

  it('explains only rules that the settings select', () => {
    const { select, ignore } = RUFF_SETTINGS.lint;
    for (const rule of Object.keys(RULE_ADVICE)) {
      expect(
        select.some((prefix) => rule.startsWith(prefix)),
        rule,
      ).toBe(true);
      expect(
        ignore.some((prefix) => rule.startsWith(prefix)),
        rule,
      ).toBe(false);
    }
  });
});

describe('formatReview', () => {
  it('opens with the score and strengths, then the most important findings', async () => {
    const text = formatReview(await reviewCode(MESSY));
    expect(text).toMatch(/^## Code review: \d+\/100/);
    expect(text.indexOf('What you did well')).toBeLessThan(text.indexOf('What to improve'));
    expect(text.indexOf('B006')).toBeLessThan(text.indexOf('N801'));
    expect(text).toMatch(/smaller points/);
    expect(text).toMatch(/another review/);
  });

  it('praises clean code', async () => {
    const text = formatReview(await reviewCode(CLEAN));
    expect(text).toContain('100/100');
    expect(text).toContain('What you did well');
    expect(text).toMatch(/docstrings|short and focused/);
    expect(text).not.toContain('What to improve');
  });
});
