import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { QuestionEntry } from './question-entry.ts';

/** Where `npm run content:outputs` writes what the sandbox printed for each example. */
export const OUTPUTS_FILE = fileURLToPath(new URL('../generated/example-outputs.json', import.meta.url));

export const ExampleOutputSchema = z.object({
  /** sha256 of the code and stdin the output came from: a changed example is stale. */
  hash: z.string(),
  stdout: z.string(),
});
export type ExampleOutput = z.infer<typeof ExampleOutputSchema>;

export const ExampleOutputsSchema = z.record(z.string(), ExampleOutputSchema);

/** The hash an entry's stored output must carry to be fresh. */
export const exampleHash = (entry: Pick<QuestionEntry, 'code' | 'stdin'>): string =>
  createHash('sha256')
    .update(entry.code)
    .update('\0')
    .update(entry.stdin ?? '')
    .digest('hex')
    .slice(0, 16);

/** The stored outputs, by entry id (empty before the first `npm run content:outputs`). */
export function readExampleOutputs(file: string = OUTPUTS_FILE): Record<string, ExampleOutput> {
  return existsSync(file) ? ExampleOutputsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}
