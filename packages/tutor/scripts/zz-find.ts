import { findEntry } from '../src/knowledge/find-entry.ts';

for (const q of process.argv.slice(2)) {
  const r = await findEntry(q);
  console.log(
    q.padEnd(50),
    '->',
    r.best ? r.best.entry.id : `ASK(${r.choices.map((c) => c.entry.id).join(', ')})`,
  );
}
