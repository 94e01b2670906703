import { inspectCode } from './inspect-code.ts';
import { normalizeTokens } from './normalize-tokens.ts';
import { saysStruggling } from './says-struggling.ts';
import {
  ASKS_SOLUTION,
  CHECKS_SOLUTION,
  ERROR_MESSAGE,
  ERROR_WORDS,
  EXCEPTION_LINE,
  EXCEPTION_NAME,
  EXERCISE_WORD,
  EXPLAIN_CODE,
  EXPLAIN_PHRASE,
  GREETING,
  INLINE_CODE,
  PRACTICE_REQUEST,
  PROGRESS_PHRASE,
  REVIEW_PHRASE,
  THANKS,
  TRACEBACK,
  UNEXPECTED_BEHAVIOUR,
  UNSAFE,
  WORK_FOR_ME,
} from './signal-patterns.ts';
import { stemWord } from './stem-word.ts';
import { OFF_TOPIC_VOCABULARY, PYTHON_PHRASES, PYTHON_VOCABULARY } from './vocabulary.ts';

/** The explicit signals found in a message and its attached code. */
export interface MessageSignals {
  /** The names of the signals that fired, in a fixed order, e.g. `traceback`, `code-without-error`. */
  names: string[];
  /** The message's normalised words, for the statistical model. */
  words: string[];
}

/** Signals that say something is wrong: an error, a traceback, broken code, an unmet expectation. */
export const TROUBLE_SIGNALS: readonly string[] = [
  'traceback',
  'exception-line',
  'exception-name',
  'error-message',
  'error-words',
  'code-broken',
  'code-expectation',
];

// "help", "can you help me with this code": a plea that says nothing about what is wanted.
const HELP_WORDS = new Set(
  'help helps me please pls plz can could you someone anyone i need a hand with this my code here it so'.split(
    ' ',
  ),
);

/** Whether the message asks for the worked answer of an exercise ("just show me the solution"). */
export const asksForSolution = (message: string) => ASKS_SOLUTION.test(normalizeTokens(message).join(' '));

/** Whether the message asks if attached code solves the exercise ("is my solution right?"). */
export const checksSolution = (message: string) => CHECKS_SOLUTION.test(normalizeTokens(message).join(' '));

/** Whether the message asks what attached code does ("what does this code do", "explain this"). */
export const asksToExplainCode = (message: string) => EXPLAIN_CODE.test(normalizeTokens(message).join(' '));

/** Looks for every explicit signal in `message` and `code`; pure and cheap. */
export function detectSignals(message: string, code: string | null): MessageSignals {
  const words = normalizeTokens(message);
  const text = words.join(' ');
  const stems = words.map(stemWord);
  const attached = code !== null && code.trim() !== '' ? code : null;
  const inspection = attached === null ? null : inspectCode(attached);
  const raw = attached === null ? message : `${message}\n${attached}`;

  const fired = new Set<string>();
  const when = (name: string, condition: boolean) => condition && fired.add(name);
  when('traceback', TRACEBACK.test(raw));
  when('exception-line', EXCEPTION_LINE.test(raw));
  when('exception-name', EXCEPTION_NAME.test(text) || EXCEPTION_LINE.test(raw));
  when('error-message', ERROR_MESSAGE.test(text));
  when('error-words', ERROR_WORDS.test(text));
  when('unexpected-behaviour', UNEXPECTED_BEHAVIOUR.test(text));
  when('code', attached !== null);
  when('code-only', attached !== null && words.length === 0);
  when('code-broken', inspection?.broken === true);
  when('code-expectation', inspection?.expectation === true);
  when('code-without-error', attached !== null && !TROUBLE_SIGNALS.some((name) => fired.has(name)));
  when('progress-phrase', PROGRESS_PHRASE.test(text));
  when('practice-request', PRACTICE_REQUEST.test(text));
  when('exercise-word', EXERCISE_WORD.test(text));
  when('explain-phrase', EXPLAIN_PHRASE.test(text));
  when('review-phrase', REVIEW_PHRASE.test(text));
  when('explain-code', EXPLAIN_CODE.test(text));
  when('struggle', saysStruggling(message));
  when('help-only', words.includes('help') && words.every((word) => HELP_WORDS.has(word)));
  when('greeting', GREETING.test(text));
  when('thanks', THANKS.test(text));
  when('unsafe', UNSAFE.test(text));
  when('work-for-me', WORK_FOR_ME.test(text));
  when('asks-solution', ASKS_SOLUTION.test(text));
  when('checks-solution', attached !== null && CHECKS_SOLUTION.test(text));
  when('inline-code', INLINE_CODE.test(message));
  const python =
    attached !== null ||
    fired.has('inline-code') ||
    PYTHON_PHRASES.test(text) ||
    stems.some((stem) => PYTHON_VOCABULARY.has(stem));
  when('python-vocab', python);
  when(
    'off-topic-vocab',
    stems.some((stem) => OFF_TOPIC_VOCABULARY.has(stem)),
  );
  when('no-python', !python && !TROUBLE_SIGNALS.some((name) => fired.has(name)));
  when('short', attached === null && words.length <= 2);
  // A "what is ..." question about nothing in Python is a general-knowledge question.
  when(
    'general-question',
    fired.has('explain-phrase') &&
      fired.has('no-python') &&
      !fired.has('progress-phrase') &&
      !fired.has('exercise-word'),
  );
  return { names: [...fired], words };
}
