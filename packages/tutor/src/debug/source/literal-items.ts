import { escapeRegex } from './escape-regex.ts';
import type { Definition } from './find-definitions.ts';
import { maskStrings } from './mask-strings.ts';
import { splitTopLevel } from './split-top-level.ts';

/** What the code shows of a list, text or dictionary variable's contents at a line. */
export interface LiteralContents {
  /** The items of a list/tuple literal, the keys of a dict literal (as written), the characters of text. */
  items: string[];
  kind: 'list' | 'tuple' | 'str' | 'dict';
  /** 1-based line of the assignment. */
  line: number;
  /** The code changes the variable's size somewhere (append, pop, `+=`, new keys...), so the count may differ. */
  changes: boolean;
}

function itemsOf(value: string): Pick<LiteralContents, 'items' | 'kind'> | null {
  const text = value.trim();
  if (/^\[.*\]$/.test(text))
    return { kind: 'list', items: splitTopLevel(text.slice(1, -1)).filter((i) => i !== '') };
  if (/^\(.*\)$/.test(text) && text.includes(',')) {
    return { kind: 'tuple', items: splitTopLevel(text.slice(1, -1)).filter((i) => i !== '') };
  }
  if (/^\{.*\}$/.test(text) && (text === '{}' || splitTopLevel(text.slice(1, -1), ':').length > 1)) {
    const entries = splitTopLevel(text.slice(1, -1)).filter((i) => i !== '');
    return { kind: 'dict', items: entries.map((entry) => splitTopLevel(entry, ':')[0] ?? entry) };
  }
  const str = /^(['"])(.*)\1$/.exec(text);
  if (str && !text.includes('\\')) return { kind: 'str', items: [...(str[2] ?? '')] };
  return null;
}

/** The contents of `name` as a literal assigned before 1-based `line`, or `null` when the code doesn't show them. */
export function literalItems(
  name: string,
  definitions: readonly Definition[],
  lines: readonly string[],
  line: number,
): LiteralContents | null {
  const assignment = definitions
    .filter(
      (d) => d.name === name && d.line <= line && ['assign', 'augment', 'for', 'param'].includes(d.kind),
    )
    .at(-1);
  if (assignment?.kind !== 'assign' || assignment.value === null) return null;
  const found = itemsOf(assignment.value);
  if (!found) return null;
  const target = escapeRegex(name);
  const grows = new RegExp(
    `\\b${target}\\s*\\.\\s*(?:append|extend|insert|pop|remove|clear|update|setdefault)\\s*\\(|\\b${target}\\s*(?:\\+=|-=)|\\b${target}\\s*\\[[^\\]]*\\]\\s*=(?!=)|\\bdel\\s+${target}\\b`,
  );
  const changes = definitions.some(
    (d) => d.name === name && d.line !== assignment.line && d.kind !== 'global',
  )
    ? true
    : lines.some((text) => grows.test(maskStrings(text)));
  if (found.kind === 'dict') {
    const added = lines
      .slice(0, line)
      .flatMap((text) =>
        [...text.matchAll(new RegExp(`\\b${target}\\s*\\[\\s*(.+?)\\s*\\]\\s*=(?!=)`, 'g'))].map(
          (m) => m[1] ?? '',
        ),
      );
    found.items.push(...added.filter((key) => !found.items.includes(key)));
  }
  return { ...found, line: assignment.line, changes };
}
