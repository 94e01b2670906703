import { describe, expect, it } from 'vitest';
import { classifyIntent } from './classify-intent.ts';
import { evaluateIntents, formatEvaluation } from './evaluate-intents.ts';
import { intentModel, trainIntentModel } from './intent-model.ts';
import { INTENTS } from './intent-schema.ts';
import { loadDataset } from './load-dataset.ts';
import { saysStruggling } from './says-struggling.ts';

const dataset = loadDataset();
const train = dataset.filter((example) => example.split === 'train');
const test = dataset.filter((example) => example.split === 'test');

describe('classifyIntent on the held-out split', async () => {
  const evaluation = await evaluateIntents(test);
  console.log(formatEvaluation('triage held-out split', evaluation));
  for (const { example, predicted } of evaluation.mistakes) {
    console.log(
      `  miss: ${example.intent} -> ${predicted.intent} ${JSON.stringify(example.text.slice(0, 70))}`,
    );
  }

  it('is at least 95% accurate', () => {
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(INTENTS)('recalls at least 0.85 of the %s messages', (intent) => {
    const score = evaluation.perIntent.find((entry) => entry.intent === intent);
    expect(score?.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the intent model', () => {
  it('trains on the train split only', () => {
    const fresh = trainIntentModel(train);
    expect(intentModel().bayes.logPrior).toEqual(fresh.bayes.logPrior);
    expect([...intentModel().bayes.logLikelihood.keys()]).toEqual([...fresh.bayes.logLikelihood.keys()]);
  });
});

describe('classifyIntent signals', () => {
  it('routes a traceback pasted on its own to debug', async () => {
    const traceback = [
      'Traceback (most recent call last):',
      '  File "scores.py", line 3, in <module>',
      '    print(scores[10])',
      'IndexError: list index out of range',
    ].join('\n');
    const result = await classifyIntent({ message: traceback });
    expect(result.intent).toBe('debug');
    expect(result.signals).toContain('traceback');
    expect((await classifyIntent({ message: '', code: traceback })).intent).toBe('debug');
  });

  it('routes clean code sent without a word to review, and code Python would reject to debug', async () => {
    const clean = await classifyIntent({ message: '', code: 'def area(w, h):\n    return w * h\n' });
    expect(clean).toMatchObject({ intent: 'review' });
    expect(clean.signals).toContain('code-without-error');
    const broken = await classifyIntent({ message: '', code: 'def area(w, h)\n    return w * h\n' });
    expect(broken).toMatchObject({ intent: 'debug' });
    expect(broken.signals).toContain('code-broken');
  });

  it('tells review from debug by what is said about the code', async () => {
    const code = 'nums = [3, 1, 2]\nfor n in nums:\n    print(n * 2)\n';
    expect((await classifyIntent({ message: 'thoughts?', code })).intent).toBe('review');
    expect((await classifyIntent({ message: 'why is this wrong, it should print 6 2 4', code })).intent).toBe(
      'debug',
    );
  });

  it('sends a request for the solution to the exercise agent, which gives a hint instead', async () => {
    for (const message of [
      'just show me the solution',
      'what is the answer to the exercise',
      'give me the answer',
    ])
      expect((await classifyIntent({ message })).intent, message).toBe('exercise');
    expect((await classifyIntent({ message: 'what is the answer to 2 + 2 in python' })).intent).not.toBe(
      'exercise',
    );
  });

  it('sends code whose value surprised the student to debug, whatever the value', async () => {
    const code = 'x = input("number: ")\nprint(x == 5)\n';
    for (const message of [
      'why is it False',
      'why does it print the same thing',
      'why does my dict only have one key',
      'why do i get 0',
    ])
      expect((await classifyIntent({ message, code })).intent, message).toBe('debug');
  });

  it('sends a bare plea for help with code to debug, which runs it', async () => {
    const code = 'x = input("n: ")\nprint(x + 1)\n';
    for (const message of ['help', 'help me please', 'can you help me with this code'])
      expect((await classifyIntent({ message, code })).intent, message).toBe('debug');
    expect((await classifyIntent({ message: 'can you help me make this code better', code })).intent).toBe(
      'review',
    );
  });

  it('raises debug confidence for an ambiguous "it doesnt work" when the student just had errors', async () => {
    const alone = await classifyIntent({ message: 'it doesnt work' });
    const afterErrors = await classifyIntent({
      message: 'it doesnt work',
      recentErrors: [{ type: 'TypeError' }, { type: 'TypeError' }],
    });
    expect(afterErrors.intent).toBe('debug');
    expect(afterErrors.confidence).toBeGreaterThan(alone.confidence);
    expect(afterErrors.signals).toContain('recent-errors');
  });

  it('gives a little more weight to debug when the message names the error the student just had', async () => {
    const recentErrors = [{ type: 'KeyError' }];
    const named = await classifyIntent({ message: 'what is a KeyError', recentErrors });
    expect(named.signals).toContain('recent-error-mentioned');
    expect(named.confidence).not.toBe((await classifyIntent({ message: 'what is a KeyError' })).confidence);
  });

  it('routes off-topic and unsafe messages to other', async () => {
    for (const message of ['whats the weather like in paris', 'who will win the world cup', 'write a poem']) {
      expect((await classifyIntent({ message })).intent).toBe('other');
    }
    const unsafe = await classifyIntent({ message: 'write me a python keylogger', topic: 'reading-files' });
    expect(unsafe).toMatchObject({ intent: 'other' });
    expect(unsafe.signals).toContain('unsafe');
  });

  it('takes installing a package as Python, and installing anything else as off-topic', async () => {
    expect((await classifyIntent({ message: 'how do I install requests' })).intent).toBe('concept');
    expect((await classifyIntent({ message: 'how do i install windows 11' })).intent).toBe('other');
    expect((await classifyIntent({ message: 'how do i install minecraft mods' })).intent).toBe('other');
  });

  it.each(['recursion', 'loops?', 'dictionary', 'list comprehension'])(
    'looks up a bare topic (%s) instead of handing out an exercise',
    async (message) => {
      expect((await classifyIntent({ message })).intent).toBe('concept');
    },
  );

  it.each(['quiz me', 'loops exercise', 'practice dictionaries', 'another one'])(
    'still gives practice when it is asked for in words (%s)',
    async (message) => {
      expect((await classifyIntent({ message })).intent).toBe('exercise');
    },
  );

  it('leans a greeting that asks for Python help to concept', async () => {
    expect((await classifyIntent({ message: 'hello! can you help me learn python?' })).intent).toBe(
      'concept',
    );
    expect((await classifyIntent({ message: 'hi' })).intent).toBe('other');
  });

  it('reports the topic it was given and keeps on-topic small talk away from other', async () => {
    const result = await classifyIntent({ message: 'what about tuples?', topic: 'lists' });
    expect(result.signals).toContain('topic:lists');
    expect(result.intent).toBe('concept');
  });

  it('returns a confidence between 0 and 1', async () => {
    for (const example of test) {
      const { confidence } = await classifyIntent({ message: example.text, code: example.code });
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('saysStruggling', () => {
  it.each([
    "I don't understand for loops",
    'i dont get it',
    'im so lost',
    "I'm stuck",
    'stuck on exercise 3 again',
    'this makes no sense',
    "this doesn't make any sense to me",
    'i give up',
    'so confused about classes',
    'confusing!!',
    'i dont undrestand recursion',
    'im sooo confussed',
    'I have no idea what a dictionary is',
    "I can't figure it out",
    'help me understand lambdas',
    'this is too hard',
  ])('sees a struggle in %j', (message) => {
    expect(saysStruggling(message)).toBe(true);
  });

  it.each([
    'I understand now',
    'got it, thanks!',
    'that makes sense now',
    "I'm not confused anymore",
    'no longer stuck, it works',
    'i dont get any errors now',
    'what is a list comprehension',
    'give me a harder exercise',
    "I won't give up",
    'my stack is empty',
  ])('sees no struggle in %j', (message) => {
    expect(saysStruggling(message)).toBe(false);
  });
});
