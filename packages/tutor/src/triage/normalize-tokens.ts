import { correctTypo } from './correct-typo.ts';

// Chat shorthand beginners use, spelled out so "pls" and "please" are one token.
const SHORTHAND = new Map<string, string>(
  Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    plis: 'please',
    thx: 'thanks',
    thanx: 'thanks',
    ty: 'thanks',
    wat: 'what',
    wut: 'what',
    wht: 'what',
    dnt: 'dont',
    donot: 'dont',
    dosent: 'doesnt',
    doesent: 'doesnt',
    dosnt: 'doesnt',
    cannot: 'cant',
    cuz: 'because',
    coz: 'because',
    bc: 'because',
    iam: 'im',
    idk: 'i dont know',
    gimme: 'give me',
    lemme: 'let me',
    wanna: 'want to',
    gotta: 'got to',
    lvl: 'level',
    prog: 'program',
    func: 'function',
    dict: 'dictionary',
    dicts: 'dictionary',
  }),
);

/**
 * The words of a message, normalised for matching: lower case, apostrophes dropped ("don't" -> "dont"),
 * letters repeated three or more times squeezed ("pleeease" -> "pleease"), dunder underscores
 * trimmed ("__len__" -> "len"), chat shorthand spelled out and
 * common misspellings of the words that carry intent corrected.
 */
export function normalizeTokens(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/(\w)'(\w)/g, '$1$2')
    .replace(/(.)\1{2,}/g, '$1$1')
    .split(/[^a-z0-9_]+/)
    .map((word) => word.replace(/^_+|_+$/g, ''))
    .filter((word) => word !== '');
  return words.flatMap((word) => (SHORTHAND.get(word) ?? correctTypo(word)).split(' '));
}
