import { directAnswer, type QuestionEntry } from '@learnflow/curriculum';
import { knowledgeBase } from '../knowledge/knowledge-base.ts';

/** At most this many built-ins and methods are explained under a walk-through. */
const MAX_PARTS = 5;
// Calls every reader knows, or that say nothing on their own.
const PLAIN = new Set(['print', 'input', 'int', 'str', 'float', 'super', 'main']);

/**
 * The entry about a built-in or method: of the entries with `name`, `name()` or `.name()` among their keywords,
 * the one that lists it earliest, then the one the words of "what is name, what does name() do" rank first.
 */
function entryAbout(name: string, call: string): QuestionEntry | null {
  const spellings = new Set([name, `${name}()`, `.${name}()`]);
  const place = (entry: QuestionEntry) => entry.keywords.findIndex((k) => spellings.has(k));
  const hits = knowledgeBase()
    .index.search(`what is ${name}, what does ${call} do`, { limit: 20 })
    .filter((hit) => place(hit.entry) !== -1);
  // The entry that names it first among its keywords is about it; a later keyword is a detail of another subject.
  return hits.sort((a, b) => place(a.entry) - place(b.entry))[0]?.entry ?? null;
}

/**
 * What each built-in function and method the code calls does ("`sorted()`: `sorted(items)` returns a new
 * list..."), from the knowledge-base entry about it: the first sentence of its direct answer. A call no entry
 * is about is left out; null when none is found.
 */
export function partsOfCode(code: string): string | null {
  const own = new Set([...code.matchAll(/\b(?:def|class)\s+([A-Za-z_]\w*)/g)].map((m) => m[1]));
  const calls = [...code.matchAll(/(\.)?\b([A-Za-z_]\w*)\s*\(/g)]
    .map((m) => ({ name: m[2] ?? '', method: m[1] === '.' }))
    .filter(({ name }) => !own.has(name) && !PLAIN.has(name) && !/^[A-Z]/.test(name));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const { name, method } of calls) {
    if (seen.has(name) || lines.length === MAX_PARTS) continue;
    seen.add(name);
    const call = `${method ? '.' : ''}${name}()`;
    const entry = entryAbout(name, call);
    if (entry) lines.push(`- \`${call}\`: ${directAnswer(entry)}`);
  }
  return lines.length > 0 ? `**What the Python in it does:**\n${lines.join('\n')}` : null;
}
