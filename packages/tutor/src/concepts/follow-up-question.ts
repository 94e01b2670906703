import { normalizeTokens } from '../triage/normalize-tokens.ts';

// "what about a dictionary?", "and for strings?", "how about in reverse": the last question, about something else.
const ABOUT = /^(?:(?:ok|okay|and|so|but|hmm) )?(?:what|how) about (.+)$|^and (?:what about )?(.+)$/;
const LEADING = /^(?:(?:for|with|in|on|of|a|an|the|my|some) )+/;
// What a question is about, that a follow-up swaps for another: "how do i loop over a list" -> "... a dictionary".
const SUBJECT =
  /\b(?:lists?|dict(?:ionar(?:y|ies))?s?|strings?|str|tuples?|sets?|files?|numbers?|integers?|ints?|floats?|words?|sentences?|characters?|letters?|arrays?|keys?|values?)\b/;
// Words that turn the follow-up to the tutor or to nothing at all.
const NOT_A_SUBJECT = /^(?:you|me|it|that|this|them|now|then|python)$/;
const MAX_WORDS = 4;

/**
 * The student's last question asked again about what the follow-up names: "what about a dictionary?" after
 * "how do i loop over a list" is "how do i loop over a dictionary"; "what about in reverse" after "how do i sort
 * a list" is "how do i sort a list in reverse". Null when the message is not such a follow-up.
 */
export function followUpQuestion(message: string, lastQuestion: string): string | null {
  const found = ABOUT.exec(normalizeTokens(message).join(' '));
  const phrase = (found?.[1] ?? found?.[2] ?? '').trim();
  const named = phrase.replace(LEADING, '');
  if (!named || NOT_A_SUBJECT.test(named) || phrase.split(' ').length > MAX_WORDS) return null;
  const base = lastQuestion.trim().replace(/[?.!\s]+$/, '');
  // "with a key", "in reverse" add to the question; "a dictionary", "for tuples" swap what it is about.
  const adds = /^(?:with|in|on|of|using|without) /.test(phrase);
  const swapped = !adds && new RegExp(`^${SUBJECT.source}$`).test(named) && SUBJECT.test(base);
  return swapped ? base.replace(SUBJECT, named) : `${base} ${phrase}`;
}
