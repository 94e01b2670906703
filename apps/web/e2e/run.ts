import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { accountJourney } from './account.journey.ts';
import { alertsJourney } from './alerts.journey.ts';
import { authoringJourney } from './authoring.journey.ts';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { classesJourney } from './classes.journey.ts';
import { hostileTextJourney } from './hostile-text.journey.ts';
import { jamesAndRodriguezJourney } from './james-rodriguez.journey.ts';
import type { StepResult } from './journey.ts';
import { mayaJourney } from './maya.journey.ts';
import { newcomerJourney } from './newcomer.journey.ts';
import { type RunningPlatform, startPlatform } from './platform.ts';

// Browser journeys: the platform as `npm start` runs it, real Chromium, the two persona journeys.
// Usage: npm run -w apps/web e2e [-- maya|james|newcomer|hostile|classes|authoring|alerts|account]   (needs apps/web/dist: npm run -w apps/web build)

const WEB = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(WEB, 'test-results');
const JOURNEYS: Record<string, (browser: Browser, url: string, out: string) => Promise<StepResult[]>> = {
  maya: mayaJourney,
  james: jamesAndRodriguezJourney,
  newcomer: newcomerJourney,
  hostile: hostileTextJourney,
  classes: classesJourney,
  authoring: authoringJourney,
  alerts: alertsJourney,
  // Last: it changes James's password and sets it back.
  account: accountJourney,
};

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set LEARNFLOW_CHROMIUM).`);
    return 2;
  }
  if (!existsSync(join(WEB, 'dist', 'index.html'))) {
    console.error('apps/web/dist is missing: npm run -w apps/web build');
    return 2;
  }
  const wanted = process.argv.slice(2).filter((a) => a in JOURNEYS);
  const selected = wanted.length > 0 ? wanted : Object.keys(JOURNEYS);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const started = performance.now();
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  const results: StepResult[] = [];
  try {
    platform = await startPlatform();
    console.log(`LearnFlow is up at ${platform.url} (${Math.round(performance.now() - started)} ms)`);
    browser = await launchBrowser();
    for (const name of selected) {
      const journey = JOURNEYS[name];
      if (!journey) continue;
      console.log(`\n${name}:`);
      results.push(...(await journey(browser, platform.url, OUT)));
    }
  } catch (error) {
    console.error(error);
    results.push({
      journey: 'setup',
      step: 'start the platform and the browser',
      status: 'failed',
      ms: 0,
      error: String(error),
      screenshots: [],
    });
  } finally {
    await browser?.close().catch(() => {});
    if (platform) writeFileSync(join(OUT, 'platform.log'), platform.output());
    await platform?.stop();
  }
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
  const count = (status: StepResult['status']) => results.filter((r) => r.status === status).length;
  console.log(
    `\n${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped in ${Math.round((performance.now() - started) / 1000)} s. Screenshots and report: ${OUT}`,
  );
  return count('failed') > 0 || results.length === 0 ? 1 : 0;
}

process.exitCode = await main();
