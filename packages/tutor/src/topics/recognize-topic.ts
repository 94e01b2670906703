import { curriculum } from '@learnflow/curriculum';
import { editDistance } from '../triage/edit-distance.ts';
import { stemWord } from '../triage/stem-word.ts';
import { TOPIC_NAMES } from './topic-names.ts';

/** A topic a message names, and the words that named it. */
export interface TopicMention {
  slug: string;
  title: string;
  /** The message's own words that matched, as typed (lower case). */
  words: string;
}

// Glue words dropped from names and messages alike, so "try and except" is "try except".
const GLUE = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'in', 'on', 'with', 'from', 'your', 'own', 'my']);
// Everyday words that name a topic only as part of a longer name ("list comprehension", "set of").
const TOO_GENERIC = new Set(['list', 'set', 'type']);
// Real words one edit away from a topic word, which must not be read as its misspelling.
const REAL_WORDS = new Set(['strong', 'sting', 'spring', 'counted', 'ransom', 'imparts']);

interface Name {
  slug: string;
  stems: string[];
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[/-]/g, ' ')
      .match(/[a-z0-9_]+/g) ?? []
  ).filter((w) => !GLUE.has(w));
}

const NAMES: Name[] = curriculum.modules.flatMap((module) =>
  module.topics.flatMap((topic) =>
    [topic.slug.replaceAll('-', ' '), topic.title, ...(TOPIC_NAMES[topic.slug] ?? [])].map((name) => ({
      slug: topic.slug,
      stems: words(name).map(stemWord),
    })),
  ),
);
const TITLES = new Map(curriculum.modules.flatMap((m) => m.topics.map((t) => [t.slug, t.title] as const)));

/** Edits needed to read `typed` as `known` (0 exact), or null when it is not a likely misspelling. */
function edits(typed: string, known: string): number | null {
  if (typed === known) return 0;
  const allowed = known.length >= 9 ? 2 : known.length >= 6 ? 1 : 0;
  if (allowed === 0 || typed.length < 5 || typed[0] !== known[0] || REAL_WORDS.has(typed)) return null;
  if (Math.abs(typed.length - known.length) > allowed) return null;
  const distance = editDistance(typed, known);
  return distance <= allowed ? distance : null;
}

/**
 * The curriculum topic a message names ("dicts", "while loops", "try/except", "f-strings",
 * "OOP", "recursion", "inheritence"...), or null. Plurals and small misspellings count; the
 * longest name wins ("list comprehensions" over "lists"), then the earliest in the message.
 */
export function recognizeTopic(message: string): TopicMention | null {
  const typed = words(message);
  const stems = typed.map(stemWord);
  let best: { slug: string; start: number; length: number; score: number } | null = null;
  for (const name of NAMES) {
    const length = name.stems.length;
    for (let start = 0; start + length <= stems.length; start++) {
      if (length === 1 && TOO_GENERIC.has(typed[start] ?? '')) continue;
      let cost: number | null = 0;
      for (let i = 0; i < length && cost !== null; i++) {
        const edit = edits(stems[start + i] ?? '', name.stems[i] ?? '');
        cost = edit === null ? null : cost + edit;
      }
      if (cost === null) continue;
      const score = length * 10 - cost;
      if (!best || score > best.score || (score === best.score && start < best.start)) {
        best = { slug: name.slug, start, length, score };
      }
    }
  }
  if (!best) return null;
  return {
    slug: best.slug,
    title: TITLES.get(best.slug) ?? best.slug,
    words: typed.slice(best.start, best.start + best.length).join(' '),
  };
}

/**
 * Whether the words that named the topic ("recursive functions", "recursion") name this concept of an
 * exercise's `concepts` ("recursive"): each of the concept's words among them, a small misspelling allowed.
 */
export function namesConcept(mention: TopicMention, concept: string): boolean {
  const asked = words(mention.words).map(stemWord);
  return words(concept)
    .map(stemWord)
    .every((wanted) => asked.some((word) => edits(word, wanted) !== null));
}
