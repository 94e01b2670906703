import { type LaunchSpec, SandboxWorker } from './sandbox-worker.ts';

// After this many sandboxes in a row fail to start, the pool stops respawning until asked again.
const maxStartFailures = 3;

/**
 * Keeps `size` sandboxes started and waiting. `take` hands out a ready one (each used once) and starts its
 * replacement in the background, so a run pays for the request, not for bubblewrap and the interpreter's start.
 */
export class WorkerPool {
  private readonly idle: SandboxWorker[] = [];
  private readonly starting = new Set<SandboxWorker>();
  private readonly waiters: { resolve: (worker: SandboxWorker) => void; reject: (error: Error) => void }[] =
    [];
  private failures = 0;
  private lastFailure = '';
  private closed = false;

  constructor(
    private readonly spec: LaunchSpec,
    private readonly size: number,
  ) {}

  get idleCount() {
    return this.idle.length;
  }

  get startingCount() {
    return this.starting.size;
  }

  /** Starts the warm sandboxes without waiting for them. */
  warm() {
    this.fill();
  }

  take(): Promise<SandboxWorker> {
    if (this.closed) return Promise.reject(new Error('the sandbox pool is closed'));
    if (this.failures >= maxStartFailures) this.failures = 0;
    const worker = this.idle.shift();
    this.fill();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.fill(this.waiters.length);
    });
  }

  /** Kills the warm sandboxes; resolves once those still starting got far enough to be killed cleanly. */
  async close() {
    this.closed = true;
    const workers = [...this.idle, ...this.starting];
    this.idle.length = 0;
    this.starting.clear();
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error('the sandbox pool is closed'));
    for (const worker of workers) worker.kill();
    await Promise.allSettled(workers.map((worker) => worker.exited));
  }

  private fill(extra = 0) {
    const target = Math.max(this.size, this.idle.length + extra);
    while (
      !this.closed &&
      this.failures < maxStartFailures &&
      this.idle.length + this.starting.size < target
    ) {
      this.start();
    }
  }

  private start() {
    const worker = new SandboxWorker(this.spec);
    this.starting.add(worker);
    worker.ready.then(
      () => {
        this.starting.delete(worker);
        this.failures = 0;
        if (this.closed) return worker.kill();
        const waiter = this.waiters.shift();
        if (waiter) waiter.resolve(worker);
        else this.idle.push(worker);
        void worker.exited.then(() => this.forget(worker));
      },
      (error: Error) => {
        this.starting.delete(worker);
        this.failures += 1;
        this.lastFailure = error.message;
        if (this.failures >= maxStartFailures) {
          const failure = new Error(`sandboxes fail to start: ${this.lastFailure}`);
          for (const waiter of this.waiters.splice(0)) waiter.reject(failure);
        } else {
          this.fill(this.waiters.length);
        }
      },
    );
  }

  /** A warm sandbox that dies while idle (killed from outside) is replaced. */
  private forget(worker: SandboxWorker) {
    const index = this.idle.indexOf(worker);
    if (index < 0) return;
    this.idle.splice(index, 1);
    this.fill();
  }
}
