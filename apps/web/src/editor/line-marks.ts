import { type EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView } from '@codemirror/view';

interface Marks {
  error: number | null;
  step: number | null;
  decorations: DecorationSet;
}

/** Highlights the line of a run's error (cleared by the next edit) and the trace step's line. */
export const setErrorLine = StateEffect.define<number | null>();
export const setStepLine = StateEffect.define<number | null>();

const errorLine = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': 'true' } });
const stepLine = Decoration.line({ class: 'cm-step-line' });

function decorate(state: EditorState, error: number | null, step: number | null): DecorationSet {
  const ranges = [];
  const valid = (line: number | null): line is number =>
    line !== null && line >= 1 && line <= state.doc.lines;
  const lines = [...new Set([error, step].filter(valid))].sort((a, b) => a - b);
  for (const line of lines) {
    const from = state.doc.line(line).from;
    if (line === step) ranges.push(stepLine.range(from));
    if (line === error) ranges.push(errorLine.range(from));
  }
  return Decoration.set(ranges, true);
}

export const lineMarks = StateField.define<Marks>({
  create: () => ({ error: null, step: null, decorations: Decoration.none }),
  update(marks, tr) {
    let { error, step } = marks;
    let changed = false;
    for (const effect of tr.effects) {
      if (effect.is(setErrorLine)) [error, changed] = [effect.value, true];
      if (effect.is(setStepLine)) [step, changed] = [effect.value, true];
    }
    if (tr.docChanged && (error !== null || step !== null)) {
      [error, step, changed] = [null, null, true];
    }
    return changed ? { error, step, decorations: decorate(tr.state, error, step) } : marks;
  },
  provide: (field) => EditorView.decorations.from(field, (marks) => marks.decorations),
});
