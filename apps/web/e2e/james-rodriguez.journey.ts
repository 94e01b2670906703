import type { Browser } from 'playwright-core';
import { askTutor, clickAndWait, setEditorCode, signIn, waitUntil } from './actions.ts';
import { LAPTOP, openPersona, PHONE } from './browser.ts';
import { Journey } from './journey.ts';

const TOPIC = 'for-loops';
const BUGGY = 'total = 0\nfor n in ["3", "4", "5"]:\n    total = total + n\nprint(total)\n';

/**
 * James (on a phone) fails three times; the alert reaches Mr. Rodriguez's open portal live; he
 * looks at James's work, generates and assigns an easy exercise; James sees it arrive and solves it.
 */
export async function jamesAndRodriguezJourney(browser: Browser, baseUrl: string, outDir: string) {
  const teacher = await openPersona(browser, 'Mr Rodriguez', baseUrl, LAPTOP);
  const james = await openPersona(browser, 'James', baseUrl, PHONE);
  const journey = new Journey('James gets help from Mr Rodriguez', outDir, () => [teacher, james]);
  const t = teacher.page;
  const j = james.page;
  let assigned = '';
  let solution = '';

  await journey.step('Mr. Rodriguez opens his class portal', async () => {
    await signIn(t, 'rodriguez@learnflow.dev');
    await t.getByRole('heading', { level: 1, name: 'Your class' }).waitFor();
    await t.getByTestId('heat-map').locator('tr[data-student="James Okafor"]').waitFor();
    await t.getByTestId('heat-map').locator('tr[data-student="Maya Chen"]').waitFor();
    await t.locator('.live-open').waitFor();
    await t.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
  });

  await journey.step('James signs in on his phone and opens For Loops', async () => {
    await signIn(j, 'james@learnflow.dev');
    await j.getByRole('heading', { name: /Welcome back, James/ }).waitFor();
    await j.locator(`[data-topic="${TOPIC}"]`).getByRole('link', { name: 'For Loops' }).click();
    await j.getByRole('heading', { level: 1, name: 'For Loops' }).waitFor();
    await j.locator('.live-open').waitFor({ state: 'attached' });
  });

  await journey.step('James runs his loop three times and gets the same TypeError', async () => {
    await setEditorCode(j, BUGGY);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await clickAndWait(j, j.getByRole('button', { name: /Run$/ }), '/api/execute');
      const error = j.getByTestId('run-error');
      await error.getByText('TypeError').first().waitFor();
      await j.locator('.cm-error-line').waitFor({ state: 'attached' });
    }
    await j
      .getByTestId('run-error')
      .getByText(/What happened/)
      .waitFor();
  });

  await journey.step('James asks the tutor to explain his error', async () => {
    await askTutor(j, () => j.getByRole('button', { name: 'Explain my error' }).click());
  });

  await journey.step('the alert appears live in Mr. Rodriguez’s open portal', async () => {
    const alert = t.locator('[data-testid="alert"][data-student="James Okafor"]');
    await alert.first().waitFor({ timeout: 20_000 });
    await alert.first().locator('.new-badge').waitFor();
    await t
      .locator('.toast')
      .getByText(/James Okafor needs help/)
      .waitFor();
    const notReloaded = await t.evaluate(
      () => (window as unknown as { notReloaded?: boolean }).notReloaded === true,
    );
    if (!notReloaded) throw new Error('the portal reloaded: the alert did not arrive live');
  });

  await journey.step('Mr. Rodriguez drills into James’s errors and chat', async () => {
    await t
      .locator('[data-testid="alert"][data-student="James Okafor"]')
      .first()
      .getByRole('link', { name: 'View student' })
      .click();
    await t.getByRole('heading', { level: 1, name: 'James Okafor' }).waitFor();
    await t.getByRole('region', { name: 'Recent errors' }).getByText('TypeError').first().waitFor();
    await t
      .locator('.chat-excerpts')
      .getByText(/Explain my error/)
      .first()
      .waitFor();
  });

  await journey.step('Mr. Rodriguez generates an easy For Loops exercise and previews it', async () => {
    const generator = t.locator('.generator');
    if ((await generator.getByLabel('Topic').inputValue()) !== TOPIC)
      throw new Error('the topic is not the alert’s');
    await generator.getByLabel('Difficulty').selectOption('easy');
    await clickAndWait(t, generator.getByRole('button', { name: 'Generate' }), '/api/exercises/generate');
    const preview = t.getByTestId('generated-exercise');
    await preview.waitFor();
    assigned = ((await preview.locator('h3').first().textContent()) ?? '')
      .replace(/\s*(easy|medium|hard)$/, '')
      .trim();
    if (!assigned) throw new Error('the preview has no title');
    // The teacher reads the reference solution; the journey keeps it to play James solving it.
    await preview.getByText(/Reference solution/).click();
    solution = (await preview.getByTestId('reference-solution').locator('pre').textContent()) ?? '';
    if (!solution.trim()) throw new Error('the preview shows no reference solution');
  });

  await journey.step('Mr. Rodriguez assigns it to James', async () => {
    const preview = t.getByTestId('generated-exercise');
    await clickAndWait(
      t,
      preview.getByRole('button', { name: /Assign to 1 student/ }),
      '/api/teacher/assignments',
    );
    await preview.getByText(/Assigned ".+" to James Okafor/).waitFor();
  });

  await journey.step('James sees the assignment arrive and opens it', async () => {
    const toast = j.locator('.toast').filter({ hasText: assigned });
    await toast.waitFor();
    await toast.getByRole('link', { name: 'Start' }).click();
    await j.getByRole('heading', { level: 1, name: assigned }).waitFor();
  });

  await journey.step('James solves the assigned exercise', async () => {
    await setEditorCode(j, solution);
    await clickAndWait(j, j.getByRole('button', { name: 'Submit' }), '/submissions');
    await j.getByTestId('submission-result').getByText('All tests passed').waitFor();
  });

  await journey.step('James’s dashboard shows the assignment done', async () => {
    await j.getByRole('link', { name: 'Dashboard' }).first().click();
    await j.locator('.assignment-list li.done').filter({ hasText: assigned }).waitFor();
  });

  await journey.step('Mr. Rodriguez resolves the alert', async () => {
    const alert = t.locator('[data-testid="alert"]').first();
    await clickAndWait(t, alert.getByRole('button', { name: 'Resolve' }), '/resolve');
    await waitUntil(
      'the alert is gone',
      async () => (await t.locator('[data-testid="alert"]').count()) === 0,
    );
  });

  await teacher.context.close();
  await james.context.close();
  return journey.results;
}
