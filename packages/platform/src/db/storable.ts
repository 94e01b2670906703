/** What a NUL character becomes in storage: the visible "symbol for null". */
export const NUL_REPLACEMENT = '\u2400';
/** What a lone surrogate (half of an emoji, broken input) becomes: the replacement character. */
export const SURROGATE_REPLACEMENT = '\uFFFD';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A JSON text escaping a NUL or a surrogate half: only such texts need parsing to be checked.
const JSON_ESCAPE = /\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

/** One string that PostgreSQL and PGlite accept in `text`: NUL and lone surrogates replaced, visibly. */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', NUL_REPLACEMENT).replace(LONE_SURROGATE, SURROGATE_REPLACEMENT);
}

/**
 * Any user-derived value made safe for storage and publishing: every string in it (keys
 * included) through `storableText`. Other values are returned as they are.
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [storableText(key), storable(entry)]),
    ) as T;
  }
  return value;
}

/**
 * A query parameter made storable. A `jsonb` value arrives as JSON text, where a NUL is the
 * escape `\u0000` that PostgreSQL refuses in jsonb: such a text is parsed, cleaned and
 * written again. Plain text only has its characters replaced.
 */
export function storableParameter(value: unknown): unknown {
  if (typeof value !== 'string') return Array.isArray(value) ? value.map(storableParameter) : value;
  if (JSON_ESCAPE.test(value)) {
    try {
      return JSON.stringify(storable(JSON.parse(value)));
    } catch {
      // Not JSON: text that happens to contain a backslash sequence.
    }
  }
  return storableText(value);
}
