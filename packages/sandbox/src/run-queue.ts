import { SandboxError } from './errors.ts';
import type { RunPriority } from './types.ts';

/** Who waits for a run, most urgent first: a student's Run, then grading, then the tutor's own runs. */
const ORDER: readonly RunPriority[] = ['interactive', 'grading', 'background'];

interface Waiter {
  priority: RunPriority;
  key: string | null;
  admit: () => void;
  supersede: (error: SandboxError) => void;
}

/** A held slot: `release` frees it; `queuedMs` is how long the run waited for it. */
export interface RunSlot {
  release: () => void;
  queuedMs: number;
}

/**
 * At most `concurrency` runs at once; up to `maxQueue` more wait, the most urgent first (interactive, then
 * grading, then background), in order within each; past that, SANDBOX_BUSY. A waiting run with the same
 * coalescing key as a newer one (a student's repeated Run) is dropped with SANDBOX_SUPERSEDED: the newest wins.
 */
export class RunQueue {
  private active = 0;
  private readonly waiting = new Map<RunPriority, Waiter[]>(ORDER.map((p) => [p, []]));
  private recentMs = 100;

  constructor(
    private readonly concurrency: number,
    private readonly maxQueue: number,
  ) {}

  get running() {
    return this.active;
  }

  get queued() {
    return ORDER.reduce((sum, p) => sum + (this.waiting.get(p)?.length ?? 0), 0);
  }

  /** Waits for a slot. */
  async acquire(options: { priority?: RunPriority; key?: string | null } = {}): Promise<RunSlot> {
    const priority = options.priority ?? 'background';
    const key = options.key ?? null;
    const asked = performance.now();
    if (key !== null) this.supersede(key);
    if (this.active >= this.concurrency) {
      if (this.queued >= this.maxQueue) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil(((this.queued / this.concurrency + 1) * this.recentMs) / 1000),
        );
        throw new SandboxError(
          'SANDBOX_BUSY',
          `All ${this.concurrency} sandboxes are busy and ${this.queued} runs are waiting; try again in ${retryAfterSeconds} s.`,
          retryAfterSeconds,
        );
      }
      await new Promise<void>((admit, supersede) =>
        this.waiting.get(priority)?.push({ priority, key, admit, supersede }),
      );
    } else {
      this.active += 1;
    }
    const started = performance.now();
    let released = false;
    return {
      queuedMs: Math.round(started - asked),
      release: () => {
        if (released) return;
        released = true;
        this.recentMs = this.recentMs * 0.8 + (performance.now() - started) * 0.2;
        const next = this.next();
        if (next) next.admit();
        else this.active -= 1;
      },
    };
  }

  /** Lets every waiting run through at once (on close, where each then stops with SANDBOX_CLOSED). */
  wakeAll() {
    for (let next = this.next(); next; next = this.next()) {
      this.active += 1;
      next.admit();
    }
  }

  private next(): Waiter | undefined {
    for (const p of ORDER) {
      const first = this.waiting.get(p)?.shift();
      if (first) return first;
    }
    return undefined;
  }

  private supersede(key: string) {
    for (const list of this.waiting.values()) {
      for (let i = list.length - 1; i >= 0; i--) {
        const waiter = list[i] as Waiter;
        if (waiter.key !== key) continue;
        list.splice(i, 1);
        waiter.supersede(
          new SandboxError(
            'SANDBOX_SUPERSEDED',
            'A newer run of the same program replaced this one before it started.',
          ),
        );
      }
    }
  }
}
