import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { directAnswer, type QuestionEntry } from '@learnflow/curriculum';
import { z } from 'zod';
import { DIMENSIONS, type SentenceVector, similarity } from '../embedding/sentence-encoder.ts';

/** What turns a text into its sentence vector (`SentenceEncoder`). */
export interface Embedder {
  embed(text: string): Promise<SentenceVector>;
}

export interface MeaningHit {
  entry: QuestionEntry;
  /** The cosine similarity of the question with the entry's closest way of asking (its title or a phrasing). */
  similarity: number;
  /** With its second closest way of asking. */
  second: number;
  /** The mean similarity of its three closest ways of asking. */
  closestThree: number;
  /** With the entry's direct answer (the first sentence of its answer). */
  answer: number;
}

/** The vectors of texts already embedded, by a hash of the text, for one model; a JSON file beside the model. */
const VectorCacheSchema = z.object({ model: z.string(), vectors: z.record(z.string(), z.string()) });
type VectorCache = z.infer<typeof VectorCacheSchema>;

const textKey = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);
const encode = (v: SentenceVector) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
const decode = (s: string) => {
  const bytes = Buffer.from(s, 'base64');
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};

const waysOfAsking = (entry: QuestionEntry) => [entry.title, ...entry.questions];

/**
 * Every entry's vectors in one matrix: row `start + i` is its i-th way of asking, for `count` rows, and row `e` of
 * `answers` its direct answer, so a search reads contiguous memory and allocates nothing per entry.
 */
interface Matrix {
  entries: QuestionEntry[];
  asking: Float32Array;
  starts: Uint32Array;
  counts: Uint32Array;
  answers: Float32Array;
}

/**
 * The knowledge base by meaning: every entry's title, phrasings and direct answer as sentence vectors, so a
 * question worded unlike any phrasing ("flip a word backwards") still finds its entry ("How do I reverse a
 * string?").
 */
export class MeaningIndex {
  private constructor(
    private readonly encoder: Embedder,
    private readonly matrix: Matrix,
  ) {}

  /**
   * Embeds the entries' ways of asking and direct answers, reusing the vectors cached in `cacheFile` for texts embedded before
   * (a first run embeds about 2,000 texts in 10 s; later runs read them); when some were new, the cache is
   * written again with the vectors of these texts only.
   */
  static async build(
    entries: QuestionEntry[],
    encoder: Embedder,
    cacheFile: string,
    model: string,
  ): Promise<MeaningIndex> {
    const cache = readCache(cacheFile, model);
    const kept: VectorCache = { model, vectors: {} };
    let added = 0;
    const vector = async (text: string) => {
      const key = textKey(text);
      const cached = cache.vectors[key];
      const embedded = cached ? decode(cached) : await encoder.embed(text);
      if (!cached) added++;
      kept.vectors[key] = cached ?? encode(embedded);
      return embedded;
    };
    const asking: SentenceVector[] = [];
    const answers: SentenceVector[] = [];
    const starts = new Uint32Array(entries.length);
    const counts = new Uint32Array(entries.length);
    for (const [e, entry] of entries.entries()) {
      starts[e] = asking.length;
      for (const text of waysOfAsking(entry)) asking.push(await vector(text));
      counts[e] = asking.length - (starts[e] as number);
      answers.push(await vector(directAnswer(entry)));
    }
    if (added > 0) saveCache(cacheFile, kept);
    return new MeaningIndex(encoder, {
      entries,
      asking: rows(asking),
      starts,
      counts,
      answers: rows(answers),
    });
  }

  /** The entries closest in meaning to the question (by their closest way of asking), closest first; all of them without a limit. */
  async search(question: string, limit = this.matrix.entries.length): Promise<MeaningHit[]> {
    const asked = await this.encoder.embed(question);
    const { entries, asking, starts, counts, answers } = this.matrix;
    const hits = entries.map((entry, e) => {
      // The three closest ways of asking; an entry with fewer repeats its last.
      let first = Number.NEGATIVE_INFINITY;
      let second = Number.NEGATIVE_INFINITY;
      let third = Number.NEGATIVE_INFINITY;
      const start = starts[e] as number;
      for (let row = start; row < start + (counts[e] as number); row++) {
        const s = similarity(asked, asking, row * DIMENSIONS);
        if (s > first) [first, second, third] = [s, first, second];
        else if (s > second) [second, third] = [s, second];
        else if (s > third) third = s;
      }
      if (first === Number.NEGATIVE_INFINITY) first = 0;
      if (second === Number.NEGATIVE_INFINITY) second = first;
      if (third === Number.NEGATIVE_INFINITY) third = second;
      return {
        entry,
        similarity: first,
        second,
        closestThree: (first + second + third) / 3,
        answer: similarity(asked, answers, e * DIMENSIONS),
      };
    });
    return hits.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }
}

/** The vectors as the rows of one matrix. */
function rows(vectors: SentenceVector[]): Float32Array {
  const matrix = new Float32Array(vectors.length * DIMENSIONS);
  for (const [i, v] of vectors.entries()) matrix.set(v, i * DIMENSIONS);
  return matrix;
}

/** Keeps the vectors for the next process; where the folder is read-only (an image's), this one keeps them in memory. */
function saveCache(file: string, cache: VectorCache): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, JSON.stringify(cache));
    renameSync(partial, file);
  } catch (error) {
    process.emitWarning(
      `the knowledge base's vectors were not cached in ${file}: ${(error as Error).message}`,
    );
  }
}

function readCache(file: string, model: string): VectorCache {
  const fresh = { model, vectors: {} };
  if (!existsSync(file)) return fresh;
  try {
    const cache = VectorCacheSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return cache.success && cache.data.model === model ? cache.data : fresh;
  } catch {
    return fresh;
  }
}
