import { startServices } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { knowledgeBaseByMeaning, MODEL } from '@learnflow/tutor';
import { boot } from '../boot.ts';
import { listenOn } from '../listen.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed.ts';
import { SERVICES } from '../services.ts';
import { onShutdown } from '../shutdown.ts';
import { buildWeb } from './build-web.ts';

/** Every service in one process with the embedded defaults: `npm start`. */
export async function up(): Promise<void> {
  const started = performance.now();
  const web = await buildWeb({ print: (line) => console.log(line) });
  const platform = await boot({ migrate: true, seed: true });
  const host = await startServices(platform, SERVICES, 'LearnFlow');
  const { LEARNFLOW_HOST: host_, LEARNFLOW_GATEWAY_PORT: port, LEARNFLOW_SEED_DEMO: demo } = platform.config;
  await listenOn(host.app, host_, port, 'LEARNFLOW_GATEWAY_PORT');
  onShutdown(platform.log, async () => {
    await host.stop();
    await platform.close();
  });
  const sandbox = await (await platform.resources.get(sandboxResource)).check();
  const byMeaning = (await knowledgeBaseByMeaning()) !== null;
  const url = `http://${host_ === '0.0.0.0' ? 'localhost' : host_}:${port}`;
  const lines = [
    '',
    `LearnFlow is ready at ${url} (${Math.round(performance.now() - started)} ms)`,
    `  web app: ${web ? url : 'not built (npm run build:web)'}`,
    `  database: ${platform.dbKind === 'pglite' ? `PGlite in ${platform.config.LEARNFLOW_DATA_DIR}` : 'PostgreSQL'}`,
    `  event bus: ${platform.bus.kind}`,
    sandbox.ok
      ? `  sandbox: ready (bubblewrap ${sandbox.bwrap?.version}, Python ${sandbox.python?.version})`
      : `  sandbox: NOT AVAILABLE, code will not run: ${sandbox.problems.join('; ')}\n           (fix it and it is picked up within 30 s, no restart needed)`,
    byMeaning
      ? `  tutor: questions matched by meaning (${MODEL.name}) and words`
      : '  tutor: questions matched by words alone: the sentence encoder is not installed (npm run learnflow -- model fetch)',
    `  services: ${SERVICES.map((s) => s.id).join(', ')}`,
    `  API docs: ${url}/docs`,
  ];
  if (demo) {
    lines.push(`  demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.role}`);
  }
  console.log(lines.join('\n'));
}
