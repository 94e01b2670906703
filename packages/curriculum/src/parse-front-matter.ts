import type { ContentProblem } from './content-error.ts';
import { type ParsedYaml, parseYaml } from './parse-yaml.ts';

export interface FrontMatter extends ParsedYaml {
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
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
  const parsed = parseYaml(file, lines.slice(1, end).join('\n'), 2);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 } };
}
