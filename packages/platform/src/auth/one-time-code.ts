import { createHash, randomBytes } from 'node:crypto';

/** A secret handed out once (invite, reset code, refresh token, WebSocket ticket) and only its hash kept. */
export const newCode = (bytes = 24) => randomBytes(bytes).toString('base64url');

/** What the database keeps of a code: a leaked table grants nothing. */
export const hashCode = (code: string) => createHash('sha256').update(code.trim()).digest('base64url');
