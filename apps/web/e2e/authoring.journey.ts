import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { clickAndWait, setEditorCode, signIn, waitUntil } from './actions.ts';
import { LAPTOP, openPersona, PHONE } from './browser.ts';
import { Journey } from './journey.ts';

const CLASS = 'Period 6 Python';
const TITLE = 'Old enough to vote';
const SOLUTION = 'def can_vote(age):\n    return age >= 18\n';

/**
 * Mr. Rodriguez makes a class, Maya joins with the code; he writes an exercise whose first tests let a wrong
 * solution through, sees the survivor, adds a test, checks again and publishes; Maya solves it; he exports
 * the gradebook with the new exercise's column.
 */
export async function authoringJourney(browser: Browser, baseUrl: string, outDir: string) {
  const teacher = await openPersona(browser, 'Mr Rodriguez', baseUrl, LAPTOP);
  const maya = await openPersona(browser, 'Maya', baseUrl, PHONE);
  const journey = new Journey('Mr Rodriguez writes an exercise and Maya solves it', outDir, () => [
    teacher,
    maya,
  ]);
  const t = teacher.page;
  const m = maya.page;
  let code = '';
  const card = () => t.getByTestId('class-card').filter({ hasText: CLASS });
  const propose = async (calls: string[]) => {
    await t.getByLabel('Inputs').fill(calls.join('\n'));
    await clickAndWait(t, t.getByRole('button', { name: 'Propose tests' }), '/api/teacher/proposed-tests');
    for (const call of calls) await t.getByRole('button', { name: `Add “${call} returns` }).click();
  };
  const checkTests = async () => {
    await clickAndWait(t, t.getByRole('button', { name: 'Check tests against mutants' }), '/check');
    await t.getByTestId('mutant-report').waitFor({ timeout: 90_000 });
  };

  await journey.step('Mr. Rodriguez creates a class; Maya joins with its code', async () => {
    await signIn(t, 'rodriguez@learnflow.dev');
    await t.getByRole('link', { name: 'Classes' }).click();
    await t.getByLabel('Class name').fill(CLASS);
    await clickAndWait(t, t.getByRole('button', { name: 'Create class' }), '/api/teacher/classes');
    code = (await card().getByTestId('join-code').textContent()) ?? '';
    await signIn(m, 'maya@learnflow.dev');
    await m.waitForURL('**/learn');
    await m.goto('/join');
    await m.getByLabel('Class code').fill(code);
    await clickAndWait(m, m.getByRole('button', { name: 'Join' }), '/api/classes/join');
  });

  await journey.step('He writes an exercise and proposes its first tests from two calls', async () => {
    await card().getByRole('link', { name: 'Write an exercise' }).click();
    await t.getByRole('heading', { level: 1, name: 'Write an exercise' }).waitFor();
    await t.getByLabel('Title').fill(TITLE);
    await t.getByLabel('Topic').selectOption('conditionals');
    await t.getByLabel('Prompt (Markdown)').fill('Write `can_vote(age)` that returns `True` from **18** on.');
    await t.getByLabel('Starter code').fill('def can_vote(age):\n    pass\n');
    await t.getByLabel('Reference solution (never shown to students)').fill(SOLUTION);
    await t.getByLabel('Hint 1', { exact: true }).fill('Compare `age` with 18.');
    await propose(['can_vote(30)', 'can_vote(5)']);
    await waitUntil(
      'two tests in the form',
      async () => (await t.getByTestId('authored-test').count()) === 2,
    );
    await clickAndWait(t, t.getByRole('button', { name: 'Save draft' }), '/api/teacher/exercises');
    await t.waitForURL('**/teacher/exercises/*');
  });

  await journey.step('He previews it as a student sees it', async () => {
    await clickAndWait(t, t.getByRole('button', { name: 'Preview as a student' }), '/preview', 'GET');
    await t.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await t.getByText('can_vote(30) returns True').waitFor();
    if ((await t.content()).includes('age &gt;= 18'))
      throw new Error('the preview shows the reference solution');
    await t.getByRole('button', { name: 'Back to editing' }).click();
  });

  await journey.step('The check shows a wrong solution that his tests accept', async () => {
    await checkTests();
    const survivors = t.getByRole('table', { name: 'Surviving mutants' });
    await survivors.getByText('`age >= 18` becomes `age > 18`').waitFor();
    const publish = t.getByRole('button', { name: 'Publish to the class' });
    if (await publish.isEnabled())
      throw new Error('Publish is enabled while mutants survive and "anyway" is not ticked');
  });

  await journey.step('He adds the edge case 18, checks again and no mutant survives', async () => {
    await propose(['can_vote(18)', 'can_vote(17)']);
    await waitUntil(
      'four tests in the form',
      async () => (await t.getByTestId('authored-test').count()) === 4,
    );
    await checkTests();
    await t.getByRole('status').filter({ hasText: 'none survive' }).waitFor({ timeout: 90_000 });
  });

  await journey.step('He publishes it to the class', async () => {
    await t.getByLabel('Publish to class').selectOption({ label: CLASS });
    await clickAndWait(t, t.getByRole('button', { name: 'Publish to the class' }), '/publish');
    await t
      .getByRole('status')
      .filter({ hasText: `Published to ${CLASS}` })
      .waitFor();
  });

  await journey.step('Maya sees it among her exercises and solves it', async () => {
    await m.goto('/learn');
    await m.getByRole('link', { name: TITLE }).click();
    await m.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await setEditorCode(m, SOLUTION);
    await clickAndWait(m, m.getByRole('button', { name: 'Submit' }), '/submissions');
    await waitUntil(
      'her score is 100',
      async () => (await m.getByTestId('submission-score').textContent()) === '100',
      30_000,
    );
  });

  await journey.step('He exports the gradebook with the new column and her score', async () => {
    await t.goto('/teacher/classes');
    const download = t.waitForEvent('download');
    await card().getByRole('button', { name: 'Export gradebook (Canvas CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    const column = header?.split(',').findIndex((h) => h.includes(TITLE)) ?? -1;
    const mayaRow = rows.find((r) => r.includes('maya@learnflow.dev'))?.split(',');
    if (column < 0 || mayaRow?.[column] !== '100')
      throw new Error(`the gradebook has no "${TITLE}" column with Maya's 100: ${csv.slice(0, 400)}`);
  });

  await teacher.context.close();
  await maya.context.close();
  return journey.results;
}
