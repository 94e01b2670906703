import { normalizeTokens } from './normalize-tokens.ts';

const NOT = `(?:dont|doesnt|didnt|cant|couldnt|not|never|still dont|still cant)`;
const ADVERB = `(?:really |quite |fully |totally |even |at all |just |still )?`;
const ME = `(?:im|i am|i m|ive been|i have been|been|still|so|totally|completely|really|very|super|kinda|kind of|a bit|feel|feeling|i feel|i get|i got|i keep getting|getting)`;

// Each pattern runs on the normalised words joined by single spaces, with a space at both ends.
const STRUGGLE = [
  new RegExp(` ${NOT} ${ADVERB}(?:understand|follow|grasp) `),
  new RegExp(
    ` ${NOT} ${ADVERB}get (?!(?:a |an |any |the )?(?:error|output|result|exception|message|warning|value|number)s? )`,
  ),
  new RegExp(` ${ME} (?:so |really |totally |completely |very )?(?:confused|lost|stuck) `),
  / (?:confused|confusing) /,
  /^ stuck /,
  / stuck (?:on|with|here|again|at) /,
  / (?:makes?|making) (?:no|zero) sense /,
  / (?:doesnt|dont|does not|do not) make (?:any )?sense /,
  / (?:i|im|i am|about to|going to|gonna|want to|ready to) (?:give|giving) up /,
  / i gave up /,
  / (?:no|zero) (?:idea|clue) /,
  / clueless /,
  / (?:cant|couldnt) (?:figure|work) (?:it |this |that )?out /,
  / help me understand /,
  / (?:so|too|really|very|super) (?:hard|difficult) /,
  / frustrat/,
  / overwhelm/,
  / struggl/,
  / over my head /,
  / what am i (?:missing|doing wrong) /,
];
// A struggle that is over: "not confused anymore", "no longer stuck", "finally makes sense".
const RESOLVED = [
  / (?:not|no longer|never) (?:so |really )?(?:confused|stuck|lost) /,
  / (?:anymore|any more|no longer) /,
  / (?:never|dont|wont|not going to) give up /,
];

/**
 * Whether the student says they are struggling: "I don't understand", "I'm stuck", "this makes no sense",
 * "i give up", "confused", and close variants or misspellings ("i dont get it", "im so lost", "undrestand").
 * A struggle already overcome ("I understand now", "not confused anymore") does not count.
 */
export function saysStruggling(message: string): boolean {
  const text = ` ${normalizeTokens(message).join(' ')} `;
  if (RESOLVED.some((pattern) => pattern.test(text))) return false;
  return STRUGGLE.some((pattern) => pattern.test(text));
}
