import { type ReactNode, type Ref, useCallback, useImperativeHandle, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import type { ExecuteResult, TraceResult } from '../api/types.ts';
import { useApi } from '../session/session-context.tsx';
import { TutorPanel } from '../tutor/tutor-panel.tsx';
import { useTutorChat } from '../tutor/use-tutor-chat.ts';
import { ErrorNotice } from '../ui/status.tsx';
import { CodeEditor, type EditorHandle } from './code-editor.tsx';
import { RunOutput } from './run-output.tsx';
import { saveCode, savedCode } from './saved-code.ts';
import { TraceViewer } from './trace-viewer.tsx';

/** What a page can do with its workspace (load a lesson example, read the code to submit). */
export interface WorkspaceHandle {
  loadCode(code: string): void;
  getCode(): string;
  /** Highlights a line (a test or review finding points at it). */
  showLine(line: number): void;
}

export interface WorkspaceProps {
  initialCode: string;
  topic?: string;
  /** The exercise this editor is for: the tutor's "is this right?" and hints are about it. */
  exerciseId?: string;
  /** Keeps the student's code across reloads under this key. */
  storageKey?: string;
  ref?: Ref<WorkspaceHandle>;
  /** More buttons in the toolbar (Submit). */
  actions?: ReactNode;
  /** Shown under the run output (submission results). */
  children?: ReactNode;
  suggestions?: string[];
}

/** The editor, Run / Visualise, stdin, output, the step-through and the tutor beside them. */
export function Workspace({
  initialCode,
  topic,
  exerciseId,
  storageKey,
  ref,
  actions,
  children,
  suggestions,
}: WorkspaceProps) {
  const api = useApi();
  const editor = useRef<EditorHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  const chat = useTutorChat(topic, exerciseId);
  const [startCode] = useState(() => (storageKey ? (savedCode(storageKey) ?? initialCode) : initialCode));
  const [stdin, setStdin] = useState('');
  const [run, setRun] = useState<{ busy: boolean; result: ExecuteResult | null; error: unknown }>({
    busy: false,
    result: null,
    error: null,
  });
  const [trace, setTrace] = useState<{
    busy: boolean;
    result: TraceResult | null;
    error: unknown;
    stale: boolean;
  }>({
    busy: false,
    result: null,
    error: null,
    stale: false,
  });
  const getCode = useCallback(() => editor.current?.getCode() ?? '', []);
  const [usesInput, setUsesInput] = useState(() => startCode.includes('input('));

  const loadCode = useCallback((code: string) => {
    editor.current?.setCode(code);
    setRun({ busy: false, result: null, error: null });
    setTrace({ busy: false, result: null, error: null, stale: false });
    root.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    editor.current?.focus();
  }, []);

  const execute = async () => {
    const code = getCode();
    setRun((r) => ({ ...r, busy: true, error: null }));
    try {
      const result = await api.execute({ code, stdin, ...(topic ? { topic } : {}) });
      setRun({ busy: false, result, error: null });
      editor.current?.markError(result.error?.line ?? null);
    } catch (error) {
      // A newer Run of this student replaced this one while it waited: that one's answer will show.
      if (error instanceof ApiError && error.code === 'SANDBOX_SUPERSEDED') return;
      setRun({ busy: false, result: null, error });
    }
  };
  const visualise = async () => {
    setTrace((t) => ({ ...t, busy: true, error: null }));
    try {
      const result = await api.trace({ code: getCode(), stdin });
      setTrace({ busy: false, result, error: null, stale: false });
    } catch (error) {
      setTrace({ busy: false, result: null, error, stale: false });
    }
  };
  const onChange = (code: string) => {
    if (storageKey) saveCode(storageKey, code);
    setUsesInput(code.includes('input('));
    setTrace((t) => (t.result && !t.stale ? { ...t, stale: true } : t));
  };
  const showLine = useCallback((line: number) => {
    editor.current?.markError(line);
    editor.current?.focus();
  }, []);
  useImperativeHandle(ref, () => ({ loadCode, getCode, showLine }), [loadCode, getCode, showLine]);
  const onStep = useCallback((line: number | null) => editor.current?.markStep(line), []);
  const lastError = run.result?.error ?? null;
  const explainError = () => {
    const message = lastError
      ? `Explain my error: ${lastError.type}: ${lastError.message}${lastError.line ? ` (line ${lastError.line})` : ''}`
      : 'Explain my error';
    void chat.send(message, getCode());
  };
  const reset = () => {
    if (window.confirm('Replace your code with the starting code?')) loadCode(initialCode);
  };

  return (
    <div className="workspace" ref={root}>
      <div className="workspace-inner">
        <div className="workspace-editor card">
          <div className="toolbar" role="toolbar" aria-label="Code actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void execute()}
              disabled={run.busy}
            >
              {run.busy ? 'Running…' : '▶ Run'}
            </button>
            <button type="button" className="button" onClick={() => void visualise()} disabled={trace.busy}>
              {trace.busy ? 'Tracing…' : 'Visualise'}
            </button>
            {actions}
            <button type="button" className="button ghost small toolbar-end" onClick={reset}>
              Reset
            </button>
          </div>
          <CodeEditor
            ref={editor}
            initialCode={startCode}
            label="Python code editor"
            onChange={onChange}
            onRun={() => void execute()}
          />
          <details className="stdin" open={usesInput || stdin !== ''}>
            <summary>Program input (for input())</summary>
            <label htmlFor="stdin-input" className="hint">
              Each line is one answer to an <code>input()</code> call, in order.
            </label>
            <textarea
              id="stdin-input"
              rows={2}
              value={stdin}
              onChange={(e) => setStdin(e.target.value)}
              spellCheck={false}
            />
          </details>
          {run.busy && !run.result && (
            <p className="loading" role="status">
              <span className="spinner" aria-hidden="true" />
              Running your code…
            </p>
          )}
          <ErrorNotice error={run.error} title="Your code could not run." />
          {run.result && <RunOutput result={run.result} onExplain={explainError} onShowLine={showLine} />}
          {children}
          <ErrorNotice error={trace.error} title="The step-through could not be made." />
          {trace.result && (
            <TraceViewer
              trace={trace.result}
              stale={trace.stale}
              onStep={onStep}
              onClose={() => {
                editor.current?.markStep(null);
                setTrace({ busy: false, result: null, error: null, stale: false });
              }}
            />
          )}
        </div>
        <TutorPanel
          chat={chat}
          getCode={getCode}
          onExplainError={explainError}
          onLoadCode={loadCode}
          onShowLine={showLine}
          suggestions={suggestions}
        />
      </div>
    </div>
  );
}
