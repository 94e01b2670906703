import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerGroups, deadLetterTopicOf } from '@learnflow/contracts';
import { createDatabase, topicDepths } from '@learnflow/platform';
import { DEMO_PASSWORD } from '../seed.ts';
import { freePort, startSplit } from '../split-processes.ts';
import { type Count, checkStored } from './check-stored.ts';
import { kafkaBroker } from './kafka-broker.ts';
import { type Acknowledged, callGateway, enrolStudents, workUntil } from './student-workload.ts';
import { teacherSocket } from './teacher-socket.ts';

// The chaos test of issue 13 (`npm run test:chaos`, a stage of .ci/run): split mode over
// PostgreSQL and a Kafka broker of its own; 20 students work while the progress, notification,
// websocket and exercise-agent processes and then the broker are SIGKILLed in turn and started
// again; then what the students did is compared with what was stored. Prints the counts and
// exits 1 when any is wrong. Needs TEST_DATABASE_URL (scripts/postgres.sh start), Java and the
// broker jars (scripts/kafka/kafka.sh fetches them), bubblewrap.

const STUDENTS = Number(process.env.CHAOS_STUDENTS ?? 20);
const VICTIMS = ['progress', 'notification', 'websocket', 'exercise-agent', 'kafka'] as const;
const UP_MS = 5_000;
const DOWN_MS = 3_000;
const SETTLE_MS = 90_000;

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error('chaos: set TEST_DATABASE_URL (scripts/postgres.sh start prints it) and run again');
  process.exit(2);
}
const started = Date.now();
const say = (message: string) =>
  console.log(
    `[chaos ${Math.round((Date.now() - started) / 1000)}s ${new Date().toISOString().slice(11, 19)}] ${message}`,
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stateDir = mkdtempSync(join(tmpdir(), 'learnflow-chaos-kafka-'));
const broker = kafkaBroker({ stateDir, port: await freePort(), controllerPort: await freePort() });
say(`starting a Kafka broker of its own on ${broker.brokers}`);
await broker.start();
say('starting every service as its own process (split mode)');
const split = await startSplit({
  adminUrl,
  brokers: broker.brokers,
  env: { LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: '100000', LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: '100000' },
});
const { db } = createDatabase({ url: split.databaseUrl, dataDir: stateDir });
let failed = true;
try {
  const call = callGateway(split.gateway);
  const teacher = await call('POST', '/api/auth/login', null, {
    email: 'rodriguez@learnflow.dev',
    password: DEMO_PASSWORD,
  });
  say(`enrolling ${STUDENTS} students in Mr. Rodriguez's class`);
  const students = await enrolStudents(call, teacher.body.token, STUDENTS);
  const socket = teacherSocket(split.gateway, teacher.body.token);
  await socket.connect();

  const acked: Acknowledged = { runs: [], submissions: [], attempts: [], chats: [], refused: new Map() };
  let stop = false;
  say('students at work');
  const working = students.map((student) => workUntil(call, student, () => stop, acked));
  // In turn, without waiting for the last victim to be ready again: a service still rejoining
  // its consumer group when the next one (or the broker) dies is part of the test.
  const restarted: Promise<void>[] = [];
  for (const victim of VICTIMS) {
    await pause(UP_MS);
    say(`SIGKILL ${victim}`);
    if (victim === 'kafka') broker.kill();
    else await split.kill(victim, 'SIGKILL');
    await pause(DOWN_MS);
    say(`starting ${victim} again`);
    restarted.push(victim === 'kafka' ? broker.start() : split.restart(victim));
  }
  await Promise.all(restarted);
  say('every part is back');
  await pause(UP_MS);
  stop = true;
  await Promise.all(working);
  say(`students stopped; waiting up to ${SETTLE_MS / 1000} s for everything to settle`);

  let counts: Count[] = [];
  const deadline = Date.now() + SETTLE_MS;
  do {
    await pause(2_000);
    counts = await checkStored(db, students, acked, socket.alertFrames);
  } while (counts.some((c) => !c.ok) && Date.now() < deadline);

  const depths = await topicDepths({
    brokers: [broker.brokers],
    topics: consumerGroups().map(deadLetterTopicOf),
    partitions: Number(process.env.KAFKA_PARTITIONS ?? 3),
  });
  const dead = [...depths].filter(([, n]) => n > 0);
  counts.push({
    name: 'events in dead-letter topics',
    value: dead.length === 0 ? '0' : dead.map(([topic, n]) => `${topic}=${n}`).join(', '),
    ok: dead.length === 0,
  });
  socket.close();

  console.log('\nchaos: what the students did');
  console.log(
    `  students ${students.length}; acknowledged: runs ${acked.runs.length}, submissions ${acked.submissions.length}, quiz attempts ${acked.attempts.length}, chat messages ${acked.chats.length}`,
  );
  console.log(
    `  refused while a part was down: ${[...acked.refused].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none'}`,
  );
  console.log(
    `  killed in turn (SIGKILL): ${VICTIMS.join(', ')}; teacher socket reconnects ${socket.reconnects()} (frames seen twice and dropped by id ${socket.duplicates()}); processes that exited on their own and were started again ${split.respawns()}`,
  );
  console.log('chaos: what was stored');
  for (const c of counts) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.value}`);
  failed = counts.some((c) => !c.ok);
  if (failed) console.log(`\nlast service logs:\n${split.logs.join('').slice(-6_000)}`);
} finally {
  await db.destroy();
  await split.stop();
  await broker.stop().catch((error) => console.error(String(error)));
  rmSync(stateDir, { recursive: true, force: true });
}
say(failed ? 'FAILED: a count above is wrong' : 'passed: nothing lost, nothing twice');
process.exit(failed ? 1 : 0);
