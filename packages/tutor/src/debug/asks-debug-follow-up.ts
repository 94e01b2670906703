import { normalizeTokens } from '../triage/normalize-tokens.ts';

// The whole message asks for more help with the error just explained, and names nothing else.
const PHRASES = [
  'how (?:do|can|should|would) i fix (?:it|this|that)',
  '(?:can you |please )?fix (?:it|this|that)(?: for me)?',
  '(?:what is|whats) the fix',
  'how do i solve (?:it|this|that)',
  '(?:(?:can you )?give me |can i (?:get|have) |i need |i want )?(?:a |another |the next |one more )?(?:hint|clue)(?: please)?',
  'next hint(?: please)?',
  'what should i (?:write|do|change|put|try)(?: (?:instead|now|there|here))?',
  'what do i (?:change|do now|write instead)',
  '(?:i )?(?:still )?(?:dont|do not|cant|cannot) (?:get|understand|see|find) (?:it|this|that|the problem|the mistake|what is wrong)',
  '(?:im |i am )?still (?:stuck|confused|lost)',
  '(?:and )?now what',
  'more help(?: please)?',
  '(?:it )?still (?:doesnt|does not) work',
  'i tried (?:it|that) and it still (?:doesnt|does not) work',
];
const FOLLOW_UP = new RegExp(`^(?:(?:ok|okay|but|so|and|hmm|thanks|sorry) )*(?:${PHRASES.join('|')})$`);

/**
 * "How do I fix it?", "give me a hint", "I still don't get it": after an error or logic bug was explained, the
 * message asks about the same code again, for the next hint.
 */
export const asksDebugFollowUp = (message: string) => FOLLOW_UP.test(normalizeTokens(message).join(' '));
