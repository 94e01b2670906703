import { isUtf8 } from 'node:buffer';
import { appError } from '../errors.ts';

/** Keys that would reach an object's prototype if a body were ever merged into another object. */
const refuseProtoKeys = (key: string, value: unknown) => {
  if (
    key === '__proto__' ||
    (key === 'constructor' && value && typeof value === 'object' && 'prototype' in value)
  )
    throw appError(
      'FORBIDDEN_JSON_KEY',
      `The body has a "${key === '__proto__' ? '__proto__' : 'constructor.prototype'}" key, which is refused (prototype pollution): rename or remove it.`,
    );
  return value;
};

/**
 * Every JSON body: bytes that are not UTF-8 are refused (never stored with replacement
 * characters), and so are `__proto__` / `constructor.prototype` keys, each with its own code.
 */
export function parseJsonBody(body: Buffer): unknown {
  if (!isUtf8(body))
    throw appError('INVALID_UTF8', 'The body is not valid UTF-8: send JSON encoded as UTF-8.');
  const text = body.toString('utf8');
  if (text.trim() === '')
    throw appError('MALFORMED_JSON', 'The body is empty: send a JSON object, or no Content-Type header.');
  try {
    return JSON.parse(text, refuseProtoKeys);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw appError('MALFORMED_JSON', `The body is not valid JSON: ${error.message}`);
    throw error;
  }
}
