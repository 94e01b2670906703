/** A block of Markdown: the subset lessons, tutor answers and error explanations use. */
export type Block =
  | { type: 'code'; lang: string; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'hr' }
  | { type: 'paragraph'; text: string };

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^ {0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;

/** Splits Markdown into blocks. Never produces HTML: raw HTML in the source stays text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trimStart().startsWith(marker))
        body.push(lines[i++] as string);
      i++;
      blocks.push({ type: 'code', lang: (fence[2] ?? '').toLowerCase(), text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: (heading[1] as string).length, text: heading[2] as string });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'hr' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] as string))
        body.push(QUOTE.exec(lines[i++] as string)?.[1] ?? '');
      blocks.push({ type: 'quote', blocks: parseMarkdown(body.join('\n')) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = !bullet;
      const items: string[] = [];
      const itemPattern = ordered ? NUMBERED : BULLET;
      while (i < lines.length) {
        const current = lines[i] as string;
        const item = itemPattern.exec(current);
        if (item) {
          items.push((ordered ? item[2] : item[1]) as string);
        } else if (current.trim() !== '' && /^\s{2,}/.test(current) && items.length > 0) {
          items[items.length - 1] += ` ${current.trim()}`;
        } else break;
        i++;
      }
      blocks.push({ type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length) {
      const current = lines[i] as string;
      if (
        current.trim() === '' ||
        FENCE.test(current) ||
        HEADING.test(current) ||
        QUOTE.test(current) ||
        BULLET.test(current) ||
        (NUMBERED.test(current) && paragraph.length === 0)
      )
        break;
      paragraph.push(current.trim());
      i++;
    }
    if (paragraph.length === 0) {
      paragraph.push(line.trim());
      i++;
    }
    blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
  }
  return blocks;
}

/** Inline Markdown: `code`, **strong**, *em* / _em_, [links](https://...) and backslash escapes. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && /[\\`*_[\]()#+\-.!>{}]/.test(source[i + 1] as string)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(source.slice(i))?.[0] ?? '`';
      const end = source.indexOf(run, i + run.length);
      if (end !== -1) {
        flush();
        const code = source.slice(i + run.length, end);
        out.push({
          type: 'code',
          text: code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code,
        });
        i = end + run.length;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && source[i + 1] === ch) {
      const end = source.indexOf(ch + ch, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && source[i + 1] !== ' ' && source[i + 1] !== undefined) {
      const before = i === 0 ? ' ' : (source[i - 1] as string);
      if (ch === '*' || !/\w/.test(before)) {
        const end = findEmphasisEnd(source, i + 1, ch);
        if (end !== -1) {
          flush();
          out.push({ type: 'em', children: parseInline(source.slice(i + 1, end)) });
          i = end + 1;
          continue;
        }
      }
    }
    if (ch === '[') {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(source.slice(i));
      if (link && isSafeHref(link[2] as string)) {
        flush();
        out.push({
          type: 'link',
          href: appHref(link[2] as string),
          children: parseInline(link[1] as string),
        });
        i += link[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

function findEmphasisEnd(source: string, from: number, marker: string): number {
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] === '`') {
      const close = source.indexOf('`', j + 1);
      if (close === -1) return -1;
      j = close;
      continue;
    }
    if (source[j] === marker && source[j - 1] !== ' ' && source[j + 1] !== marker) {
      if (marker === '_' && /\w/.test(source[j + 1] ?? '')) continue;
      return j;
    }
  }
  return -1;
}

/** The tutor links lessons and exercises by their API paths (`/topics/x`); the app shows them under `/learn`. */
export const appHref = (href: string): string => href.replace(/^\/(topics|exercises)\//, '/learn/$1/');

/** Only web links and in-app paths: never `javascript:` or `data:`. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href);
}
