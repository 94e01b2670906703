import type { RunError } from '@learnflow/contracts';

/** A Python error as the sandbox reports it (`RunResult.error`) or as `parseTraceback` reads it from pasted text; the traceback when known. */
export type PythonError = Omit<RunError, 'traceback'> & Partial<Pick<RunError, 'traceback'>>;

/** What `explainError` needs: the error, and the code and run flags when they are known. */
export interface ExplainInput {
  error: PythonError;
  /** The student's program; without it (a traceback pasted in chat) the line is quoted from the traceback. */
  code?: string | null;
  /** The sandbox stopped the program at its time limit. */
  timedOut?: boolean;
  /** The program used more memory than the sandbox allows. */
  memoryExceeded?: boolean;
}

/** A beginner-friendly explanation of one Python error. */
export interface ErrorExplanation {
  /** The exception class, or `TimeoutError` / `MemoryError` for runs the sandbox stopped. */
  type: string;
  /** One short sentence naming the problem. */
  title: string;
  /** The student's line the error points at, when known. */
  line: number | null;
  /** That line as the student wrote it. */
  quotedLine: string | null;
  /** What happened, specific to this code. */
  what: string;
  /** Why Python does this, with any jargon explained. */
  why: string;
  /** Escalating hints: where to look, then what is wrong, then how to fix that line (never the whole program). */
  hints: [string, string, string];
  /** Short machine-friendly id of the cause, e.g. `name.misspelt`, `type.str-plus-int`. */
  cause: string;
  /** The facts the explanation was built from (the misspelt name, its suggestion, operand types...). */
  details: Record<string, string | number>;
}

/** Everything an explainer may look at, prepared once by `explainError`. */
export interface ErrorContext {
  type: string;
  /** The message without the "Did you mean ..." that newer Pythons append. */
  message: string;
  /** The name in Python's own "Did you mean: 'x'?" / "Did you forget to import 'x'?", when present. */
  pythonSuggestion: string | null;
  line: number | null;
  /** The student's lines (empty without code). */
  lines: string[];
  hasCode: boolean;
  /** The student's line as written, from the code or the traceback; `null` when unknown. */
  source: string | null;
  traceback: string | null;
  /** The traceback shows the program ran on the student's own computer (an absolute path), not in the sandbox. */
  ranElsewhere: boolean;
  timedOut: boolean;
  memoryExceeded: boolean;
}

/** The part of an explanation an explainer writes; `explainError` adds the type, line and quote. */
export type Explained = Pick<ErrorExplanation, 'title' | 'what' | 'why' | 'hints' | 'cause' | 'details'> & {
  /** The line to point at when the error itself has none (the loop of a run that timed out). */
  line?: number;
};

export type Explainer = (context: ErrorContext) => Explained;
