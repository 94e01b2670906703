import type { Browser } from 'playwright-core';
import { clickAndWait, signIn, waitUntil } from './actions.ts';
import { LAPTOP, openPersona, PHONE } from './browser.ts';
import { Journey } from './journey.ts';

/**
 * A newcomer on a phone: creates an account, lands on an empty dashboard, reloads a deep link,
 * signs out, mistypes the password (the API's message is shown), deletes her account, and the platform serves the app.
 */
export async function newcomerJourney(browser: Browser, baseUrl: string, outDir: string) {
  const ana = await openPersona(browser, 'Ana', baseUrl, PHONE);
  const { page } = ana;
  const journey = new Journey('A newcomer signs up', outDir, () => [ana]);
  const email = `ana.${Date.now()}@example.com`;

  await journey.step('creates an account', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Ana Lima');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: /Welcome back, Ana/ }).waitFor();
    await page.getByText('Nothing assigned right now.').waitFor();
  });

  await journey.step('reloads a deep link and stays signed in', async () => {
    await page.goto('/learn/topics/while-loops');
    await page.getByRole('heading', { level: 1, name: 'While Loops' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'While Loops' }).waitFor();
    await page.getByText('Loading the editor…').waitFor({ state: 'detached' });
  });

  await journey.step(
    'sees the API’s message for a page that does not exist',
    async () => {
      await page.goto('/learn/topics/no-such-topic');
      await page
        .getByRole('alert')
        .getByText(/No topic "no-such-topic"/)
        .waitFor();
    },
    { allowConsole: /status of 404/ },
  );

  await journey.step('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  await journey.step(
    'mistypes the password and reads why',
    async () => {
      await signIn(page, email, 'not the password');
      await page.getByRole('alert').waitFor();
      const message = (await page.getByRole('alert').textContent()) ?? '';
      if (!/password|credentials|email/i.test(message)) throw new Error(`unexpected message: ${message}`);
    },
    { allowConsole: /status of 401/ },
  );

  await journey.step(
    'deletes her account; it no longer signs in',
    async () => {
      await signIn(page, email, 'correct horse battery');
      await page.getByRole('heading', { name: /Welcome back, Ana/ }).waitFor();
      await page.getByRole('link', { name: /Ana Lima/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await page.getByLabel('Your password', { exact: true }).fill('correct horse battery');
      await page.getByLabel(/I understand/).check();
      await clickAndWait(page, page.getByRole('button', { name: 'Delete my account' }), '/api/me', 'DELETE');
      await page.getByRole('status').getByText('Your account and everything in it are deleted.').waitFor();
      await signIn(page, email, 'correct horse battery');
      await page.getByRole('alert').waitFor();
    },
    { allowConsole: /status of 401/ },
  );

  await journey.step('the gateway serves the app, its assets and its API apart', async () => {
    const deep = await fetch(`${baseUrl}/learn/exercises/x`, { headers: { accept: 'text/html' } });
    const html = await deep.text();
    if (deep.status !== 200 || !html.includes('<div id="root">'))
      throw new Error(`deep link: ${deep.status}`);
    if (deep.headers.get('cache-control') !== 'no-cache') throw new Error('index.html must not be cached');
    const csp = deep.headers.get('content-security-policy') ?? '';
    if (!csp.includes("script-src 'self'")) throw new Error(`CSP: ${csp}`);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    if (!asset.ok || !asset.headers.get('cache-control')?.includes('immutable'))
      throw new Error(`asset: ${asset.status}`);
    const api = await fetch(`${baseUrl}/api/nothing-here`, { headers: { accept: 'text/html' } });
    const body = (await api.json()) as { error?: { code?: string } };
    if (api.status !== 404 || body.error?.code !== 'NOT_FOUND') throw new Error(`/api 404: ${api.status}`);
    const missing = await fetch(`${baseUrl}/assets/nope.js`);
    if (missing.status !== 404) throw new Error(`missing asset: ${missing.status}`);
    await waitUntil('docs still served', async () => (await fetch(`${baseUrl}/docs/json`)).ok);
  });

  await ana.context.close();
  // A laptop sign-in page for the screenshots of the demo logins.
  const visitor = await openPersona(browser, 'Visitor', baseUrl, LAPTOP);
  await visitor.page.goto('/');
  await visitor.page.getByRole('heading', { name: 'Demo logins' }).waitFor();
  await visitor.page.screenshot({ path: `${outDir}/sign-in-laptop.png` });
  await visitor.context.close();
  return journey.results;
}
