/**
 * Offline tutor answer latency: POST /api/chat?wait=true through the whole in-process
 * pipeline (gateway -> triage -> agent -> answer), per intent, on PGlite with no LLM.
 *   npx tsx bench/tutor-latency.ts [rounds]
 */
import { startServices } from '@learnflow/platform';
import { createTestPlatform } from '@learnflow/platform/testing';
import { DEMO_PASSWORD, seed } from '../apps/cli/src/seed.ts';
import { SERVICES } from '../apps/cli/src/services.ts';

const MESSAGES: { intent: string; message: string; code?: string }[] = [
  { intent: 'concept', message: 'how do for loops work?' },
  { intent: 'concept', message: 'what is the difference between a list and a tuple' },
  { intent: 'debug', message: 'why does this crash?', code: 'age = 14\nprint("Age: " + age)\n' },
  {
    intent: 'debug',
    message:
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    print(nums[3])\nIndexError: list index out of range',
  },
  {
    intent: 'review',
    message: 'can you review my code?',
    code: 'import os\ndef Add(a,b):\n    return a+b\nprint(Add(1,2))\n',
  },
  { intent: 'exercise', message: 'give me a practice problem on while loops' },
  { intent: 'progress', message: 'how am i doing?' },
  { intent: 'other', message: 'who won the football game yesterday' },
];

const rounds = Number(process.argv[2] ?? 15);
const platform = await createTestPlatform('pglite', { LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '1000000' });
await seed(platform.db, { demo: true });
const host = await startServices(platform, SERVICES, 'tutor latency');
const login = await host.app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'maya@learnflow.dev', password: DEMO_PASSWORD },
});
const token = login.json().token as string;
const ask = async (m: (typeof MESSAGES)[number]) => {
  const started = performance.now();
  const res = await host.app.inject({
    method: 'POST',
    url: '/api/chat?wait=true',
    headers: { authorization: `Bearer ${token}` },
    payload: { message: m.message, ...(m.code ? { code: m.code } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`${m.intent}: ${res.statusCode} ${res.body}`);
  return { ms: performance.now() - started, intent: res.json().intent as string };
};
for (const m of MESSAGES) await ask(m);
const times = new Map<string, number[]>();
let misrouted = 0;
for (let r = 0; r < rounds; r++) {
  for (const m of MESSAGES) {
    const { ms, intent } = await ask(m);
    if (intent !== m.intent) misrouted++;
    times.set(m.intent, [...(times.get(m.intent) ?? []), ms]);
  }
}
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const all = [...times.values()].flat();
console.log('intent     n    p50 ms  p95 ms');
for (const [intent, xs] of times)
  console.log(
    `${intent.padEnd(10)} ${String(xs.length).padStart(3)}  ${pct(xs, 50).toFixed(1).padStart(6)}  ${pct(xs, 95).toFixed(1).padStart(6)}`,
  );
console.log(
  `all        ${String(all.length).padStart(3)}  ${pct(all, 50).toFixed(1).padStart(6)}  ${pct(all, 95).toFixed(1).padStart(6)}`,
);
await host.stop();
await platform.dispose();
console.log(
  JSON.stringify({
    answers: all.length,
    misrouted,
    p50_ms: +pct(all, 50).toFixed(1),
    p95_ms: +pct(all, 95).toFixed(1),
  }),
);
