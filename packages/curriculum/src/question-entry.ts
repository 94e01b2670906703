import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The front matter of a knowledge-base entry (docs/content-format.md). */
export const QuestionFrontMatterSchema = z.strictObject({
  id: z.string().regex(kebab, 'must be kebab-case (lower-case words joined by -)'),
  title: z.string().trim().min(3),
  questions: z.array(z.string().trim().min(3)).min(3, 'needs at least 3 phrasings of the question'),
  keywords: z.array(z.coerce.string().trim().min(1)).default([]),
  mistake: z.string().trim().min(10),
  related: z.array(z.string().regex(kebab)).default([]),
  stdin: z.string().optional(),
});

/** A knowledge-base entry: one question students ask, answered, with a runnable example. */
export interface QuestionEntry extends z.infer<typeof QuestionFrontMatterSchema> {
  /** The lesson it belongs to: the topic folder it sits in. */
  topic: string;
  module: string;
  /** The answer in Markdown, without the example block; its first sentence answers the question. */
  answer: string;
  /** The example's Python source. */
  code: string;
  /** Path relative to the content folder, for messages. */
  file: string;
}

/** The entry's direct answer: the first sentence of its answer's first paragraph, on one line. */
export function directAnswer(entry: Pick<QuestionEntry, 'answer'>): string {
  const [paragraph = ''] = entry.answer.split(/\n\n+/);
  return (paragraph.split(/(?<=[.!?])\s+(?=[A-Z`])/)[0] ?? paragraph).replace(/\s+/g, ' ').trim();
}
