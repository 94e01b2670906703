import { matchSymptom } from '../logic/match-symptom.ts';
import { detectSignals } from './detect-signals.ts';
import { normalizeTokens } from './normalize-tokens.ts';

// Signals that tie a message to the code beside it: something is wrong, a review or a check is asked for.
const ABOUT_CODE_SIGNALS = [
  'traceback',
  'exception-line',
  'error-message',
  'error-words',
  'unexpected-behaviour',
  'explain-code',
  'checks-solution',
  'help-only',
];
const ABOUT_LEARNING =
  /\b(?:at|in|learning|learn|with) (?:python|coding|programming)\b|\bbetter (?:programmer|coder)\b/;
const POINTS_AT =
  /\b(?:this|these|those|it|its|here|above|below|mine)\b|\b(?:my|the|your) (?:code|program|script|function|loop|output|answer|solution|attempt|result|version)\b|\bline \d+\b|^why\b/;
// The names the code gives (assigned, defined, imported), three letters or more.
const GIVEN =
  /\b(?:def|class)\s+([A-Za-z_]\w{2,})|^\s*([A-Za-z_]\w{2,})\s*(?:[-+*/%]|\/\/|\*\*)?=(?!=)|\bimport\s+([A-Za-z_]\w{2,})/gm;

/**
 * Whether a message is about the code sent with it. The web app sends the editor's code with every message, so
 * "how do I reverse a string" or "thanks" come with code they say nothing about; "why is total 0", "review
 * this", "is my solution right?" or an empty message are about it.
 */
export function refersToCode(message: string, code: string): boolean {
  const words = normalizeTokens(message);
  if (words.length === 0) return true;
  const text = words.join(' ');
  const signals = detectSignals(message, code).names;
  if (ABOUT_CODE_SIGNALS.some((name) => signals.includes(name)) || matchSymptom(message) !== null)
    return true;
  // "make it cleaner" is about the code; "how do I get better at python" is about the student.
  if (signals.includes('review-phrase') && !ABOUT_LEARNING.test(text)) return true;
  // "I get a TypeError" is about the code; "what is a TypeError" is a question of its own.
  if (signals.includes('exception-name') && !/^(?:what|whats|explain|define)\b/.test(text)) return true;
  if (POINTS_AT.test(text)) return true;
  const given = new Set(
    [...code.matchAll(GIVEN)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()).filter(Boolean),
  );
  return words.some((word) => given.has(word));
}
