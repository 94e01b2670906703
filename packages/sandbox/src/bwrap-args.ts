/** The uid and gid the student's code has inside the sandbox: nobody. */
export const sandboxUid = 65534;
/** Where each run's private temp dir (tmpfs) is mounted; also cwd and HOME. */
export const workDir = '/tmp';
/** Child fd the runner reports on (see python/runner.py). */
export const metaFd = 3;
/** Child fd bubblewrap reads the seccomp program from. */
export const seccompFd = 4;

export interface BwrapArgsInput {
  /** From planMounts: the read-only Python installation. */
  mounts: string[];
  python: string;
  runnerSource: string;
  tmpSizeBytes: number;
  /** bubblewrap 0.8+ can forbid nested user namespaces. */
  disableUserns: boolean;
  seccomp: boolean;
}

/**
 * New user, PID, network, IPC, UTS and mount namespaces (cgroup where possible); uid/gid 65534; an empty
 * environment; an empty read-only root holding only the Python installation, a fresh /proc of the sandbox's own
 * PID namespace (read-only), a read-only minimal /dev and a size-capped writable tmpfs at /tmp.
 */
export function bwrapArgs(input: BwrapArgsInput): string[] {
  return [
    '--unshare-user',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    ...(input.disableUserns ? ['--disable-userns'] : []),
    '--uid',
    String(sandboxUid),
    '--gid',
    String(sandboxUid),
    '--hostname',
    'sandbox',
    '--die-with-parent',
    // No bubblewrap reaper: Python is the only process, so no unfiltered pid 1 it could take over via /proc/1/mem.
    '--as-pid-1',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--clearenv',
    '--setenv',
    'HOME',
    workDir,
    '--setenv',
    'TMPDIR',
    workDir,
    '--setenv',
    'LANG',
    'C.UTF-8',
    '--setenv',
    'MALLOC_ARENA_MAX',
    '1',
    ...input.mounts,
    '--proc',
    '/proc',
    // Read-only: when bubblewrap runs as host root, the sandbox user is host uid 0 to sysctl permission checks.
    '--remount-ro',
    '/proc',
    '--dev',
    '/dev',
    '--remount-ro',
    '/dev',
    '--size',
    String(input.tmpSizeBytes),
    '--tmpfs',
    workDir,
    '--remount-ro',
    '/',
    '--chdir',
    workDir,
    ...(input.seccomp ? ['--seccomp', String(seccompFd)] : []),
    '--',
    input.python,
    '-I',
    '-S',
    '-B',
    '-X',
    'utf8',
    '-c',
    input.runnerSource,
  ];
}
