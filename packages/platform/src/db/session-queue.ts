/**
 * `foreground`: what someone is waiting on (a request, the tutor's answer on its way). `background`: what no one
 * waits on (read models, learning facts, marks, the audit log), which takes the session when no foreground turn waits.
 */
export type Lane = 'foreground' | 'background';

/** A background turn that has waited this long goes before the foreground ones: yielding never starves it. */
const BACKGROUND_MAX_WAIT_MS = 200;

interface Waiter {
  grant: () => void;
  since: number;
}

/**
 * Hands one database session out one turn at a time, foreground turns first. A turn is held
 * until its release is called (a statement, or a transaction from begin to commit).
 */
export class SessionQueue {
  private busy = false;
  private readonly waiting: Record<Lane, Waiter[]> = { foreground: [], background: [] };

  constructor(private readonly maxBackgroundWaitMs = BACKGROUND_MAX_WAIT_MS) {}

  /** Resolves with the release of a turn of the session, once it is this caller's. */
  acquire(lane: Lane): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.next();
        });
      };
      if (!this.busy) {
        this.busy = true;
        grant();
        return;
      }
      this.waiting[lane].push({ grant, since: performance.now() });
    });
  }

  private next() {
    const { foreground, background } = this.waiting;
    const overdue = background[0] && performance.now() - background[0].since >= this.maxBackgroundWaitMs;
    const waiter = (overdue ? background.shift() : foreground.shift()) ?? background.shift();
    if (waiter) waiter.grant();
    else this.busy = false;
  }
}
