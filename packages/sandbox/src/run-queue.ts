import { SandboxError } from './errors.ts';

/** At most `concurrency` runs at once; up to `maxQueue` more wait in order; past that, SANDBOX_BUSY. */
export class RunQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private recentMs = 100;

  constructor(
    private readonly concurrency: number,
    private readonly maxQueue: number,
  ) {}

  get running() {
    return this.active;
  }

  get queued() {
    return this.waiting.length;
  }

  /** Waits for a slot; the returned function frees it and records how long the run held it. */
  async acquire(): Promise<() => void> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil(((this.waiting.length / this.concurrency + 1) * this.recentMs) / 1000),
        );
        throw new SandboxError(
          'SANDBOX_BUSY',
          `All ${this.concurrency} sandboxes are busy and ${this.waiting.length} runs are waiting; try again in ${retryAfterSeconds} s.`,
          retryAfterSeconds,
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.recentMs = this.recentMs * 0.8 + (performance.now() - started) * 0.2;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }

  /** Lets every waiting run through at once (on close, where each then stops with SANDBOX_CLOSED). */
  wakeAll() {
    const waiting = this.waiting.splice(0);
    this.active += waiting.length;
    for (const wake of waiting) wake();
  }
}
