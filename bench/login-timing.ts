/**
 * Failed sign-in latency for a known email (wrong password) and an unknown email, through the
 * real login route on PGlite: they must be within 20% of each other (the unknown one verifies a
 * dummy argon2 hash). Each attempt uses its own email and address, so the back-off never answers.
 *   npx tsx bench/login-timing.ts [attempts per kind, default 60]
 */
import { randomUUID } from 'node:crypto';
import { hashPassword, startServices } from '@learnflow/platform';
import { createTestPlatform } from '@learnflow/platform/testing';
import { seed } from '../apps/cli/src/seed.ts';
import { SERVICES } from '../apps/cli/src/services.ts';

const attempts = Number(process.argv[2] ?? 60);
const platform = await createTestPlatform('pglite', { LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '1000000' });
await seed(platform.db, { demo: false });
const host = await startServices(platform, SERVICES, 'login timing');
const hash = await hashPassword('the real password of these users');
const known = Array.from({ length: attempts }, (_, i) => `known-${i}@bench.learnflow.dev`);
await platform.db
  .insertInto('users')
  .values(
    known.map((email, i) => ({ email, name: `Known ${i}`, role: 'student' as const, password_hash: hash })),
  )
  .execute();
const attempt = async (email: string, i: number) => {
  const started = performance.now();
  const res = await host.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `10.0.${Math.floor(i / 250)}.${i % 250}`,
    payload: { email, password: 'a wrong password' },
  });
  if (res.statusCode !== 401) throw new Error(`${email}: ${res.statusCode} ${res.body}`);
  return performance.now() - started;
};
await attempt('warm-up@bench.learnflow.dev', 9_999);
const times = { known: [] as number[], unknown: [] as number[] };
// Interleaved, so drift in the machine's load hits both alike.
for (let i = 0; i < attempts; i++) {
  times.known.push(await attempt(known[i] as string, 2 * i));
  times.unknown.push(await attempt(`nobody-${randomUUID()}@bench.learnflow.dev`, 2 * i + 1));
}
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const row = (xs: number[]) => ({ p50_ms: +pct(xs, 50).toFixed(1), p95_ms: +pct(xs, 95).toFixed(1) });
const result = { attempts, known: row(times.known), unknown: row(times.unknown) };
const gap = Math.abs(result.known.p50_ms - result.unknown.p50_ms) / result.known.p50_ms;
console.log(
  JSON.stringify({ ...result, p50_gap_percent: +(gap * 100).toFixed(1), within_20_percent: gap <= 0.2 }),
);
await host.stop();
await platform.dispose();
