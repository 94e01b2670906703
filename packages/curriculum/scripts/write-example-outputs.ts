/**
 * Runs every knowledge-base example in the sandbox and stores what it printed, so no
 * output shown to a student is ever typed by hand.
 *   npm run content:outputs
 */
import { writeFileSync } from 'node:fs';
import { createSandbox } from '@learnflow/sandbox';
import { type ExampleOutput, exampleHash, loadQuestions, OUTPUTS_FILE } from '../src/index.ts';

const entries = loadQuestions();
const sandbox = createSandbox({ maxQueue: entries.length + 10 });
const outputs: Record<string, ExampleOutput> = {};
const failures: string[] = [];
let done = 0;
const started = Date.now();

await Promise.all(
  entries.map(async (entry) => {
    const result = await sandbox.run({ code: entry.code, stdin: entry.stdin ?? '' });
    done += 1;
    if (done % 50 === 0 || done === entries.length) {
      process.stdout.write(`content:outputs: ${done}/${entries.length} examples run\n`);
    }
    if (result.error || result.timedOut) {
      const reason = result.error ? `${result.error.type}: ${result.error.message}` : 'timed out';
      failures.push(
        `${entry.file}: the example fails (${reason}); an example must run cleanly (catch an error it shows)`,
      );
      return;
    }
    outputs[entry.id] = { hash: exampleHash(entry), stdout: result.stdout };
  }),
);
await sandbox.close();
if (failures.length > 0) {
  process.stderr.write(
    `${failures.sort().join('\n')}\n${failures.length} example(s) failed; nothing written.\n`,
  );
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(OUTPUTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(
  `content:outputs: wrote ${Object.keys(sorted).length} outputs to packages/curriculum/generated/example-outputs.json in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
