import type { Browser } from 'playwright-core';
import {
  askTutor,
  clickAndWait,
  expectCount,
  meterValue,
  setEditorCode,
  signIn,
  waitUntil,
} from './actions.ts';
import { LAPTOP, openPersona } from './browser.ts';
import { exerciseSolution, quizAnswers } from './content.ts';
import { Journey } from './journey.ts';

const TOPIC = 'for-loops';
const EXERCISE = 'Countdown';

/** Maya, on a laptop: signs in, learns For Loops, asks the tutor, solves an exercise, takes the quiz, sees mastery rise. */
export async function mayaJourney(browser: Browser, baseUrl: string, outDir: string) {
  const maya = await openPersona(browser, 'Maya', baseUrl, LAPTOP);
  const { page } = maya;
  const journey = new Journey('Maya learns for loops', outDir, () => [maya]);
  let before = 0;

  await journey.step('sees the demo logins and signs in', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Demo logins' }).waitFor();
    await page.getByText('maya@learnflow.dev').waitFor();
    await signIn(page, 'maya@learnflow.dev');
    await page.getByRole('heading', { name: /Welcome back, Maya/ }).waitFor();
  });

  await journey.step('sees 8 modules, 24 topics with mastery, her streak and what is next', async () => {
    await expectCount(page.locator('.module-card'), 8, 'modules');
    await expectCount(page.locator('.topic-row'), 24, 'topics');
    await page.getByTestId('streak').waitFor();
    await page.getByRole('heading', { name: 'Next up' }).waitFor();
    before = await meterValue(page.locator(`[data-topic="${TOPIC}"] [role=meter]`));
  });

  await journey.step('opens For Loops', async () => {
    await page.locator(`[data-topic="${TOPIC}"]`).getByRole('link', { name: 'For Loops' }).click();
    await page.getByRole('heading', { level: 1, name: 'For Loops' }).waitFor();
    await page.getByTestId('lesson-example').first().waitFor();
  });

  await journey.step('loads a lesson example into the editor and runs it', async () => {
    const example = page.getByTestId('lesson-example').first();
    const expected = ((await example.locator('pre.stdout').textContent()) ?? '').trim();
    await example.getByRole('button', { name: 'Load into editor' }).click();
    await clickAndWait(page, page.getByRole('button', { name: /Run$/ }), '/api/execute');
    await waitUntil(
      'the output is the example’s',
      async () => ((await page.getByTestId('stdout').textContent()) ?? '').trim() === expected,
    );
  });

  await journey.step('steps through the run with the visualiser', async () => {
    await clickAndWait(page, page.getByRole('button', { name: 'Visualise' }), '/api/trace');
    const viewer = page.getByTestId('trace-viewer');
    await viewer.waitFor();
    await viewer.getByRole('button', { name: /Next/ }).click();
    await viewer.getByRole('button', { name: /Next/ }).click();
    await viewer.getByText(/^Step 3 of \d+/).waitFor();
    await page.locator('.cm-step-line').first().waitFor();
  });

  await journey.step('asks for a review of the code', async () => {
    await clickAndWait(page, page.getByRole('button', { name: 'Review my code' }), '/api/review');
    await page.locator('.review-score').first().waitFor();
  });

  await journey.step('asks the tutor a question', async () => {
    const answer = await askTutor(page, async () => {
      await page.locator('#tutor-input').fill('How does range() work in a for loop?');
      await page.locator('#tutor-input').press('Enter');
    });
    if (answer.length < 20) throw new Error(`the tutor's answer is too short: "${answer}"`);
  });

  await journey.step('opens an exercise and asks for a hint', async () => {
    await page.getByRole('link', { name: EXERCISE }).click();
    await page.getByRole('heading', { level: 1, name: EXERCISE }).waitFor();
    await clickAndWait(page, page.getByRole('button', { name: 'Get a hint' }), '/hints');
    await page.getByTestId('hint').first().waitFor();
  });

  await journey.step('submits the starter code and sees the test to fix first', async () => {
    await clickAndWait(page, page.getByRole('button', { name: 'Submit' }), '/submissions');
    const result = page.getByTestId('submission-result');
    await result.waitFor();
    await result.locator('li.test-fail').first().waitFor();
    const first = result.locator('ol.tests > li').first();
    if (!(await first.getAttribute('class'))?.includes('test-fail'))
      throw new Error('the first test shown is not a failure');
  });

  await journey.step('solves the exercise', async () => {
    await setEditorCode(page, exerciseSolution(TOPIC, EXERCISE));
    await clickAndWait(page, page.getByRole('button', { name: 'Submit' }), '/submissions');
    await page.getByTestId('submission-result').getByText('All tests passed').waitFor();
    await waitUntil(
      'score 100',
      async () => (await page.getByTestId('submission-score').textContent()) === '100',
    );
    await page
      .getByText(/Code quality/)
      .first()
      .waitFor();
  });

  await journey.step('takes the For Loops quiz, one question at a time, with each explanation', async () => {
    await page.getByRole('link', { name: /Back to for loops/i }).click();
    await page.getByRole('heading', { level: 1, name: 'For Loops' }).waitFor();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const answers = quizAnswers(TOPIC);
    for (const [n, answer] of answers.entries()) {
      const question = page.getByTestId('quiz-question');
      await question.getByText(`Question ${n + 1} of ${answers.length}`).waitFor();
      await question.locator('label.choice').nth(answer).click();
      await clickAndWait(page, question.getByRole('button', { name: 'Check my answer' }), '/check');
      await question.getByTestId('quiz-feedback').getByText('Correct!').waitFor();
      const last = n === answers.length - 1;
      if (last)
        await clickAndWait(page, question.getByRole('button', { name: 'Finish the quiz' }), '/attempts');
      else await question.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByTestId('quiz-results').waitFor();
    await waitUntil(
      'quiz score 100',
      async () => (await page.getByTestId('quiz-score').textContent()) === '100',
    );
    await page.getByTestId('quiz-results').locator('.quiz-review li').first().waitFor();
    await page.getByTestId('quiz-mastery').getByText('→').waitFor();
  });

  await journey.step('sees her For Loops mastery rise', async () => {
    const meter = page.getByTestId('topic-mastery').getByRole('meter');
    const now = await waitUntil('the topic’s mastery rose', async () => {
      const value = await meterValue(meter);
      return value > before ? value : 0;
    });
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.getByRole('heading', { name: /Welcome back, Maya/ }).waitFor();
    await waitUntil(
      'the dashboard shows the new mastery',
      async () => (await meterValue(page.locator(`[data-topic="${TOPIC}"] [role=meter]`))) >= now,
    );
  });

  await maya.context.close();
  return journey.results;
}
