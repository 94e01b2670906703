import { readFileSync } from 'node:fs';
import { bwrapArgs } from './bwrap-args.ts';
import { execFile } from './exec-file.ts';
import { findExecutable } from './find-executable.ts';
import { inspectPython } from './inspect-python.ts';
import { defaultLimits } from './limits.ts';
import { planMounts } from './plan-mounts.ts';
import { type LaunchSpec, SandboxWorker } from './sandbox-worker.ts';
import { seccompFilter } from './seccomp-filter.ts';
import type { SandboxCheck, SandboxOptions } from './types.ts';

export const runnerSource = readFileSync(new URL('../python/runner.py', import.meta.url), 'utf8');

export interface Runtime {
  check: SandboxCheck;
  /** How to start a sandbox; null when the host cannot isolate (see check.problems). */
  spec: LaunchSpec | null;
}

const nobody = 65534;
const probeTimeoutMs = 15_000;

function userNamespaceHints() {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const hints: string[] = [];
  if (read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1') {
    hints.push('AppArmor blocks user namespaces: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0');
  }
  if (read('/proc/sys/kernel/unprivileged_userns_clone') === '0') {
    hints.push('user namespaces are disabled: sysctl -w kernel.unprivileged_userns_clone=1');
  }
  if (read('/proc/sys/user/max_user_namespaces') === '0') {
    hints.push('user namespaces are disabled: sysctl -w user.max_user_namespaces=15000');
  }
  return hints.length > 0
    ? hints.join('; ')
    : 'a container may need --security-opt seccomp=unconfined or a privileged pod';
}

/** Starts one sandbox with `spec` and runs `print(1)` in it; the error text when that fails. */
async function probe(spec: LaunchSpec): Promise<string | null> {
  let worker: SandboxWorker;
  try {
    worker = new SandboxWorker(spec);
  } catch (error) {
    return (error as Error).message;
  }
  const timeout = new Promise<string>((resolve) => {
    setTimeout(() => resolve('the sandbox did not start in time'), probeTimeoutMs).unref();
  });
  const started = await Promise.race([
    worker.ready.then(
      () => null,
      (error: Error) => error.message,
    ),
    timeout,
  ]);
  if (started !== null) {
    worker.kill();
    return started;
  }
  const outcome = await worker.run({
    code: 'print(1)',
    stdin: '',
    files: {},
    entry: null,
    limits: defaultLimits,
    trace: false,
  });
  const stdout = outcome.stdout.text();
  return stdout === '1\n'
    ? null
    : `print(1) gave ${JSON.stringify(stdout)}: ${outcome.stderr.text().slice(0, 300)}`;
}

/**
 * Finds bubblewrap and Python, plans the sandbox and proves it by running `print(1)` in it. Never throws: a
 * failure becomes a problem of the check (and runs then answer SANDBOX_UNAVAILABLE).
 */
export async function resolveRuntime(options: SandboxOptions, tmpSizeBytes: number): Promise<Runtime> {
  try {
    return await resolve(options, tmpSizeBytes);
  } catch (error) {
    const problems = [`the sandbox could not be set up: ${(error as Error).message}`];
    return { check: { ok: false, python: null, bwrap: null, problems, notes: [] }, spec: null };
  }
}

async function resolve(options: SandboxOptions, tmpSizeBytes: number): Promise<Runtime> {
  const problems: string[] = [];
  const notes: string[] = [];
  const check: SandboxCheck = { ok: false, python: null, bwrap: null, problems, notes };

  const bwrap = findExecutable(options.bwrap ?? 'bwrap');
  if (bwrap) {
    const ran = await execFile(bwrap, ['--version']);
    check.bwrap = { path: bwrap, version: /[\d.]+/.exec(ran.stdout)?.[0] ?? 'unknown' };
  } else {
    problems.push('bubblewrap is not installed: apt-get install bubblewrap');
  }
  const inspected = await inspectPython(options.python ?? 'python3');
  if (inspected.ok) check.python = { path: inspected.install.executable, version: inspected.install.version };
  else problems.push(inspected.problem);
  if (!check.bwrap || !inspected.ok) return { check, spec: null };

  const [major = 0, minor = 0] = check.bwrap.version.split('.').map(Number);
  const seccomp = seccompFilter();
  const args = bwrapArgs({
    mounts: planMounts(inspected.install),
    python: inspected.install.executable,
    runnerSource,
    tmpSizeBytes,
    disableUserns: major > 0 || minor >= 8,
    seccomp: seccomp !== null,
  });
  const root = process.getuid?.() === 0;
  const wanted = options.hostUid ?? 'auto';
  const uids: (number | undefined)[] = !root ? [undefined] : wanted === 'auto' ? [nobody, 0] : [wanted];

  const failures: string[] = [];
  for (const uid of uids) {
    if (uid === 0 && !seccomp) {
      // as host root nothing would bound the number of processes: refuse rather than run weaker
      failures.push(`as uid 0: no seccomp filter for ${process.arch}, and RLIMIT_NPROC does not bind root`);
      continue;
    }
    const spec: LaunchSpec = {
      bwrap: check.bwrap.path,
      args,
      seccomp,
      ...(uid === undefined ? {} : { uid, gid: uid }),
    };
    const failure = await probe(spec);
    if (failure !== null) {
      failures.push(`as uid ${uid ?? process.getuid?.()}: ${failure.trim()}`);
      continue;
    }
    check.ok = true;
    const hostUid = uid ?? process.getuid?.() ?? -1;
    notes.push(
      `namespaces: user, pid, net, ipc, uts${major > 0 || minor >= 8 ? ', nested user namespaces disabled' : ''}; uid 65534 inside; bubblewrap runs as host uid ${hostUid}`,
    );
    notes.push(
      seccomp
        ? 'seccomp: fork/vfork/clone of processes, namespaces, mount, ptrace, bpf, keyrings and io_uring are refused'
        : `seccomp: no filter for ${process.arch}; new processes are limited by RLIMIT_NPROC only`,
    );
    if (hostUid === 0) {
      notes.push(
        `bubblewrap runs as host root${failures.length > 0 ? ` (uid ${nobody} could not start it)` : ''}: RLIMIT_NPROC does not bind root, so processes are stopped by seccomp alone. Install Python where uid ${nobody} can read it (e.g. /usr/bin/python3) for the stronger setup.`,
      );
    }
    if (failures.length > 0) notes.push(`tried first: ${failures.join('; ')}`);
    return { check, spec };
  }
  problems.push(`bubblewrap cannot start a sandbox here (${failures.join('; ')}): ${userNamespaceHints()}`);
  return { check, spec: null };
}
