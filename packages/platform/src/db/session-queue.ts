/**
 * `foreground`: what someone is waiting on (a request, the tutor's answer on its way). `background`: what no one
 * waits on (read models, learning facts, marks, the audit log), which takes the session when no foreground turn waits.
 */
export type Lane = 'foreground' | 'background';

/** A background turn that has waited this long goes before the foreground ones: yielding never starves it. */
const BACKGROUND_MAX_WAIT_MS = 200;
/**
 * How long turns follow one another before the event loop gets its turn. PGlite's statements are synchronous, so a
 * turn granted on the previous one's release is a microtask: without a slice the whole queue drains in one task,
 * and no request is read, no response written and no sandbox result taken until it has.
 */
const SLICE_MS = 5;

interface Waiter {
  grant: () => void;
  since: number;
}

/**
 * Hands one database session out one turn at a time, foreground turns first. A turn is held
 * until its release is called (a statement, or a transaction from begin to commit). Turns that
 * follow one another for longer than a slice wait for the event loop's next turn, and which
 * lane goes next is chosen then, so what arrived meanwhile is served in its order.
 */
export class SessionQueue {
  private busy = false;
  private readonly waiting: Record<Lane, Waiter[]> = { foreground: [], background: [] };
  /** When the current run of turns without a pause of the event loop began; null between runs. */
  private sliceStart: number | null = null;

  constructor(
    private readonly maxBackgroundWaitMs = BACKGROUND_MAX_WAIT_MS,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** Resolves with the release of a turn of the session, once it is this caller's. */
  acquire(lane: Lane): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.startSlice();
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.next();
        });
      };
      this.waiting[lane].push({ grant, since: performance.now() });
      if (this.busy) return;
      this.busy = true;
      this.handOver();
    });
  }

  private next() {
    if (this.waiting.foreground.length + this.waiting.background.length === 0) this.busy = false;
    else this.handOver();
  }

  /** Grants the next turn now, or once the event loop has had its turn when the slice is used up. */
  private handOver() {
    if (this.sliceStart !== null && performance.now() - this.sliceStart >= this.sliceMs)
      setImmediate(() => this.grantNext());
    else this.grantNext();
  }

  private grantNext() {
    const { foreground, background } = this.waiting;
    const overdue = background[0] && performance.now() - background[0].since >= this.maxBackgroundWaitMs;
    const waiter = (overdue ? background.shift() : foreground.shift()) ?? background.shift();
    waiter?.grant();
  }

  /** A run of turns begins with the first grant since the event loop last had its turn. */
  private startSlice() {
    if (this.sliceStart !== null) return;
    this.sliceStart = performance.now();
    setImmediate(() => {
      this.sliceStart = null;
    });
  }
}
