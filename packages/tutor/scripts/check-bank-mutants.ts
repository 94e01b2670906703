/**
 * `npm run check:mutants [slug...]`: the mutant check over every exercise of the bank (or the named ones).
 * Prints each exercise's surviving mutants and the totals; exits 1 when a mutant survives that the exercise
 * does not list in `acceptedMutants`, or a reference fails its own tests.
 */
import { availableParallelism } from 'node:os';
import type { MutantReport } from '@learnflow/contracts';
import { createSandbox } from '@learnflow/sandbox';
import { exercises } from '../src/content/exercises/index.ts';
import { checkMutants } from '../src/mutants/check-mutants.ts';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((slug) => !exercises.some((exercise) => exercise.slug === slug));
if (unknown.length > 0) {
  console.error(`No bank exercise is called ${unknown.join(', ')}; run without arguments to check them all.`);
  process.exit(2);
}
const chosen = wanted.length > 0 ? exercises.filter((e) => wanted.includes(e.slug)) : exercises;
const concurrency = Math.max(1, Math.min(4, availableParallelism()));
const sandbox = createSandbox({ concurrency });
const started = performance.now();
const reports: MutantReport[] = [];
let next = 0;

function print(report: MutantReport, done: number) {
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const head = `[${done}/${chosen.length} ${seconds}s] ${report.slug}:`;
  if (!report.referencePassed) {
    console.log(`${head} the reference fails its own tests: ${report.referenceFailures.join('; ')}`);
    return;
  }
  console.log(`${head} ${report.killed} killed, ${report.survived} survived, ${report.accepted} accepted`);
  for (const mutant of report.mutants.filter((m) => m.status === 'survived')) {
    console.log(`    survived  ${mutant.id}`);
  }
}

try {
  const worker = async () => {
    for (let exercise = chosen[next++]; exercise; exercise = chosen[next++]) {
      const report = await checkMutants(exercise, sandbox, { maxMutants: 40, parallel: concurrency });
      reports.push(report);
      print(report, reports.length);
    }
  };
  await Promise.all([worker(), worker()]);
} finally {
  await sandbox.close();
}

const sum = (field: 'killed' | 'survived' | 'accepted') => reports.reduce((total, r) => total + r[field], 0);
const broken = reports.filter((report) => !report.referencePassed);
const weak = reports.filter((report) => report.survived > 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${reports.length} exercises, ${sum('killed') + sum('survived') + sum('accepted')} mutants: ${sum('killed')} killed, ${sum('survived')} survived, ${sum('accepted')} accepted as equivalent (${seconds} s)`,
);
if (broken.length > 0 || weak.length > 0) {
  if (broken.length > 0)
    console.log(`References failing their tests: ${broken.map((r) => r.slug).join(', ')}`);
  if (weak.length > 0) {
    console.log(
      `Exercises with surviving mutants: ${weak.map((r) => r.slug).join(', ')}.\nAdd a test that the mutant fails (a rule of the prompt it breaks), or, when it behaves exactly like the reference, list its id with a reason in the exercise's acceptedMutants.`,
    );
  }
  process.exitCode = 1;
}
