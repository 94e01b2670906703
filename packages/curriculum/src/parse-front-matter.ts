import { isMap, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './content-error.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of each top-level key of the front matter. */
  keyLines: Map<string, number>;
}

/** Splits `---\nyaml\n---\nbody` and parses the YAML; problems name the file's line. */
export function parseFrontMatter(
  file: string,
  text: string,
): { ok: true; value: FrontMatter } | { ok: false; problems: ContentProblem[] } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '---') {
    return {
      ok: false,
      problems: [{ file, line: 1, message: 'the file must start with a `---` line (front matter)' }],
    };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: 'the front matter has no closing `---` line' }],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: lineOf(e.pos[0]),
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isMap(doc.contents)) {
    return {
      ok: false,
      problems: [{ file, line: 2, message: 'the front matter must be a YAML mapping (key: value)' }],
    };
  }
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key && typeof key.value === 'string' && key.range) keyLines.set(key.value, lineOf(key.range[0]));
  }
  return {
    ok: true,
    value: {
      data: doc.toJS() as Record<string, unknown>,
      body: lines.slice(end + 1).join('\n'),
      bodyLine: end + 2,
      keyLines,
    },
  };
}
