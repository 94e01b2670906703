import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { lineMarks, setErrorLine, setStepLine } from './line-marks.ts';

/** What a page can do with the editor. */
export interface EditorHandle {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
  /** Highlights the line a run failed on (1-based); null clears it. */
  markError(line: number | null): void;
  /** Highlights the line of a trace step; null clears it. */
  markStep(line: number | null): void;
}

export interface CodeEditorProps {
  initialCode: string;
  label: string;
  ref?: Ref<EditorHandle>;
  onChange?: (code: string) => void;
  /** Ctrl/Cmd + Enter. */
  onRun?: () => void;
}

/** CodeMirror 6 with Python: Tab indents (Esc then Tab leaves the editor), Ctrl/Cmd+Enter runs. */
export function CodeEditor({ initialCode, label, ref, onChange, onRun }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; setCode replaces the text
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialCode,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          indentUnit.of('    '),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          python(),
          syntaxHighlighting(classHighlighter),
          lineMarks,
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                callbacks.current.onRun?.();
                return true;
              },
            },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            indentWithTab,
          ]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': 'editor-keys' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      getCode: () => view.current?.state.doc.toString() ?? '',
      setCode(code: string) {
        const editor = view.current;
        if (!editor) return;
        editor.dispatch({
          changes: { from: 0, to: editor.state.doc.length, insert: code },
          selection: { anchor: 0 },
          scrollIntoView: true,
        });
      },
      focus: () => view.current?.focus(),
      markError(line) {
        view.current?.dispatch({ effects: [setErrorLine.of(line), ...scrollTo(view.current, line)] });
      },
      markStep(line) {
        view.current?.dispatch({ effects: [setStepLine.of(line), ...scrollTo(view.current, line)] });
      },
    }),
    [],
  );

  return (
    <div className="editor">
      <div ref={host} className="editor-host" data-testid="code-editor" />
      <p id="editor-keys" className="sr-only">
        Ctrl or Command plus Enter runs the code. Tab indents; press Escape then Tab to leave the editor.
      </p>
    </div>
  );
}

function scrollTo(view: EditorView | null, line: number | null) {
  if (!view || line === null || line < 1 || line > view.state.doc.lines) return [];
  return [EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' })];
}
