import type { ExecutionTrace, RunError } from '@learnflow/contracts';

/** Resource limits of one run. A request may lower the sandbox's limits, never raise them. */
export interface SandboxLimits {
  /** Wall clock from the request reaching the warm interpreter to its end. */
  wallTimeMs: number;
  /** CPU time (RLIMIT_CPU, whole seconds, rounded up). */
  cpuTimeMs: number;
  /** Address space the student's code may add to the idle interpreter (RLIMIT_AS). */
  memoryBytes: number;
  /** Bytes kept of stdout and of stderr, each; the rest is cut with "\n[output truncated]". */
  outputBytes: number;
  /** Processes and threads of the sandbox user (RLIMIT_NPROC). */
  processes: number;
  /** Largest file the program may write (RLIMIT_FSIZE). */
  fileSizeBytes: number;
  /** Open file descriptors (RLIMIT_NOFILE). */
  openFiles: number;
}

/** How urgent a run is: a student waiting on Run, a submission being graded, or the tutor's own analysis. */
export type RunPriority = 'interactive' | 'grading' | 'background';

export interface RunRequest {
  /** The student's Python source. Runs as `main.py`, or is written as `student.py` when `entry` is set. */
  code: string;
  /** What `input()` and `sys.stdin` read. */
  stdin?: string;
  /** Extra Python (or data) files placed beside the code in the private temp dir, e.g. a grading harness. */
  files?: Record<string, string>;
  /**
   * Run this file of `files` as `__main__` instead of `code`; `code` is then written as `student.py`. A harness runs
   * it with `exec(compile(open('student.py').read(), 'student.py', 'exec'), namespace)` or `import student`, and
   * errors keep the student's line numbers.
   */
  entry?: string;
  limits?: Partial<SandboxLimits>;
  /** Record a step-by-step trace of the student's code. */
  trace?: boolean;
  /** Who waits first when every sandbox is busy (default `background`). */
  priority?: RunPriority;
  /** Runs with the same key coalesce while they wait (a student's repeated Run): only the newest runs. */
  coalesceKey?: string;
}

/** What `parseTraceback` reads from a traceback, pasted or printed by a run. */
export interface ParsedTraceback extends RunError {
  /** The exception class as printed, with its module when it has one (`json.decoder.JSONDecodeError`). */
  qualifiedType: string;
  /** The student's file the line belongs to, as printed (`main.py`, `C:\Users\ana\hello.py`, `<stdin>`). */
  file: string | null;
  /** The student's source line as the traceback quotes it (Python prints it stripped of indentation). */
  sourceLine: string | null;
  /** 1-based column a SyntaxError's caret points at, when there is one. */
  column: number | null;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** null when the sandbox killed the program (time limit, crash by signal). */
  exitCode: number | null;
  timedOut: boolean;
  memoryExceeded: boolean;
  outputTruncated: boolean;
  durationMs: number;
  /** How long the run waited for a free sandbox before it started, apart from `durationMs`. */
  queuedMs: number;
  error: RunError | null;
  /** Present when the request asked for `trace`. */
  trace?: ExecutionTrace;
}

export interface SandboxCheck {
  ok: boolean;
  python: { path: string; version: string } | null;
  bwrap: { path: string; version: string } | null;
  /** What is wrong and what to install or change, one sentence each. */
  problems: string[];
  /** How the sandbox isolates on this host (weaker settings are explained here). */
  notes: string[];
}

export interface SandboxStats {
  running: number;
  queued: number;
  idleWorkers: number;
  startingWorkers: number;
  completed: number;
  rejected: number;
}

export interface SandboxOptions {
  /** Interpreter to run, a command on PATH or a path; `python3` by default (pyenv shims are resolved). */
  python?: string;
  /** bubblewrap command or path; `bwrap` by default. */
  bwrap?: string;
  /** The limits of every run (defaults: 5 s, 50 MB, 64 KB of output per stream). */
  limits?: Partial<SandboxLimits>;
  /** Runs at once; `os.availableParallelism()` by default. */
  concurrency?: number;
  /** Runs waiting for a slot before `run` throws SANDBOX_BUSY; 8 per slot by default. */
  maxQueue?: number;
  /** Isolated interpreters kept started and waiting for a request; twice `concurrency` by default. */
  warmWorkers?: number;
  /** Size of the private temp dir (tmpfs) that is each run's cwd and HOME; 16 MiB by default. */
  tmpSizeBytes?: number;
  /** Host uid bubblewrap runs as when this process is root; `auto` tries 65534 (nobody) and falls back to 0. */
  hostUid?: number | 'auto';
  /** When the host cannot isolate: the delay before the first new probe, doubling up to `maxMs` (1 s, 30 s). */
  reprobe?: { firstMs?: number; maxMs?: number };
}

export interface Sandbox {
  run(request: RunRequest): Promise<RunResult>;
  check(): Promise<SandboxCheck>;
  stats(): SandboxStats;
  close(): Promise<void>;
}
