import { stableHash } from './stable-hash.ts';

/** The share of labelled messages, in percent, that the hash puts in the held-out split. */
export const TEST_PERCENT = 30;

/**
 * The split of a labelled message, decided by a stable hash of its content and never by hand: the text, and
 * the attached code when there is some (code-only messages all have the same empty text).
 */
export function splitOf(text: string, code: string | null): 'train' | 'test' {
  const key = code === null ? text : `${text}\n${code}`;
  return stableHash(key) % 100 < TEST_PERCENT ? 'test' : 'train';
}
