import { type Lesson, LessonSchema } from '@learnflow/contracts';
import type { ContentProblem } from './content-error.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { zodProblems } from './zod-problems.ts';

/** The front matter of `lesson.md`: what is not prose. */
export const LessonFrontMatterSchema = LessonSchema.pick({
  summary: true,
  keyTerms: true,
  commonMistakes: true,
}).strict();

const EXAMPLES_HEADING = '## Examples';
const FENCE = /^```(\w*)[ \t]*$/;

interface Block {
  lang: string;
  text: string;
  line: number;
}

/** Splits one example's lines into its fenced blocks and the prose around them. */
function splitBlocks(lines: string[], firstLine: number): { blocks: Block[]; prose: string[] } {
  const blocks: Block[] = [];
  const prose: string[] = [];
  let open: { lang: string; line: number; lines: string[] } | null = null;
  lines.forEach((line, i) => {
    const fence = FENCE.exec(line);
    if (open && fence && fence[1] === '') {
      blocks.push({ lang: open.lang, text: `${open.lines.join('\n')}\n`, line: open.line });
      open = null;
    } else if (open) open.lines.push(line);
    else if (fence) open = { lang: fence[1] ?? '', line: firstLine + i, lines: [] };
    else prose.push(line);
  });
  return { blocks, prose };
}

/**
 * One topic's `lesson.md`, validated with the contracts' LessonSchema: front matter (`summary`,
 * `commonMistakes`, `keyTerms`), the explanation, then `## Examples` with one `### title` per example
 * holding a ```python block, an ```output block and the example's explanation.
 */
export function readLesson(
  file: string,
  text: string,
): { lesson: Lesson | null; problems: ContentProblem[] } {
  const parsed = parseFrontMatter(file, text);
  if (!parsed.ok) return { lesson: null, problems: parsed.problems };
  const { data, body, bodyLine, lineAt } = parsed.value;
  const problems: ContentProblem[] = [];
  const meta = LessonFrontMatterSchema.safeParse(data);
  if (!meta.success) problems.push(...zodProblems(file, meta.error, lineAt));

  const lines = body.split('\n');
  const split = lines.indexOf(EXAMPLES_HEADING);
  if (split < 0) {
    problems.push({ file, line: bodyLine, message: `the lesson needs a \`${EXAMPLES_HEADING}\` heading` });
    return { lesson: null, problems };
  }
  const explanation = lines.slice(0, split).join('\n').trim();
  if (explanation === '') problems.push({ file, line: bodyLine, message: 'the explanation is empty' });

  const examples: Lesson['examples'] = [];
  const exampleLines: number[] = [];
  let inFence = false;
  for (let i = split + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('### ')) exampleLines.push(i);
    else if (!inFence && exampleLines.length === 0 && line.trim() !== '') {
      problems.push({ file, line: bodyLine + i, message: 'each example starts with a `### title` line' });
      break;
    }
  }
  exampleLines.forEach((start, n) => {
    const end = exampleLines[n + 1] ?? lines.length;
    const at = bodyLine + start;
    const { blocks, prose } = splitBlocks(lines.slice(start + 1, end), at + 1);
    const code = blocks.find((b) => b.lang === 'python');
    const output = blocks.find((b) => b.lang === 'output');
    if (blocks.length !== 2 || !code || !output || blocks.indexOf(code) > blocks.indexOf(output)) {
      problems.push({
        file,
        line: at,
        message:
          'an example needs a ```python block, then an ```output block with what it prints, and nothing else fenced',
      });
      return;
    }
    examples.push({
      title: (lines[start] ?? '').slice(4).trim(),
      code: code.text,
      expectedOutput: output.text,
      explanation: prose.join('\n').trim(),
    });
  });
  if (!meta.success || problems.length > 0) return { lesson: null, problems };

  const result = LessonSchema.safeParse({ ...meta.data, explanation, examples });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [key, index] = issue.path;
      const line =
        key === 'examples' && typeof index === 'number'
          ? bodyLine + (exampleLines[index] ?? split)
          : key === 'examples'
            ? bodyLine + split
            : bodyLine;
      problems.push({ file, line, message: `\`${issue.path.join('.')}\`: ${issue.message}` });
    }
    return { lesson: null, problems };
  }
  return { lesson: result.data, problems };
}
