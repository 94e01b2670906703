import { exercises } from '../content/exercises/index.ts';

const normalise = (line: string) => line.replace(/#.*$/, '').replace(/\s+/g, '').replace(/["']/g, '"');

const meaningfulLines = (code: string) =>
  code
    .split('\n')
    .map(normalise)
    .filter((l) => l.length >= 8 && !/^(def|class)\w+\(?[\w,=*]*\)?:$/.test(l) && l !== 'pass');

const bankSolutions = () => exercises.map((e) => e.solution);

/**
 * Guardrail: true when a reply holds a near-copy of a graded exercise's reference
 * solution (most of its meaningful lines), so the tutor never hands over the answer.
 */
export function leaksSolution(reply: string, solutions: string[] = bankSolutions()): boolean {
  const replyLines = new Set(meaningfulLines(reply));
  if (replyLines.size === 0) return false;
  return solutions.some((solution) => {
    const lines = meaningfulLines(solution);
    if (lines.length < 2) return false;
    const copied = lines.filter((l) => replyLines.has(l)).length;
    return copied / lines.length >= 0.6;
  });
}
