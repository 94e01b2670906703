/** What verification needs of the sandbox: one run of one program. */
export interface CodeRunner {
  run(request: { code: string; stdin?: string }): Promise<{
    stdout: string;
    timedOut: boolean;
    error?: { type: string; message: string } | null;
  }>;
}

export interface VerifiedReply {
  text: string;
  /** Code blocks whose stated output was replaced by the real one. */
  corrected: number;
  /** Code blocks that raise an error or time out when run. */
  failing: number;
}

/** A ```python block, then optionally a lead-in line ("Output:", "It prints:") and a plain or text block. */
const BLOCK =
  /```(?:python|py)[ \t]*\n([\s\S]*?)```(\n+(?:[^\n`]*(?:output|prints?|result)[^\n`]*:?[ \t]*\n+)?```(?:text|console|output)?[ \t]*\n([\s\S]*?)```)?/gi;

const cache = new Map<string, Awaited<ReturnType<CodeRunner['run']>>>();

const fence = (text: string) => `\`\`\`text\n${text.trimEnd()}\n\`\`\``;

/**
 * Runs every Python block of a tutor reply in the sandbox before it is sent: a stated output
 * that differs from the real one is replaced (with a note), a block that fails says so, and a
 * block without a stated output gains its real one. Code that reads input() is left alone.
 */
export async function verifyReplyCode(text: string, sandbox: CodeRunner): Promise<VerifiedReply> {
  const blocks = [...text.matchAll(BLOCK)];
  let corrected = 0;
  let failing = 0;
  const replacements = await Promise.all(
    blocks.map(async (match) => {
      const [whole, code = '', statedPart, stated] = match;
      if (/\binput\s*\(/.test(code) || code.trim() === '') return whole;
      let result = cache.get(code);
      if (!result) {
        result = await sandbox.run({ code });
        cache.set(code, result);
      }
      const head = `\`\`\`python\n${code}\`\`\``;
      if (result.error || result.timedOut) {
        failing++;
        const why = result.timedOut
          ? 'does not finish in time'
          : `raises \`${result.error?.type}: ${result.error?.message}\``;
        return `${head}\n\n**Note:** run as it is, this code ${why}${result.stdout ? `, after printing:\n\n${fence(result.stdout)}` : '.'}`;
      }
      if (statedPart !== undefined) {
        if ((stated ?? '').trimEnd() === result.stdout.trimEnd()) return whole;
        corrected++;
        return `${head}\n\nIt prints (run in the sandbox; the output first shown here was wrong):\n\n${fence(result.stdout)}`;
      }
      return result.stdout ? `${head}\n\nIt prints:\n\n${fence(result.stdout)}` : whole;
    }),
  );
  let out = '';
  let last = 0;
  blocks.forEach((match, i) => {
    out += text.slice(last, match.index) + replacements[i];
    last = (match.index ?? 0) + match[0].length;
  });
  return { text: out + text.slice(last), corrected, failing };
}
