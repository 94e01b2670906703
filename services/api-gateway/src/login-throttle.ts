import { appError } from '@learnflow/platform';

/** Failures allowed before the wait starts, per email and per IP address. */
export const FREE_FAILURES = { account: 5, ip: 20 } as const;
const MAX_WAIT_SECONDS = 15 * 60;
const FORGET_AFTER_MS = 60 * 60 * 1_000;
const LIMIT = 50_000;

interface Failures {
  count: number;
  /** Epoch ms before which no sign-in is tried. */
  lockedUntil: number;
  last: number;
}

/**
 * Exponential back-off of failed sign-ins (OWASP credential stuffing cheat sheet): past the
 * free failures each failure doubles the wait (1 s, 2 s, 4 s... up to 15 min), per email and
 * per IP. Unknown emails count exactly like known ones, so the answers reveal nothing.
 * In memory: the gateway holds it; a restart forgets it.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  /** Throws TOO_MANY_FAILED_LOGINS with retry-after while either key waits. */
  check(email: string, ip: string): void {
    const now = Date.now();
    const wait = Math.max(this.waitMs(`account:${email.toLowerCase()}`, now), this.waitMs(`ip:${ip}`, now));
    if (wait <= 0) return;
    const seconds = Math.ceil(wait / 1_000);
    throw appError(
      'TOO_MANY_FAILED_LOGINS',
      `Too many failed sign-ins: wait ${seconds} s and try again (a teacher can reset a student's password).`,
      { 'retry-after': String(seconds) },
    );
  }

  failed(email: string, ip: string): void {
    const now = Date.now();
    this.bump(`account:${email.toLowerCase()}`, FREE_FAILURES.account, now);
    this.bump(`ip:${ip}`, FREE_FAILURES.ip, now);
  }

  succeeded(email: string): void {
    this.failures.delete(`account:${email.toLowerCase()}`);
  }

  private waitMs(key: string, now: number): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (now - entry.last > FORGET_AFTER_MS) {
      this.failures.delete(key);
      return 0;
    }
    return entry.lockedUntil - now;
  }

  private bump(key: string, free: number, now: number): void {
    if (this.failures.size >= LIMIT) this.failures.clear();
    const entry = this.failures.get(key) ?? { count: 0, lockedUntil: 0, last: now };
    entry.count++;
    entry.last = now;
    if (entry.count > free) {
      const seconds = Math.min(MAX_WAIT_SECONDS, 2 ** (entry.count - free - 1));
      entry.lockedUntil = now + seconds * 1_000;
    }
    this.failures.set(key, entry);
  }
}
