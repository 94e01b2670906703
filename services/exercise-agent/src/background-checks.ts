/** Mutant checks still running in this process, so stopping the service waits for them to store their report. */
export class BackgroundChecks {
  readonly #running = new Set<Promise<void>>();

  /** Runs `job` without waiting for it; it must handle its own failures. */
  start(job: () => Promise<void>): void {
    const running = job().finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  async settle(): Promise<void> {
    await Promise.allSettled([...this.#running]);
  }
}
