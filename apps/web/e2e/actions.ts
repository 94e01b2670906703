import type { Locator, Page } from 'playwright-core';

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitUntil<T>(what: string, check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `timed out waiting until ${what} (last: ${last instanceof Error ? last.message : String(last)})`,
  );
}

export async function expectCount(locator: Locator, count: number, what: string) {
  await waitUntil(`${what} = ${count}`, async () => (await locator.count()) === count);
}

/** Signs in through the form, as a person would type it. */
export async function signIn(page: Page, email: string, password = 'learnflow') {
  await page.goto('/');
  await page.waitForURL('**/sign-in**');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Replaces the editor's content (typed as one input, so no auto-indent or bracket closing). */
export async function setEditorCode(page: Page, code: string) {
  const content = page.locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await waitUntil('the editor holds the code', async () =>
    (await page.evaluate(() => document.querySelector('.cm-content')?.textContent ?? '')).includes(
      code.split('\n')[0]?.trim() ?? '',
    ),
  );
}

/** Clicks and waits for the API answer the click causes. */
export async function clickAndWait(page: Page, target: Locator, path: string, method = 'POST') {
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(path) && r.request().method() === method, {
      timeout: 30_000,
    }),
    target.click(),
  ]);
  if (!response.ok())
    throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return response;
}

/** The mastery a meter shows (aria-valuenow). */
export async function meterValue(meter: Locator): Promise<number> {
  return Number(await meter.getAttribute('aria-valuenow'));
}

/** Asks the tutor (by `ask`), waits for the new answer to finish streaming and returns its text. */
export async function askTutor(page: Page, ask: () => Promise<void>, timeoutMs = 30_000): Promise<string> {
  const answers = page.getByTestId('tutor-answer');
  const before = await answers.count();
  await ask();
  return waitUntil(
    'the tutor answered',
    async () => {
      const count = await answers.count();
      if (count <= before) return '';
      const last = answers.nth(count - 1);
      if ((await last.getAttribute('data-streaming')) === 'true') return '';
      return ((await last.textContent()) ?? '').trim();
    },
    timeoutMs,
  );
}
