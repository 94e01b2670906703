import { pingDatabase } from '@learnflow/platform';
import { checkSandbox } from '@learnflow/sandbox';
import { installedModel, MODEL } from '@learnflow/tutor';
import { boot } from '../boot.ts';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Checks what LearnFlow needs on this machine and says what to install. Exit code 1 when something is missing. */
export async function doctor(): Promise<number> {
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const nodeOk = major > 20 || (major === 20 && minor >= 19);
  checks.push({
    name: 'node',
    ok: nodeOk,
    detail: nodeOk ? process.version : `${process.version}: install Node.js 20.19 or newer`,
  });

  const sandbox = await checkSandbox();
  checks.push({
    name: 'python3',
    ok: sandbox.python !== null,
    detail: sandbox.python
      ? `${sandbox.python.version} (${sandbox.python.path})`
      : 'missing: apt-get install python3',
  });
  checks.push({
    name: 'bubblewrap',
    ok: sandbox.bwrap !== null,
    detail: sandbox.bwrap
      ? `${sandbox.bwrap.version} (${sandbox.bwrap.path})`
      : 'missing: apt-get install bubblewrap',
  });
  checks.push({
    name: 'sandbox',
    ok: sandbox.ok,
    detail: sandbox.ok
      ? 'code runs isolated'
      : `${sandbox.problems.join('; ')} (code will NOT run until fixed)`,
  });

  const model = installedModel();
  checks.push({
    name: 'tutor model',
    ok: model !== null,
    detail: model
      ? `${MODEL.name} (${model})`
      : 'missing: npm run learnflow -- model fetch (until then the tutor matches questions by words alone)',
  });

  try {
    const platform = await boot({ migrate: false, seed: false });
    try {
      const db = await pingDatabase(platform.db, 15_000);
      checks.push({
        name: 'database',
        ok: db,
        detail: db
          ? platform.dbKind
          : `${platform.dbKind} does not answer: check DATABASE_URL or start PostgreSQL (scripts/postgres.sh start)`,
      });
      const bus = await platform.bus.ping();
      checks.push({
        name: 'event bus',
        ok: bus,
        detail: bus
          ? platform.bus.kind
          : `${platform.bus.kind} does not answer: check KAFKA_BROKERS or start the broker (scripts/kafka/kafka.sh start)`,
      });
    } finally {
      await platform.close();
    }
  } catch (error) {
    checks.push({ name: 'configuration', ok: false, detail: (error as Error).message });
  }

  for (const check of checks)
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name.padEnd(12)} ${check.detail}`);
  return checks.every((c) => c.ok) ? 0 : 1;
}
