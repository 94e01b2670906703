import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { directAnswer, type QuestionEntry } from '@learnflow/curriculum';
import { z } from 'zod';
import { type SentenceVector, similarity } from '../embedding/sentence-encoder.ts';

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

interface Embedded {
  entry: QuestionEntry;
  /** Its ways of asking's vectors. */
  asking: SentenceVector[];
  answer: SentenceVector;
}

/**
 * The knowledge base by meaning: every entry's title, phrasings and direct answer as sentence vectors, so a
 * question worded unlike any phrasing ("flip a word backwards") still finds its entry ("How do I reverse a
 * string?").
 */
export class MeaningIndex {
  private constructor(
    private readonly encoder: Embedder,
    private readonly entries: Embedded[],
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
    const indexed: Embedded[] = [];
    for (const entry of entries) {
      const asking = [];
      for (const text of waysOfAsking(entry)) asking.push(await vector(text));
      indexed.push({ entry, asking, answer: await vector(directAnswer(entry)) });
    }
    if (added > 0) saveCache(cacheFile, kept);
    return new MeaningIndex(encoder, indexed);
  }

  /** The entries closest in meaning to the question (by their closest way of asking), closest first; all of them without a limit. */
  async search(question: string, limit = this.entries.length): Promise<MeaningHit[]> {
    const asked = await this.encoder.embed(question);
    return this.entries
      .map(({ entry, asking, answer }) => {
        const [first = 0, second = first, third = second] = asking
          .map((v) => similarity(asked, v))
          .sort((a, b) => b - a);
        return {
          entry,
          similarity: first,
          second,
          closestThree: (first + second + third) / 3,
          answer: similarity(asked, answer),
        };
      })
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
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
