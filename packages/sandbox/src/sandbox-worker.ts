import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { metaFd, seccompFd } from './bwrap-args.ts';
import { CappedText } from './capped-text.ts';
import { encodeMarshal } from './encode-marshal.ts';
import type { SandboxLimits } from './types.ts';

/** How to start one sandbox: the bubblewrap command line and the host uid to start it as. */
export interface LaunchSpec {
  bwrap: string;
  args: string[];
  /** Host uid/gid bubblewrap runs as (only when this process is root). */
  uid?: number;
  gid?: number;
  seccomp: Buffer | null;
}

/** What the runner receives (marshal-encoded, then end of input). */
export interface WorkerRequest {
  code: string;
  stdin: string;
  files: Record<string, string>;
  entry: string | null;
  limits: SandboxLimits;
  trace: boolean;
}

export interface WorkerOutcome {
  stdout: CappedText;
  stderr: CappedText;
  /** The runner's lines after "ready" (an early trace, the results), unparsed; null when there were none. */
  meta: string | null;
  /** bubblewrap's exit status: the program's, or 128 + signal. */
  exitCode: number | null;
  timedOut: boolean;
  /** Killed for writing far past the output cap. */
  flooded: boolean;
  durationMs: number;
}

// Output past the cap is drained (so the program is not blocked) up to this much, then the run is stopped.
const floodAllowance = 1024 * 1024;
const metaCap = 16 * 1024 * 1024;
const killGraceMs = 2_000;
const startKillWaitMs = 10_000;
// After the results line, the sandbox is left this long to exit by itself before it is killed.
const exitGraceMs = 250;
const resultsLineStart = '{"exitCode":';

/**
 * One pre-started sandbox: bubblewrap with the runner already imported and blocked on its stdin, waiting for
 * exactly one request. It cannot see the request before it is sent, and it is never reused.
 */
export class SandboxWorker {
  readonly ready: Promise<void>;
  private readonly child: ChildProcess;
  /** Settles when the sandbox is gone. */
  readonly exited: Promise<void>;
  private metaBytes: Buffer[] = [];
  private metaSize = 0;
  private bootError = '';
  private exitCode: number | null = null;
  private used = false;
  private warm = false;
  private lineHead = '';
  private onResults: (() => void) | null = null;
  alive = true;

  constructor(spec: LaunchSpec) {
    this.child = spawn(spec.bwrap, spec.args, {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', spec.seccomp ? 'pipe' : 'ignore'],
      env: {},
      ...(spec.uid === undefined ? {} : { uid: spec.uid, gid: spec.gid ?? spec.uid }),
    });
    const child = this.child;
    child.stdin?.on('error', () => {});
    if (spec.seccomp) {
      const seccomp = child.stdio[seccompFd] as Writable;
      seccomp.on('error', () => {});
      seccomp.end(spec.seccomp);
    }
    this.exited = new Promise((resolve) => {
      child.on('close', (code) => {
        this.alive = false;
        this.exitCode = code;
        resolve();
      });
      child.on('error', (error) => {
        this.alive = false;
        this.bootError ||= error.message;
        resolve();
      });
    });
    const meta = child.stdio[metaFd] as Readable;
    this.ready = new Promise((resolve, reject) => {
      meta.on('data', (chunk: Buffer) => {
        if (this.metaSize < metaCap) this.metaBytes.push(chunk);
        this.metaSize += chunk.length;
        if (this.onResults && this.endsResults(chunk)) this.onResults();
        if (!this.warm && this.metaSize >= 6) {
          this.warm = Buffer.concat(this.metaBytes).subarray(0, 6).toString() === 'ready\n';
          if (this.warm) resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        if (!this.used && this.bootError.length < 4096) this.bootError += chunk.toString();
      });
      void this.exited.then(() =>
        reject(new Error(this.bootError.trim() || `the sandbox exited at start (status ${this.exitCode})`)),
      );
    });
    this.ready.then(
      () => this.hold(false),
      () => {},
    );
  }

  /** An idle warm sandbox does not keep the Node process alive; a starting or running one does. */
  private hold(on: boolean) {
    for (const handle of [this.child, ...this.child.stdio] as ({ ref?(): void; unref?(): void } | null)[]) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /** Whether `chunk` completes the runner's results line (the first 12 bytes of each line are tracked). */
  private endsResults(chunk: Buffer): boolean {
    let found = false;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline < 0 ? chunk.length : newline;
      if (this.lineHead.length < resultsLineStart.length) {
        this.lineHead += chunk
          .subarray(start, Math.min(end, start + resultsLineStart.length))
          .toString('latin1');
      }
      if (newline < 0) return found;
      if (this.lineHead.startsWith(resultsLineStart)) found = true;
      this.lineHead = '';
      start = newline + 1;
    }
  }

  /**
   * Sends the request and collects the run; resolves, never rejects. It resolves at the results line rather
   * than at exit, which saves the namespaces' teardown (about half of a short run): the runner has written all
   * its output before that line, and one turn of the event loop lets Node read it.
   */
  async run(request: WorkerRequest): Promise<WorkerOutcome> {
    if (this.used) throw new Error('a sandbox worker runs one request only');
    this.used = true;
    this.hold(true);
    const child = this.child;
    const { limits } = request;
    const stdout = new CappedText(limits.outputBytes);
    const stderr = new CappedText(limits.outputBytes);
    let timedOut = false;
    let flooded = false;
    const collect = (target: CappedText) => (chunk: Buffer) => {
      target.push(chunk);
      if (!flooded && target.total > target.cap + floodAllowance) {
        flooded = true;
        this.kill();
      }
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));

    const started = performance.now();
    child.stdin?.end(encodeMarshal({ ...request, limits: { ...request.limits } }));
    const timer = setTimeout(() => {
      timedOut = true;
      this.kill();
    }, limits.wallTimeMs);
    await new Promise<void>((resolve) => {
      this.onResults = () => setImmediate(resolve);
      void this.exited.then(() => resolve());
    });
    this.onResults = null;
    clearTimeout(timer);
    const durationMs = performance.now() - started;
    if (this.alive) setTimeout(() => this.kill(), exitGraceMs).unref();

    const text = Buffer.concat(this.metaBytes).toString('utf8');
    const meta = this.metaSize <= metaCap && text.startsWith('ready\n') ? text.slice(6) : '';
    return {
      stdout,
      stderr,
      meta: meta || null,
      exitCode: this.exitCode,
      timedOut,
      flooded,
      durationMs,
    };
  }

  /**
   * Stops the sandbox: bubblewrap dies, --die-with-parent takes its PID namespace and every process in it. A
   * sandbox still starting is killed once ready: bubblewrap arms --die-with-parent late, and a child whose
   * parent dies before that waits forever.
   */
  kill() {
    if (!this.alive) return;
    if (!this.warm) {
      const fallback = setTimeout(() => this.child.kill('SIGKILL'), startKillWaitMs);
      fallback.unref();
      void this.ready.then(
        () => {
          clearTimeout(fallback);
          this.kill();
        },
        () => clearTimeout(fallback),
      );
      return;
    }
    // whoever waits for `exited` must keep the process alive until the child is reaped
    this.hold(true);
    this.child.kill('SIGKILL');
    const timer = setTimeout(() => {
      for (const stream of this.child.stdio) stream?.destroy();
    }, killGraceMs);
    timer.unref();
    void this.exited.then(() => clearTimeout(timer));
  }
}
