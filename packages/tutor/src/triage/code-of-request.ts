const FENCE = /```[ \t]*(?:python|py|python3)?[ \t]*\r?\n([\s\S]*?)```/i;

// Lines that only Python reads this way: a block header with its colon, an import, an assignment, a call,
// a statement keyword, a comment, or an indented line of a block. English sentences match none of them.
const CODE_LINE = [
  /^(?:if|elif|while|for|with|def|class|try|except|finally|else)\b.*:\s*(?:#.*)?$/,
  /^(?:def|class)\s+[A-Za-z_]\w*\s*[(:]/,
  /^(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*|from\s+[\w.]+\s+import\s+[\w*, ()]+)$/,
  /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?:[-+*/%]|\/\/|\*\*)?=(?!=)\s*\S/,
  /^[A-Za-z_][\w.]*\(.*$/,
  /^(?:return|raise|assert|pass|break|continue|yield|global|nonlocal|del)\b(?!\s+\w+\s+\w+\s+\w+\s+\w+)/,
  /^#/,
  /^[)\]}]/,
];
const INDENTED = /^[ \t]+\S/;

/** True when every non-empty line of the text reads as Python, with at least one line of syntax. */
function readsAsCode(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0 || /[?]\s*$/.test(text.trim())) return false;
  // One line of words ("import errors", "return a value") is a question; one line of code has syntax in it.
  if (lines.length === 1 && !/[()=[\]:]/.test(text)) return false;
  let syntax = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && INDENTED.test(line)) continue;
    if (!CODE_LINE.some((pattern) => pattern.test(line.trim()))) return false;
    if (!line.trim().startsWith('#')) syntax++;
  }
  return syntax > 0;
}

/**
 * The code a learning request is about: its code field, else a fenced block in the message, else the
 * whole message when it is nothing but Python (`print(1/0)`, a pasted function); null when there is none.
 */
export function codeOfRequest(request: { code: string | null; message: string }): string | null {
  if (request.code !== null && request.code.trim() !== '') return request.code;
  const fenced = FENCE.exec(request.message)?.[1];
  if (fenced !== undefined) return fenced.trim() !== '' ? fenced : null;
  return readsAsCode(request.message) ? `${request.message.trimEnd()}\n` : null;
}
