/** A Python tuple, written `(a, b)`; plain arrays are lists. */
export class PyTuple {
  constructor(readonly items: readonly PyValue[]) {}
}

/** A value that has a Python literal: str, int, float, bool, None, list, tuple, dict. */
export type PyValue =
  | string
  | number
  | boolean
  | null
  | PyTuple
  | readonly PyValue[]
  | { readonly [key: string]: PyValue };

export const tuple = (...items: PyValue[]) => new PyTuple(items);

/** The Python source of a value, as `repr()` would print it (so messages and prompts match Python's output). */
export function py(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`no Python literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return pyString(value);
  if (value instanceof PyTuple) {
    const inner = value.items.map(py);
    return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(', ')})`;
  }
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  const entries = Object.entries(value as Record<string, PyValue>);
  return `{${entries.map(([key, item]) => `${pyString(key)}: ${py(item)}`).join(', ')}}`;
}

function pyString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `${quote}${out}${quote}`;
}
