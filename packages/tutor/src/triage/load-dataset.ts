import { readFileSync } from 'node:fs';
import { type Intent, IntentSchema } from './intent-schema.ts';

/** One line of `dataset/messages.jsonl`. */
export interface LabelledMessage {
  text: string;
  code: string | null;
  intent: Intent;
  /** The curriculum topic the message is about, for coverage only; never given to the classifier. */
  topic: string | null;
  split: 'train' | 'test';
}

const DATASET_URL = new URL('./dataset/messages.jsonl', import.meta.url);

/** The labelled student messages, in file order; throws on a malformed line, naming it. */
export function loadDataset(): LabelledMessage[] {
  const lines = readFileSync(DATASET_URL, 'utf8').split('\n');
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [parseLine(line, index + 1)]));
}

function parseLine(line: string, lineNumber: number): LabelledMessage {
  const row = JSON.parse(line) as Record<string, unknown>;
  const { text, code, intent, topic, split } = row;
  const nullableString = (value: unknown) => value === null || typeof value === 'string';
  if (
    typeof text !== 'string' ||
    !nullableString(code) ||
    !nullableString(topic) ||
    (split !== 'train' && split !== 'test')
  ) {
    throw new Error(`dataset/messages.jsonl line ${lineNumber} is malformed`);
  }
  return {
    text,
    code: code as string | null,
    intent: IntentSchema.parse(intent),
    topic: topic as string | null,
    split,
  };
}
