import { entryTerms, termStem } from './entry-terms.ts';
import { type EntryMatch, findEntry } from './find-entry.ts';

/** Words that say code misbehaves without saying how: "it's wrong", "it prints the same thing", "never ends". */
const VAGUE = new Set(
  'wrong answer result output print same thing never always loop end stop give get show want expect work error fix problem bug code program value run line correct right happen weird strange broken instead think look'
    .split(' ')
    .map(termStem),
);

/**
 * The knowledge-base entry that may explain what surprised a student in code that ran cleanly ("my function
 * changes the original list", "why are all my rows the same"); null when the message says only that something
 * is wrong, or when no entry answers it with confidence.
 */
export async function entryForSurprise(message: string): Promise<EntryMatch | null> {
  const specific = entryTerms(message).filter((term) => !term.includes('+') && !VAGUE.has(term));
  if (specific.length === 0) return null;
  return (await findEntry(message)).best;
}
