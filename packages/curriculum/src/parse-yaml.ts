import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { ContentProblem } from './content-error.ts';

/** A parsed YAML mapping and where its values sit in the file. */
export interface ParsedYaml {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>;
  /** 1-based line of the value at `path` (a zod issue's path), or of its nearest parent that exists. */
  lineAt: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses `text` as a YAML mapping that starts at line `firstLine` of `file` (2 for front matter, 1 for a
 * `.yaml` file); every problem names the file's line.
 */
export function parseYaml(
  file: string,
  text: string,
  firstLine = 1,
): { ok: true; value: ParsedYaml } | { ok: false; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;
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
      problems: [{ file, line: firstLine, message: 'the YAML must be a mapping (key: value)' }],
    };
  }
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key && typeof key.value === 'string' && key.range) keyLines.set(key.value, lineOf(key.range[0]));
  }
  // The line of a map's value is its key's (a nested map's value starts a line below it).
  const lineAt = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) break;
        const key = pair.key as Scalar;
        if (key.range) line = lineOf(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) line = lineOf(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { ok: true, value: { data: doc.toJS() as Record<string, unknown>, keyLines, lineAt } };
}
