import {
  type ExampleOutput,
  loadQuestions,
  type QuestionEntry,
  readExampleOutputs,
} from '@learnflow/curriculum';
import { KnowledgeIndex } from './knowledge-index.ts';

let shared: {
  index: KnowledgeIndex;
  outputs: Record<string, ExampleOutput>;
  byId: Map<string, QuestionEntry>;
};

/** The knowledge base, loaded, validated and indexed once per process (a few tens of milliseconds). */
export function knowledgeBase() {
  if (!shared) {
    const entries = loadQuestions();
    shared = {
      index: new KnowledgeIndex(entries),
      outputs: readExampleOutputs(),
      byId: new Map(entries.map((e) => [e.id, e])),
    };
  }
  return shared;
}
