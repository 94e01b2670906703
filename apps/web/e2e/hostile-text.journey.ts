import type { Browser } from 'playwright-core';
import { askTutor, signIn } from './actions.ts';
import { LAPTOP, openPersona } from './browser.ts';
import { Journey } from './journey.ts';

// Each payload sets a flag if it ever runs; the page must render it as text.
const IMG = '<img src=x onerror="window.__xss=1">';
const LINK = '[click me](javascript:window.__xss=2)';

/**
 * Untrusted text in Chromium: a student named with HTML, a tutor question (and whatever the
 * tutor echoes of it) carrying an `onerror` image and a `javascript:` link, then the admin's
 * user list showing that name. Nothing may execute; the CSP stays `script-src 'self'`.
 */
export async function hostileTextJourney(browser: Browser, baseUrl: string, outDir: string) {
  const eve = await openPersona(browser, 'Eve', baseUrl, LAPTOP);
  const admin = await openPersona(browser, 'Admin', baseUrl, LAPTOP);
  const journey = new Journey('Untrusted text stays text', outDir, () => [eve, admin]);
  const email = `eve.${Date.now()}@example.com`;
  const untouched = async (page: typeof eve.page, where: string) => {
    const flag = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    if (flag !== undefined) throw new Error(`${where}: a payload ran (__xss=${flag})`);
    if ((await page.locator('img[src="x"]').count()) > 0) throw new Error(`${where}: an <img> was injected`);
    if ((await page.locator('a[href^="javascript:" i]').count()) > 0)
      throw new Error(`${where}: a javascript: link was rendered`);
  };

  await journey.step('signs up with HTML in her name and sees it as text', async () => {
    await eve.page.goto('/sign-up');
    await eve.page.getByLabel('Your name').fill(`Eve ${IMG}`);
    await eve.page.getByLabel('Email').fill(email);
    await eve.page.getByLabel('Password').fill('a long enough passphrase');
    await eve.page.getByRole('button', { name: 'Create account' }).click();
    await eve.page.getByText(IMG, { exact: false }).first().waitFor();
    await untouched(eve.page, 'the dashboard');
  });

  await journey.step('asks the tutor with an onerror image and a javascript: link', async () => {
    await eve.page.goto('/learn/topics/for-loops');
    await askTutor(eve.page, async () => {
      await eve.page.locator('#tutor-input').fill(`what does ${IMG} do? and ${LINK}`);
      await eve.page.locator('#tutor-input').press('Enter');
    });
    await eve.page.getByText('onerror', { exact: false }).first().waitFor();
    await untouched(eve.page, 'the tutor panel');
  });

  await journey.step('the admin lists users, Eve among them, as text', async () => {
    await signIn(admin.page, 'admin@learnflow.dev');
    await admin.page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await admin.page.getByRole('cell', { name: email }).waitFor();
    await untouched(admin.page, 'the admin page');
  });

  await journey.step("keeps the CSP: script-src 'self', no inline scripts", async () => {
    const res = await fetch(`${baseUrl}/learn`, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    if (!script.split(/\s+/).includes("'self'") || /unsafe-inline|unsafe-eval/.test(script))
      throw new Error(`CSP script-src is "${script}"`);
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(await res.text()))
      throw new Error('index.html has an inline script');
  });

  await eve.context.close();
  await admin.context.close();
  return journey.results;
}
