const FENCE = /```[ \t]*(?:python|py|python3)?[ \t]*\r?\n([\s\S]*?)```/i;

/** The code of a routed request: its code field, else a fenced block pasted in the message. */
export function codeFromRequest(request: { code: string | null; message: string }): string | null {
  if (request.code !== null && request.code.trim() !== '') return request.code;
  const fenced = FENCE.exec(request.message)?.[1];
  return fenced !== undefined && fenced.trim() !== '' ? fenced : null;
}
