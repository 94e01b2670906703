import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { QuestionEntry } from '@learnflow/curriculum';
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
 * The knowledge base by meaning: every entry's title and phrasings as sentence vectors, so a question worded
 * unlike any phrasing ("flip a word backwards") still finds its entry ("How do I reverse a string?").
 */
export class MeaningIndex {
  private constructor(
    private readonly encoder: Embedder,
    private readonly entries: { entry: QuestionEntry; vectors: SentenceVector[] }[],
  ) {}

  /**
   * Embeds the entries' ways of asking, reusing the vectors cached in `cacheFile` for texts embedded before
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
    const indexed = [];
    for (const entry of entries) {
      const vectors = [];
      for (const text of waysOfAsking(entry)) {
        const key = textKey(text);
        const cached = cache.vectors[key];
        if (cached) vectors.push(decode(cached));
        else {
          vectors.push(await encoder.embed(text));
          added++;
        }
        kept.vectors[key] = cached ?? encode(vectors.at(-1) as SentenceVector);
      }
      indexed.push({ entry, vectors });
    }
    if (added > 0) saveCache(cacheFile, kept);
    return new MeaningIndex(encoder, indexed);
  }

  /** The entries closest in meaning to the question, closest first. */
  async search(question: string, limit: number): Promise<MeaningHit[]> {
    const asked = await this.encoder.embed(question);
    return this.entries
      .map(({ entry, vectors }) => ({
        entry,
        similarity: Math.max(...vectors.map((v) => similarity(asked, v))),
      }))
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
