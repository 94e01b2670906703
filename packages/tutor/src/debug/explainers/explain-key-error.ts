import { closestMatch } from '../python/similarity.ts';
import { escapeRegex } from '../source/escape-regex.ts';
import { findSubscripts } from '../source/expression-parts.ts';
import { findDefinitions } from '../source/find-definitions.ts';
import { guessType } from '../source/guess-type.ts';
import { literalItems } from '../source/literal-items.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, lineRef, onLine } from './wording.ts';

const why =
  'A dictionary stores values under keys, like words in a real dictionary. Reading `d[key]` only works if that exact key was stored; capitals, spaces and the difference between `1` and `"1"` all matter.';
const unquote = (text: string) => (/^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text);

/** KeyError: the missing key, the keys that exist, a near miss, text vs number keys, counting without a start. */
export function explainKeyError(context: ErrorContext): Explained {
  const { line } = context;
  const where = onLine(line);
  const keyRepr = context.message.trim() || '?';
  const key = unquote(keyRepr);
  const source = context.source?.trim() ?? '';
  const definitions = findDefinitions(context.lines);
  const at = line ?? Number.MAX_SAFE_INTEGER;
  const subs = findSubscripts(source);
  const sub =
    subs.find((s) => s.index === keyRepr || unquote(s.index) === key) ??
    subs.find((s) => guessType(s.target, definitions, at)?.type === 'dict') ??
    subs[0];
  const target = sub?.target ?? '';
  const contents = target ? literalItems(target, definitions, context.lines, at) : null;
  const keys = contents?.kind === 'dict' ? contents.items : [];
  const shownKeys = keys.map((k) => code(k)).join(', ');
  const details: Record<string, string | number> = { key: keyRepr, target };
  if (keys.length > 0) details.keys = keys.join(', ');
  const keyCode = code(keyRepr);
  const dict = target ? code(target) : 'the dictionary';

  if (target && new RegExp(`${escapeRegex(target)}\\s*\\[[^\\]]+\\]\\s*(?:\\+|-|\\*)=`).test(source)) {
    const index = sub?.index ?? 'key';
    return {
      cause: 'key.increment-missing',
      title: `${keyCode} has no count yet, so \`+=\` has nothing to add to`,
      what: `${capital(where)}, you add to ${code(`${target}[${index}]`)}, but the first time a key shows up (here ${keyCode}) it isn't in ${dict} yet.`,
      why: `${why} \`+=\` first reads the old value, and a new key has none.`,
      hints: [
        `What is in ${dict} the first time ${lineRef(line)} sees ${keyCode}?`,
        `${keyCode} is not a key of ${dict} yet, so there is no old count to add 1 to.`,
        `Start from 0 when the key is new: ${code(`${target}[${index}] = ${target}.get(${index}, 0) + 1`)}.`,
      ],
      details,
    };
  }
  const plainKeys = keys.map(unquote);
  const isTextKey = /^['"]/.test(keyRepr);
  const otherKind = plainKeys.find((k, i) => k === key && /^['"]/.test(keys[i] ?? '') !== isTextKey);
  if (otherKind !== undefined) {
    return {
      cause: 'key.type-mismatch',
      title: `The key ${keyCode} is ${isTextKey ? 'text' : 'a number'}, but ${dict} uses ${isTextKey ? 'numbers' : 'text'}`,
      what: `${capital(where)}, you look up ${keyCode} in ${dict}, whose keys are ${shownKeys}. ${isTextKey ? `${keyCode} is text, while the key ${code(key)} is a number` : `${keyCode} is a number, while the key ${code(`"${key}"`)} is text`}.`,
      why,
      hints: [
        `Compare the key ${keyCode} with the keys of ${dict}: same kind of value?`,
        isTextKey
          ? 'Your key is text (maybe from `input()`), but the keys are numbers.'
          : 'Your key is a number, but the keys are text.',
        isTextKey
          ? `Convert it first: ${code(`${target || 'd'}[int(${sub?.index ?? 'key'})]`)}.`
          : `Convert it first: ${code(`${target || 'd'}[str(${sub?.index ?? 'key'})]`)}.`,
      ],
      details,
    };
  }
  const near = closestMatch(key, plainKeys);
  if (near !== null) {
    const nearRepr = keys[plainKeys.indexOf(near)] ?? near;
    return {
      cause: 'key.misspelt',
      title: `${dict} has no key ${keyCode} — did you mean ${code(nearRepr)}?`,
      what: `${capital(where)}, you look up ${keyCode} in ${dict}. Its keys are ${shownKeys}; ${code(nearRepr)} is very close to what you wrote.`,
      why,
      hints: [
        `Compare ${keyCode} ${where} with the keys of ${dict} (line ${contents?.line}).`,
        `${keyCode} and ${code(nearRepr)} are different keys: check capitals and spelling.`,
        `Use the key exactly as stored: ${code(`${target}[${nearRepr}]`)}.`,
      ],
      details: { ...details, suggestion: nearRepr },
    };
  }
  return {
    cause: 'key.missing',
    title: `${dict} has no key ${keyCode}`,
    what: `${capital(where)}, you look up ${keyCode} in ${dict}, but that key was never stored.${keys.length > 0 ? ` The keys it has are ${shownKeys}.` : ''}`,
    why,
    hints: [
      `Check which keys ${dict} really has when ${lineRef(line)} runs (try ${code(`print(${target || 'd'}.keys())`)} just before it).`,
      `${keyCode} is not one of them${keys.length > 0 ? `: only ${shownKeys}` : ''}.`,
      `Add the key first, or read it safely: ${code(`${target || 'd'}.get(${sub?.index ?? keyRepr}, default)`)} gives \`default\` when the key is missing, and ${code(`if ${sub?.index ?? keyRepr} in ${target || 'd'}:`)} checks first.`,
    ],
    details,
  };
}
