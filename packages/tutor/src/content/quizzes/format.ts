/** A question prompt followed by the Python code it asks about, as a Markdown code block. */
export const withCode = (intro: string, code: string): string =>
  `${intro}\n\n\`\`\`python\n${code.trim()}\n\`\`\``;
