import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { clickAndWait, signIn } from './actions.ts';
import { LAPTOP, openPersona, PHONE } from './browser.ts';
import { Journey } from './journey.ts';

const CLASS = 'Period 5 Python';

/** Mr. Rodriguez makes a class; Maya joins it with the link; he sees her and exports the gradebook. */
export async function classesJourney(browser: Browser, baseUrl: string, outDir: string) {
  const teacher = await openPersona(browser, 'Mr Rodriguez', baseUrl, LAPTOP);
  const maya = await openPersona(browser, 'Maya', baseUrl, PHONE);
  const journey = new Journey('Mr Rodriguez makes a class and Maya joins it', outDir, () => [teacher, maya]);
  const t = teacher.page;
  const m = maya.page;
  let code = '';
  const card = () => t.getByTestId('class-card').filter({ hasText: CLASS });

  await journey.step('Mr. Rodriguez creates a class and gets its join code', async () => {
    await signIn(t, 'rodriguez@learnflow.dev');
    await t.getByRole('link', { name: 'Classes' }).click();
    await t.getByRole('heading', { level: 1, name: 'Classes' }).waitFor();
    await t.getByLabel('Class name').fill(CLASS);
    await clickAndWait(t, t.getByRole('button', { name: 'Create class' }), '/api/teacher/classes');
    code = (await card().getByTestId('join-code').textContent()) ?? '';
    if (!/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code)) throw new Error(`no join code shown, got "${code}"`);
  });

  await journey.step('Maya opens the join link and joins the class', async () => {
    // Signed out, the link leads through sign-in and back to the join page.
    await m.goto(`/join/${code}`);
    await m.waitForURL('**/sign-in?next=**');
    await m.getByLabel('Email').fill('maya@learnflow.dev');
    await m.getByLabel('Password').fill('learnflow');
    await m.getByRole('button', { name: 'Sign in', exact: true }).click();
    await m.getByRole('heading', { level: 1, name: 'Join a class' }).waitFor();
    await clickAndWait(m, m.getByRole('button', { name: 'Join' }), '/api/classes/join');
    await m
      .getByRole('status')
      .filter({ hasText: `You joined ${CLASS} (Mr. Rodriguez)` })
      .waitFor();
  });

  await journey.step('Mr. Rodriguez sees Maya in the roster', async () => {
    await t.reload();
    await card()
      .getByRole('list', { name: `Students of ${CLASS}` })
      .getByText('Maya Chen')
      .waitFor();
  });

  await journey.step('Mr. Rodriguez exports the gradebook for Canvas', async () => {
    const download = t.waitForEvent('download');
    await card().getByRole('button', { name: 'Export gradebook (Canvas CSV)' }).click();
    const file = await download;
    const path = await file.path();
    const csv = readFileSync(path, 'utf8');
    if (!csv.startsWith('Student,ID,SIS User ID,SIS Login ID,Section') || !csv.includes('maya@learnflow.dev'))
      throw new Error(`the CSV is not a Canvas gradebook with Maya: ${csv.slice(0, 200)}`);
  });

  await teacher.context.close();
  await maya.context.close();
  return journey.results;
}
