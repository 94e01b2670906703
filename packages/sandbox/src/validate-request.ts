import { SandboxError } from './errors.ts';
import type { RunRequest } from './types.ts';

const fileName = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
const maxFiles = 32;

/** Rejects what cannot be run as asked: odd file names (no paths: the temp dir is flat), oversized input. */
export function validateRequest(request: RunRequest, tmpSizeBytes: number) {
  const invalid = (message: string) => new SandboxError('SANDBOX_INVALID_REQUEST', message);
  if (typeof request?.code !== 'string') throw invalid('`code` must be a string of Python source.');
  if (request.stdin !== undefined && typeof request.stdin !== 'string')
    throw invalid('`stdin` must be a string.');
  const files = request.files ?? {};
  const names = Object.keys(files);
  if (names.length > maxFiles)
    throw invalid(`At most ${maxFiles} extra files can be sent; got ${names.length}.`);
  const studentFile = request.entry ? 'student.py' : 'main.py';
  for (const name of names) {
    if (!fileName.test(name) || name === '.' || name === '..') {
      throw invalid(
        `File name "${name}" is not allowed: use letters, digits, "_", "-" and "." only, no paths.`,
      );
    }
    if (name === studentFile) throw invalid(`"${name}" is reserved for the student's code.`);
    if (typeof files[name] !== 'string') throw invalid(`File "${name}" must have string content.`);
  }
  if (request.entry !== undefined && !(request.entry in files && request.entry.endsWith('.py'))) {
    throw invalid(`entry "${request.entry}" must name a .py file of \`files\`.`);
  }
  const size = [request.code, request.stdin ?? '', ...Object.values(files)].reduce(
    (total, text) => total + Buffer.byteLength(text),
    0,
  );
  if (size > tmpSizeBytes / 2) {
    throw invalid(`The code, stdin and files add up to ${size} bytes; the limit is ${tmpSizeBytes / 2}.`);
  }
}
