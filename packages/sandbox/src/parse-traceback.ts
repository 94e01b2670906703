import type { RunError } from './types.ts';

const fileLine = /^ {2}File "([^"]+)", line (\d+)/;
const exceptionLine = /^([A-Za-z_][\w.]*)(?:: (.*))?$/;

/**
 * The last Python traceback printed in `stderr` (a crash report, or a SyntaxError's caret block), with the line
 * of the deepest frame in one of `studentFiles`. Used when the runner could not report the error itself.
 */
export function parseTraceback(stderr: string, studentFiles: readonly string[]): RunError | null {
  const lines = stderr.replace(/\n\[output truncated\]$/, '').split('\n');
  let start = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (line.startsWith('Traceback (most recent call last):')) {
      start = index;
      break;
    }
    if (start < 0 && fileLine.test(line)) start = index;
    if (start >= 0 && fileLine.test(line)) start = index;
  }
  if (start < 0) return null;
  const block = lines.slice(start);
  const last = [...block].reverse().find((line) => line.trim() !== '' && !line.startsWith(' '));
  const match = last === undefined ? null : exceptionLine.exec(last);
  if (!match?.[1] || last?.startsWith('Traceback')) return null;
  let studentLine: number | null = null;
  for (const line of block) {
    const frame = fileLine.exec(line);
    if (frame?.[1] && studentFiles.some((file) => frame[1] === file || frame[1]?.endsWith(`/${file}`))) {
      studentLine = Number(frame[2]);
    }
  }
  return {
    type: match[1].split('.').pop() ?? match[1],
    message: match[2] ?? '',
    line: studentLine,
    traceback: block.join('\n').trimEnd().concat('\n'),
  };
}
