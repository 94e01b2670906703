import type { Browser } from 'playwright-core';
import { clickAndWait, signIn } from './actions.ts';
import { LAPTOP, openPersona, PHONE } from './browser.ts';
import { Journey } from './journey.ts';

const TEMPORARY = 'a brand new secret';

/**
 * James forgot his password: Mr. Rodriguez makes him a reset code, James sets a new password with it on
 * the sign-in page, then changes it back on his account page, which also offers his data. Last of the
 * journeys: James's password is the demo one again at its end.
 */
export async function accountJourney(browser: Browser, baseUrl: string, outDir: string) {
  const teacher = await openPersona(browser, 'Mr Rodriguez', baseUrl, LAPTOP);
  const james = await openPersona(browser, 'James', baseUrl, PHONE);
  const journey = new Journey('James resets a forgotten password', outDir, () => [teacher, james]);
  const t = teacher.page;
  const j = james.page;
  let code = '';

  await journey.step('Mr. Rodriguez makes a reset code on James’s page', async () => {
    await signIn(t, 'rodriguez@learnflow.dev');
    await t.getByRole('link', { name: 'James Okafor' }).first().click();
    await t.getByRole('heading', { level: 1, name: 'James Okafor' }).waitFor();
    await clickAndWait(t, t.getByRole('button', { name: 'Make a reset code' }), '/password-reset');
    code = (await t.getByTestId('reset-code').textContent()) ?? '';
    if (code.trim() === '') throw new Error('no reset code shown');
  });

  await journey.step('James sets a new password with the code and is signed in', async () => {
    await j.goto('/');
    await j.waitForURL('**/sign-in**');
    await j.getByRole('link', { name: 'Forgot your password?' }).click();
    await j.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await j.getByLabel('Email').fill('james@learnflow.dev');
    await j.getByLabel('Reset code').fill(code);
    await j.getByLabel('New password', { exact: true }).fill(TEMPORARY);
    await j.getByLabel('New password again').fill('not the same one');
    await j.getByRole('button', { name: 'Set the new password and sign in' }).click();
    await j.getByRole('alert').getByText('The two new passwords are not the same').waitFor();
    await j.getByLabel('New password again').fill(TEMPORARY);
    await clickAndWait(
      j,
      j.getByRole('button', { name: 'Set the new password and sign in' }),
      '/api/auth/reset-password',
    );
    await j.getByRole('heading', { name: /Welcome back, James/ }).waitFor();
  });

  await journey.step('the code works only once', async () => {
    const again = await j.request.post('/api/auth/reset-password', {
      data: { email: 'james@learnflow.dev', code, newPassword: 'yet another secret' },
    });
    if (again.ok()) throw new Error('a used reset code was accepted a second time');
  });

  await journey.step(
    'James mistypes his current password on his account page: told why, still signed in',
    async () => {
      await j.getByRole('link', { name: /James Okafor/ }).click();
      await j.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
      await j.getByLabel('Current password').fill('wrong password');
      await j.getByLabel('New password', { exact: true }).fill('learnflow');
      await j.getByLabel('New password again').fill('learnflow');
      await j.getByRole('button', { name: 'Change password' }).click();
      await j.getByRole('alert').getByText('The current password is wrong').waitFor();
      await j.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    },
    { allowConsole: /status of 403/ },
  );

  await journey.step('James downloads his data and changes the password back', async () => {
    const download = j.waitForEvent('download');
    await j.getByRole('button', { name: 'Download my data' }).click();
    const file = await download;
    if (file.suggestedFilename() !== 'learnflow-account.json')
      throw new Error(`the download is ${file.suggestedFilename()}`);
    await j.getByLabel('Current password').fill(TEMPORARY);
    await clickAndWait(j, j.getByRole('button', { name: 'Change password' }), '/api/me/password');
    await j.getByRole('status').getByText('Your password is changed').waitFor();
  });

  await journey.step('James signs in with the demo password again', async () => {
    await j.getByRole('button', { name: 'Sign out' }).click();
    await signIn(j, 'james@learnflow.dev');
    await j.getByRole('heading', { name: /Welcome back, James/ }).waitFor();
  });

  await teacher.context.close();
  await james.context.close();
  return journey.results;
}
