import type { ContentProblem } from './content-error.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { type QuestionEntry, QuestionFrontMatterSchema } from './question-entry.ts';

const PYTHON_BLOCK = /^```python[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

/** One entry file, validated on its own; cross-entry checks are the loader's. */
export function readEntry(
  file: string,
  text: string,
  place: { topic: string; module: string; id: string },
): { entry: QuestionEntry | null; problems: ContentProblem[]; keyLines?: Map<string, number> } {
  const parsed = parseFrontMatter(file, text);
  if (!parsed.ok) return { entry: null, problems: parsed.problems };
  const { data, body, bodyLine, keyLines } = parsed.value;
  const result = QuestionFrontMatterSchema.safeParse(data);
  if (!result.success) {
    return {
      entry: null,
      problems: result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return {
          file,
          line: keyLines.get(key) ?? 1,
          message: key ? `\`${issue.path.join('.')}\`: ${issue.message}` : issue.message,
        };
      }),
    };
  }
  const problems: ContentProblem[] = [];
  const meta = result.data;
  if (meta.id !== place.id) {
    problems.push({
      file,
      line: keyLines.get('id') ?? 1,
      message: `\`id\` is "${meta.id}" but the file is named "${place.id}.md"`,
    });
  }
  const blocks = [...body.matchAll(PYTHON_BLOCK)];
  if (blocks.length !== 1) {
    problems.push({
      file,
      line: bodyLine,
      message: `the answer needs exactly one \`\`\`python example block, found ${blocks.length}`,
    });
  }
  const block = blocks[0];
  const code = block?.[1] ?? '';
  const answer = block
    ? `${body.slice(0, block.index)}${body.slice(block.index + block[0].length)}`.trim()
    : body.trim();
  if (!/[.:!?)`]/.test(answer.split('\n\n')[0] ?? '')) {
    problems.push({
      file,
      line: bodyLine,
      message: 'the answer must start with a sentence that answers the question',
    });
  }
  if (block && code.trim() === '') {
    problems.push({
      file,
      line: bodyLine + body.slice(0, block.index).split('\n').length - 1,
      message: 'the example block is empty',
    });
  }
  if (problems.length > 0) return { entry: null, problems };
  return { entry: { ...meta, ...place, answer, code, file }, problems, keyLines };
}
