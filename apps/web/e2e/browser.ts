import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.LEARNFLOW_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; `launch` gives every run a fresh temporary profile (user data dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const LAPTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** One person at one browser: their own context (storage), page, and the console errors it logged. */
export interface Persona {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions since the last `takeErrors()`. */
  takeErrors(): string[];
}

export async function openPersona(
  browser: Browser,
  name: string,
  baseURL: string,
  viewport: { width: number; height: number },
): Promise<Persona> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A navigation away cancels in-flight requests: that is not an error of the app.
    if (!/ERR_ABORTED/.test(failure))
      errors.push(`request failed: ${request.method()} ${request.url()} ${failure}`);
  });
  return {
    name,
    context,
    page,
    takeErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}
