import { matchSymptom } from '../logic/match-symptom.ts';
import { detectSignals } from './detect-signals.ts';
import { normalizeTokens } from './normalize-tokens.ts';

// Signals that tie a message to the code beside it: something is wrong, a check or an explanation is asked for.
const TROUBLE = [
  'traceback',
  'exception-line',
  'error-message',
  'error-words',
  'unexpected-behaviour',
  'explain-code',
  'checks-solution',
  'help-only',
];
// Words that point at the code itself.
const POINTS_AT =
  /\b(?:this|these|those|it|here|above|below|mine)\b|\bline \d+\b|\bmy (?:error|errors|traceback|bug|bugs|mistake|crash)\b/;
const MY_CODE =
  /\b(?:my|the|your) (?:code|program|script|function|loop|output|answer|solution|attempt|result|version)\b/;
// What is done to code rather than with Python: "fix my code", "make my program shorter".
const CODE_VERB =
  /\b(?:fix|debug|wrong|work|works|working|improve|review|check|shorter|cleaner|better|faster|simpler)\b/;
// A question of its own: "how do I ...", "what is ...", "explain ..." (but not "what is wrong").
const HOW_TO =
  /^(?:how (?:do|can|should|would|could) (?:i|you|we)|how to|what (?:is|are|does|do)|whats|explain|tell me about|can you explain|is there a way)\b(?! wrong)/;
// A message that brings its own example: `x[::-1]`, 0.1 + 0.2.
const OWN_EXAMPLE = /\d\s*(?:[-+*/%<>]|==|\*\*|\/\/)\s*\d/;
const ABOUT_LEARNING =
  /\b(?:at|in|learning|learn|with) (?:python|coding|programming)\b|\bbetter (?:programmer|coder)\b/;
// The names the code gives (assigned, defined, imported), three letters or more.
const GIVEN =
  /\b(?:def|class)\s+([A-Za-z_]\w{2,})|^\s*([A-Za-z_]\w{2,})\s*(?:[-+*/%]|\/\/|\*\*)?=(?!=)|\bimport\s+([A-Za-z_]\w{2,})/gm;

/**
 * Whether a message is about the code sent with it. The web app sends the editor's code with every message, so
 * "how do I reverse a string", "how can I make my program wait 2 seconds" or "thanks" come with code they say
 * nothing about; "why is total 0", "what is wrong with my code", "is my solution right?", "what does line 2
 * do" or an empty message are about it.
 */
export function refersToCode(message: string, code: string): boolean {
  const words = normalizeTokens(message);
  if (words.length === 0) return true;
  const given = new Set(
    [...code.matchAll(GIVEN)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()).filter(Boolean),
  );
  const text = words.join(' ');
  if (words.some((word) => given.has(word)) || POINTS_AT.test(text)) return true;
  const signals = detectSignals(message, code).names;
  const howTo = HOW_TO.test(text);
  const ownExample = OWN_EXAMPLE.test(message) || signals.includes('inline-code');
  if (TROUBLE.some((name) => signals.includes(name)) || matchSymptom(message) !== null)
    return !howTo && !ownExample;
  if (MY_CODE.test(text)) return !howTo || CODE_VERB.test(text);
  if (signals.includes('review-phrase')) return !howTo && !ABOUT_LEARNING.test(text);
  // "I get a TypeError" is about the code; "what is a TypeError" or "how do I handle a ValueError" are not.
  return signals.includes('exception-name') && !howTo && !/^(?:define|why)\b/.test(text);
}
