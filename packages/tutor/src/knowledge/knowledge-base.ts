import { join } from 'node:path';
import {
  type ExampleOutput,
  loadQuestions,
  type QuestionEntry,
  readExampleOutputs,
} from '@learnflow/curriculum';
import { installedModel, MODEL, modelDirectory } from '../embedding/model-file.ts';
import { SentenceEncoder } from '../embedding/sentence-encoder.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { MeaningIndex } from './meaning-index.ts';

let shared: {
  index: KnowledgeIndex;
  outputs: Record<string, ExampleOutput>;
  byId: Map<string, QuestionEntry>;
  entries: QuestionEntry[];
};
let meaning: Promise<MeaningIndex | null> | undefined;

/** The knowledge base, loaded, validated and indexed once per process (a few tens of milliseconds). */
export function knowledgeBase() {
  if (!shared) {
    const entries = loadQuestions();
    shared = {
      index: new KnowledgeIndex(entries),
      outputs: readExampleOutputs(),
      byId: new Map(entries.map((e) => [e.id, e])),
      entries,
    };
  }
  return shared;
}

/**
 * The knowledge base by meaning, built once per process; null when the sentence encoder's model is not
 * installed (`npm run learnflow -- model fetch`) or does not load, and retrieval then goes by words alone.
 */
export function meaningIndex(): Promise<MeaningIndex | null> {
  meaning ??= (async () => {
    const model = installedModel();
    if (!model) return null;
    try {
      const encoder = await SentenceEncoder.open(model);
      // The first run of a session allocates its buffers: here, not in a student's first question.
      await encoder.embed('warm up');
      return await MeaningIndex.build(
        knowledgeBase().entries,
        encoder,
        join(modelDirectory(), 'phrasing-vectors.json'),
        MODEL.sha256,
      );
    } catch (error) {
      process.emitWarning(
        `the tutor's sentence encoder (${model}) did not load, so questions are matched by words alone: ${(error as Error).message}; npm run learnflow -- model fetch replaces it`,
      );
      return null;
    }
  })();
  return meaning;
}
