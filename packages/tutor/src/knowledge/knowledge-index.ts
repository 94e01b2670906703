import type { QuestionEntry } from '@learnflow/curriculum';
import { topicTitle } from '../content/curriculum.ts';
import { editDistance } from '../triage/edit-distance.ts';
import { normalizeTokens } from '../triage/normalize-tokens.ts';
import { entryTerms } from './entry-terms.ts';
import { KEYWORDS } from './python-keywords.ts';

/** How much a term found in each field counts: how students ask it and what it is called, over the answer. */
const FIELD_WEIGHTS = {
  questions: 3,
  title: 3,
  keywords: 3,
  answer: 1,
  mistake: 0.6,
  code: 0.4,
  topic: 0.5,
} as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
type TextField = Exclude<Field, 'keywords'>;

const K1 = 1.2;
const B = 0.6;

export interface EntryHit {
  entry: QuestionEntry;
  score: number;
  /** How closely the question matches the entry's closest way of asking (idf-weighted Dice, 0-1). */
  phrasing: number;
  /** How closely the question's words, stop words included, match the entry's closest way of asking (Dice, 0-1). */
  wording: number;
}

interface Indexed {
  entry: QuestionEntry;
  fields: Record<Field, { terms: Map<string, number>; length: number }>;
  /** The terms of each way of asking (the title and every phrasing), with the sum of their idf. */
  phrasings: { terms: Set<string>; idf: number }[];
  /** The words of each way of asking, stop words included. */
  wordings: Set<string>[];
}

const count = (terms: string[]) => {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { terms: counts, length: terms.length };
};

/** An entry's keyword as terms: a bare Python keyword (`in`, `is`, `with`) names the construct. */
const keywordTerms = (keyword: string) =>
  KEYWORDS.has(keyword.toLowerCase()) ? [`kw_${keyword.toLowerCase()}`] : entryTerms(keyword);

const fieldTexts = (e: QuestionEntry): Record<TextField, string> => ({
  questions: e.questions.join('\n'),
  title: e.title,
  answer: e.answer,
  mistake: e.mistake,
  code: e.code,
  topic: topicTitle(e.topic),
});

/**
 * BM25F over the knowledge base: each entry's fields scored with their own length normalisation and
 * weight (questions, title and keywords over the answer text), terms from `entryTerms`.
 */
/** How much a question phrased like one of the entry's own ways of asking lifts it. */
const SAME_LIFT = 1;

export class KnowledgeIndex {
  private readonly indexed: Indexed[];
  private readonly documentFrequency = new Map<string, number>();
  /** Each term's idf, computed once. */
  private readonly idfs = new Map<string, number>();
  /**
   * Each term's entries, with its weighted frequency over their fields (BM25F's `tf`): a search reads the entries a
   * question's terms are in, not every entry.
   */
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly averageLength = {} as Record<Field, number>;
  /** The single words the entries use, by first letter: what a misspelt word of a question is checked against. */
  private readonly vocabulary = new Map<string, string[]>();
  private readonly corrections = new Map<string, string>();
  private readonly correct = (term: string) => this.correctTypo(term);

