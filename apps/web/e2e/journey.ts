import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Persona } from './browser.ts';

export interface StepOptions {
  timeoutMs?: number;
  /** Console errors the step causes on purpose (a refused request logs one in Chromium). */
  allowConsole?: RegExp;
}

export type StepStatus = 'passed' | 'failed' | 'skipped';

export interface StepResult {
  journey: string;
  step: string;
  status: StepStatus;
  ms: number;
  error?: string;
  screenshots: string[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * A journey: named steps run in order. After each step every persona's page is screenshotted
 * and any console error fails the step; after a failure the remaining steps are skipped.
 */
export class Journey {
  readonly results: StepResult[] = [];
  private failed = false;
  private readonly dir: string;

  constructor(
    readonly name: string,
    outDir: string,
    private readonly personas: () => Persona[],
  ) {
    this.dir = join(outDir, slug(name));
    mkdirSync(this.dir, { recursive: true });
  }

  async step(name: string, run: () => Promise<void>, options: StepOptions = {}): Promise<void> {
    const { timeoutMs = 60_000, allowConsole } = options;
    const index = String(this.results.length + 1).padStart(2, '0');
    if (this.failed) {
      this.results.push({ journey: this.name, step: name, status: 'skipped', ms: 0, screenshots: [] });
      console.log(`  - ${index} ${name} (skipped)`);
      return;
    }
    const started = performance.now();
    let error: string | undefined;
    try {
      await withTimeout(run(), timeoutMs, name);
    } catch (failure) {
      error = failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
    }
    const consoleErrors = this.personas()
      .flatMap((p) => p.takeErrors().map((e) => `[${p.name}] ${e}`))
      .filter((e) => !allowConsole?.test(e));
    if (!error && consoleErrors.length > 0) error = `console errors:\n${consoleErrors.join('\n')}`;
    else if (error && consoleErrors.length > 0) error += `\nconsole errors:\n${consoleErrors.join('\n')}`;
    const screenshots: string[] = [];
    for (const persona of this.personas()) {
      const file = join(
        this.dir,
        `${index}-${slug(name)}-${slug(persona.name)}${error ? '-FAILED' : ''}.png`,
      );
      try {
        await persona.page.screenshot({ path: file, fullPage: false, timeout: 10_000 });
        screenshots.push(file);
      } catch {
        // A closed page has nothing to show.
      }
    }
    const ms = Math.round(performance.now() - started);
    this.results.push({
      journey: this.name,
      step: name,
      status: error ? 'failed' : 'passed',
      ms,
      screenshots,
      ...(error ? { error } : {}),
    });
    if (error) {
      this.failed = true;
      console.log(`  ✗ ${index} ${name} (${ms} ms)\n${indent(error)}`);
    } else console.log(`  ✓ ${index} ${name} (${ms} ms)`);
  }
}

function indent(text: string) {
  return text
    .split('\n')
    .slice(0, 25)
    .map((line) => `      ${line}`)
    .join('\n');
}

async function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`step "${name}" took longer than ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
