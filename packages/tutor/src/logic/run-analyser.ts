import { readFileSync } from 'node:fs';
import type { Sandbox } from '@learnflow/sandbox';
import { AnalyserOutputSchema, type LogicFinding } from './types.ts';

const ANALYSER = readFileSync(new URL('./analyse-logic.py', import.meta.url), 'utf8');
/** Must match `RESULT_PREFIX` in analyse-logic.py. */
const RESULT_PREFIX = '__LEARNFLOW_LOGIC__';

/**
 * Parses the student's code with Python's `ast` inside the sandbox (the code is only read as data, never run
 * there) and returns the logic mistakes found; none when the code does not parse (the error path explains that).
 */
export async function runAnalyser(sandbox: Pick<Sandbox, 'run'>, code: string): Promise<LogicFinding[]> {
  const run = await sandbox.run({ code, files: { 'analyse-logic.py': ANALYSER }, entry: 'analyse-logic.py' });
  const line = run.stdout.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
  if (!line) return [];
  const output = AnalyserOutputSchema.parse(JSON.parse(line.slice(RESULT_PREFIX.length)));
  return output.findings;
}