  constructor(entries: QuestionEntry[]) {
    this.indexed = entries.map((entry) => {
      const texts = fieldTexts(entry);
      const fields = {} as Indexed['fields'];
      for (const f of FIELDS)
        fields[f] = count(f === 'keywords' ? entry.keywords.flatMap(keywordTerms) : entryTerms(texts[f]));
      return {
        entry,
        fields,
        phrasings: [entry.title, ...entry.questions].map((q) => ({ terms: new Set(entryTerms(q)), idf: 0 })),
        wordings: [entry.title, ...entry.questions].map((q) => new Set(normalizeTokens(q))),
      };
    });
    for (const f of FIELDS)
      this.averageLength[f] =
        this.indexed.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, this.indexed.length);
    for (const [doc, { fields }] of this.indexed.entries()) {
      for (const term of new Set(FIELDS.flatMap((f) => [...fields[f].terms.keys()]))) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
        let tf = 0;
        for (const f of FIELDS) {
          const field = fields[f];
          const count = field.terms.get(term);
          if (!count) continue;
          tf += (FIELD_WEIGHTS[f] * count) / (1 - B + (B * field.length) / (this.averageLength[f] || 1));
        }
        const postings = this.postings.get(term) ?? [];
        postings.push({ doc, tf });
        this.postings.set(term, postings);
      }
    }
    for (const t of this.documentFrequency.keys())
      if (/^[a-z]{4,}$/.test(t))
        this.vocabulary.set(t[0] as string, [...(this.vocabulary.get(t[0] as string) ?? []), t]);
    const n = this.indexed.length;
    for (const [term, df] of this.documentFrequency)
      this.idfs.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    for (const { phrasings } of this.indexed)
      for (const phrasing of phrasings) for (const t of phrasing.terms) phrasing.idf += this.idf(t);
  }

  /**
   * A word of five letters or more that no entry uses, as the entry word one edit away that most entries use
   * ("sentance" -> "sentence"); any other word as it is.
   */
  private correctTypo(term: string): string {
    if (term.length < 5 || !/^[a-z]+$/.test(term) || this.documentFrequency.has(term)) return term;
    let corrected = this.corrections.get(term);
    if (corrected === undefined) {
      corrected = term;
      let frequency = 0;
      for (const word of this.vocabulary.get(term[0] as string) ?? []) {
        const df = this.documentFrequency.get(word) ?? 0;
        if (df > frequency && Math.abs(word.length - term.length) <= 1 && editDistance(word, term) === 1) {
          corrected = word;
          frequency = df;
        }
      }
      this.corrections.set(term, corrected);
    }
    return corrected;
  }

  /** The question's terms, misspelt words corrected. */
  private queryTerms(query: string, pairs = true): string[] {
    return entryTerms(query, { pairs, correct: this.correct });
  }

  /** The share of the question's words (not pairs) that no entry uses: "django", "weather", "java". */
  unknownShare(query: string): number {
    const words = [...new Set(this.queryTerms(query, false))];
    return words.filter((w) => this.idf(w) === 0).length / Math.max(1, words.length);
  }

  /** How many searchable words (not pairs) the question has. */
  wordCount(query: string): number {
    return new Set(this.queryTerms(query, false).filter((w) => this.idf(w) > 0)).size;
  }

  get size(): number {
    return this.indexed.length;
  }

  /** The inverse document frequency of a term (0 for a term no entry has). */
  idf(term: string): number {
    return this.idfs.get(term) ?? 0;
  }

  /** How closely the question's terms (`asked`: their idf summed) and one way of asking the entry coincide (idf-weighted Dice, 0-1). */
  private closestPhrasing(
    terms: ReadonlySet<string>,
    asked: number,
    phrasings: Indexed['phrasings'],
  ): number {
    let best = 0;
    for (const phrasing of phrasings) {
      let shared = 0;
      for (const t of phrasing.terms) if (terms.has(t)) shared += this.idf(t);
      best = Math.max(best, (2 * shared) / (asked + phrasing.idf || 1));
    }
    return best;
  }

  /** The Dice overlap of the question's words with the closest of an entry's ways of asking. */
  private closestWording(words: Set<string>, wordings: Set<string>[]): number {
    let best = 0;
    for (const wording of wordings) {
      let shared = 0;
      for (const w of wording) if (words.has(w)) shared++;
      best = Math.max(best, (2 * shared) / (words.size + wording.size || 1));
    }
    return best;
  }

  /** Entries ranked for a question; the student's current topic breaks near-ties. */
  search(query: string, options: { topic?: string | null; limit?: number } = {}): EntryHit[] {
    const terms = [...new Set(this.queryTerms(query))].filter((t) => this.idf(t) > 0);
    const termSet = new Set(terms);
    const asked = terms.reduce((sum, t) => sum + this.idf(t), 0);
    const words = new Set(normalizeTokens(query));
    // Each entry's BM25F score, its terms added in the question's order.
    const scores = new Float64Array(this.indexed.length);
    for (const term of terms) {
      const idf = this.idf(term);
      for (const { doc, tf } of this.postings.get(term) ?? [])
        scores[doc] = (scores[doc] as number) + (idf * tf) / (K1 + tf);
    }
    const hits: EntryHit[] = [];
    for (const [i, doc] of this.indexed.entries()) {
      let score = scores[i] as number;
      if (score <= 0) continue;
      const phrasing = this.closestPhrasing(termSet, asked, doc.phrasings);
      score *= 1 + SAME_LIFT * phrasing ** 2;
      if (options.topic && doc.entry.topic === options.topic) score *= 1.05;
      hits.push({ entry: doc.entry, score, phrasing, wording: this.closestWording(words, doc.wordings) });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
  }
}
