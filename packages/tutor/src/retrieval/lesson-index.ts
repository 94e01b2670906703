import type { Lesson } from '@learnflow/contracts';
import { topicTitle } from '../content/curriculum.ts';
import { lessons } from '../content/lessons/index.ts';
import { tokenize } from './tokenize.ts';

export interface Passage {
  topic: string;
  kind: 'summary' | 'explanation' | 'example' | 'mistake' | 'term';
  /** Index within its kind (paragraph, example, mistake or term). */
  index: number;
  text: string;
}

export interface Hit extends Passage {
  score: number;
}

interface Indexed extends Passage {
  terms: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;

/** Every lesson cut into passages a reply can quote: paragraphs, examples, mistakes, key terms. */
export function passagesOf(topic: string, lesson: Lesson): Passage[] {
  return [
    { topic, kind: 'summary', index: 0, text: lesson.summary },
    ...lesson.explanation
      .split(/\n\n+/)
      .map((text, index) => ({ topic, kind: 'explanation' as const, index, text })),
    ...lesson.examples.map((e, index) => ({
      topic,
      kind: 'example' as const,
      index,
      text: `${e.title}\n${e.code}\n${e.explanation}`,
    })),
    ...lesson.commonMistakes.map((m, index) => ({
      topic,
      kind: 'mistake' as const,
      index,
      text: `${m.mistake} ${m.fix}`,
    })),
    ...lesson.keyTerms.map((t, index) => ({
      topic,
      kind: 'term' as const,
      index,
      text: `${t.term}: ${t.definition}`,
    })),
  ];
}

/**
 * BM25 over the curriculum's lessons: answers are drawn from what the lessons say, not
 * invented. Built once, on first use (a few milliseconds).
 */
export class LessonIndex {
  private readonly passages: Indexed[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(source: Record<string, Lesson> = lessons) {
    this.passages = Object.entries(source).flatMap(([topic, lesson]) =>
      passagesOf(topic, lesson).map((p) => {
        // The topic's title and slug count in every passage: a question naming the topic finds it.
        const words = tokenize(`${p.text} ${topicTitle(topic)} ${topic.replaceAll('-', ' ')}`);
        const terms = new Map<string, number>();
        for (const w of words) terms.set(w, (terms.get(w) ?? 0) + 1);
        return { ...p, terms, length: words.length };
      }),
    );
    for (const p of this.passages)
      for (const term of p.terms.keys())
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.averageLength =
      this.passages.reduce((sum, p) => sum + p.length, 0) / Math.max(1, this.passages.length);
  }

  search(query: string, options: { topic?: string | null; limit?: number } = {}): Hit[] {
    const words = [...new Set(tokenize(query))];
    const n = this.passages.length;
    const hits: Hit[] = [];
    for (const p of this.passages) {
      let score = 0;
      for (const w of words) {
        const tf = p.terms.get(w);
        if (!tf) continue;
        const df = this.documentFrequency.get(w) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.length) / this.averageLength));
      }
      if (score <= 0) continue;
      // The student's current topic is the likelier meaning of an ambiguous question.
      if (options.topic && p.topic === options.topic) score *= 1.3;
      const { terms: _t, length: _l, ...passage } = p;
      hits.push({ ...passage, score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
  }

  /** The topic the question is most about: the one whose passages score highest in total. */
  bestTopic(query: string, fallback: string | null): string | null {
    const totals = new Map<string, number>();
    for (const hit of this.search(query, { topic: fallback, limit: 12 }))
      totals.set(hit.topic, (totals.get(hit.topic) ?? 0) + hit.score);
    const best = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!best) return fallback;
    // An ambiguous question stays on the topic the student is working on.
    if (fallback && (totals.get(fallback) ?? 0) >= best[1] * 0.5) return fallback;
    return best[0];
  }
}

let shared: LessonIndex | undefined;
export const lessonIndex = () => {
  shared ??= new LessonIndex();
  return shared;
};
