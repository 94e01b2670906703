import type { APIRequestContext, Browser } from 'playwright-core';
import { clickAndWait, expectCount, signIn } from './actions.ts';
import { LAPTOP, openPersona } from './browser.ts';
import { Journey } from './journey.ts';

const CLASS = 'Evidence class';

/** Calls the API as one user and fails loudly on anything but the expected status. */
async function api(
  request: APIRequestContext,
  token: string | null,
  method: 'GET' | 'POST',
  url: string,
  data?: object,
) {
  const res = await request.fetch(url, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(data ? { data } : {}),
  });
  if (!res.ok()) throw new Error(`${method} ${url} answered ${res.status()}: ${await res.text()}`);
  return res.json();
}

/**
 * Issue 16 items 3 and 6: two students of a new class hit the same TypeError (their runs go
 * through the API into the real sandbox); Mr. Rodriguez sees why the alert fired, sends a hint,
 * assigns a targeted exercise, sees the class-wide grouping, and replays two attempts with a diff.
 */
export async function alertsJourney(browser: Browser, baseUrl: string, outDir: string) {
  const teacher = await openPersona(browser, 'Mr Rodriguez', baseUrl, LAPTOP);
  const student = await openPersona(browser, 'Ada', baseUrl, LAPTOP);
  const journey = new Journey('Mr Rodriguez sees why an alert fired and acts on it', outDir, () => [
    teacher,
    student,
  ]);
  const t = teacher.page;
  const request = teacher.context.request;
  const stamp = Date.now().toString(36);
  const password = 'a long enough passphrase';
  let ada = { id: '', name: `Ada ${stamp}`, email: '' };

  await journey.step(
    'Ada and Ben join a new class and hit the same TypeError; Ada submits twice',
    async () => {
      const rodriguez = await api(request, null, 'POST', '/api/auth/login', {
        email: 'rodriguez@learnflow.dev',
        password: 'learnflow',
      });
      const klass = await api(request, rodriguez.token, 'POST', '/api/teacher/classes', { name: CLASS });
      const students = [];
      for (const name of [ada.name, `Ben ${stamp}`]) {
        const session = await api(request, null, 'POST', '/api/auth/register', {
          email: `${name.replace(' ', '-').toLowerCase()}@school.test`,
          password,
          name,
        });
        await api(request, session.token, 'POST', '/api/classes/join', { code: klass.joinCode });
        students.push(session);
      }
      const [adaSession, benSession] = students;
      ada = { id: adaSession.user.id, name: ada.name, email: adaSession.user.email };
      await signIn(student.page, ada.email, password);
      await student.page.waitForURL('**/learn**');
      const typeError = (n: number) => ({
        code: `count = ${n}\nlabel = "items: " + count\nprint(label)\n`,
        topic: 'for-loops',
      });
      for (const n of [1, 2, 3]) await api(request, adaSession.token, 'POST', '/api/execute', typeError(n));
      for (const n of [4, 5]) await api(request, benSession.token, 'POST', '/api/execute', typeError(n));
      const { exercises } = await api(request, adaSession.token, 'GET', '/api/exercises?topic=for-loops');
      const exercise = exercises[0];
      for (const code of ['print("not yet")\n', 'n = int(input())\nprint(n)\n'])
        await api(request, adaSession.token, 'POST', `/api/exercises/${exercise.id}/submissions`, { code });
    },
  );

  await journey.step("the alert shows its evidence: each run's time, error and code", async () => {
    await signIn(t, 'rodriguez@learnflow.dev');
    const alert = t
      .getByTestId('alert')
      .filter({ hasText: ada.name })
      .filter({ hasText: 'the same error 3+ times' });
    await alert.getByRole('link', { name: 'View student' }).click();
    const evidence = t.getByTestId('evidence');
    await expectCount(evidence, 3, 'evidence items');
    await evidence.first().getByText('TypeError on line 2').waitFor();
    await evidence.first().getByText('label = "items: " + count').waitFor();
  });

  await journey.step(
    'Mr. Rodriguez sends a hint (Ada sees it live) and assigns a targeted exercise from the alert',
    async () => {
      await t.getByLabel('Send a hint').fill('Numbers and text do not add: try str(count).');
      await clickAndWait(t, t.getByRole('button', { name: 'Send hint' }), '/hint');
      await t
        .getByRole('status')
        .filter({ hasText: `Hint sent to ${ada.name}` })
        .waitFor();
      await student.page
        .getByRole('region', { name: 'Notifications' })
        .getByText('Numbers and text do not add: try str(count).', { exact: false })
        .waitFor();
      await clickAndWait(t, t.getByRole('button', { name: 'Assign exercise' }), '/api/teacher/assignments');
      await t
        .getByRole('status')
        .filter({ hasText: `to ${ada.name}` })
        .waitFor();
    },
  );

  await journey.step('the class-wide view groups the same TypeError across both students', async () => {
    await t.goto('/teacher');
    await t
      .getByRole('region', { name: `Shared errors in ${CLASS}` })
      .getByTestId('error-group')
      .filter({ hasText: '2 students hit the same TypeError' })
      .waitFor();
  });

  await journey.step('the replay steps through two attempts with a diff', async () => {
    await t.goto(`/teacher/students/${ada.id}`);
    await t.getByRole('link', { name: 'Replay attempts' }).click();
    await t.getByTestId('replay-position').filter({ hasText: 'Attempt 1 of 2' }).waitFor();
    await t.getByRole('button', { name: 'Next ›' }).click();
    await t.getByTestId('replay-position').filter({ hasText: 'Attempt 2 of 2' }).waitFor();
    const diff = t.getByTestId('replay-diff');
    await diff.locator('.diff-removed').filter({ hasText: 'print("not yet")' }).waitFor();
    await diff.locator('.diff-added').filter({ hasText: 'n = int(input())' }).waitFor();
  });

  await teacher.context.close();
  await student.context.close();
  return journey.results;
}
