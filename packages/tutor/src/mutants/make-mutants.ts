import { readFileSync } from 'node:fs';
import { type Mutant, MutantSchema } from '@learnflow/contracts';
import type { GradingSandbox } from '../grading/grade-submission.ts';

const SCRIPT = readFileSync(new URL('./make-mutants.py', import.meta.url), 'utf8');
/** Must match `RESULT_PREFIX` in make-mutants.py. */
const RESULT_PREFIX = '@@learnflow-mutants@@ ';

const ScriptOutputSchema = MutantSchema.omit({ id: true }).array();

/** Mutants of `solution`, or why none could be made (the solution does not parse, the sandbox stopped it). */
export type MadeMutants =
  | { ok: true; mutants: Mutant[]; candidates: number }
  | { ok: false; problem: string };

/**
 * Makes up to `max` mutants of `solution` with Python's `ast`, in the sandbox (teacher code is never parsed on
 * the host), at background priority.
 */
export async function makeMutants(
  sandbox: GradingSandbox,
  solution: string,
  max: number,
): Promise<MadeMutants> {
  const run = await sandbox.run({
    code: solution,
    stdin: String(max),
    files: { 'make-mutants.py': SCRIPT },
    entry: 'make-mutants.py',
    priority: 'background',
  });
  const line = run.stdout.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
  if (!line) {
    const why = run.error ? `${run.error.type}: ${run.error.message}` : `exit code ${run.exitCode}`;
    return { ok: false, problem: `The reference solution could not be read as Python (${why}).` };
  }
  const parsed = JSON.parse(line.slice(RESULT_PREFIX.length)) as { mutants: unknown; candidates: number };
  const mutants = ScriptOutputSchema.parse(parsed.mutants).map((mutant) => ({
    id: `${mutant.kind} line ${mutant.line}: ${mutant.change}`,
    ...mutant,
  }));
  return { ok: true, mutants, candidates: parsed.candidates };
}
