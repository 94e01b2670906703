import { readFileSync } from 'node:fs';

const VOCABULARY = new URL('./vocab.txt', import.meta.url);
/** The longest input the encoder reads; a student's question is far shorter. */
const MAX_TOKENS = 128;
const MAX_WORD = 100;

let vocabulary: Map<string, number> | undefined;

/** BERT's uncased vocabulary (`vocab.txt`, one word piece per line, its id the line number). */
function pieces(): Map<string, number> {
  vocabulary ??= new Map(
    readFileSync(VOCABULARY, 'utf8')
      .split('\n')
      .map((piece, id) => [piece, id]),
  );
  return vocabulary;
}

const id = (piece: string) => pieces().get(piece) as number;

/** BERT's punctuation: every ASCII character that is not a letter, digit or space, and Unicode's punctuation marks. */
const PUNCTUATION = String.raw`[!-/:-@\[-\x60{-~]|\p{P}`;
const WORDS = new RegExp(`${PUNCTUATION}|(?:(?!${PUNCTUATION})\\S)+`, 'gu');

/** Lower-cased, accents stripped, split on white space and around every punctuation mark (BERT's basic tokenizer). */
export function basicWords(text: string): string[] {
  const plain = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
  return plain.match(WORDS) ?? [];
}

/** A word as the longest word pieces of the vocabulary, left to right (`reversing` -> `rev ##ers ##ing`); `[UNK]` when it cannot be. */
export function wordPieces(word: string): string[] {
  if (word.length > MAX_WORD) return ['[UNK]'];
  const found: string[] = [];
  let start = 0;
  while (start < word.length) {
    let end = word.length;
    let piece: string | null = null;
    while (start < end) {
      const candidate = (start > 0 ? '##' : '') + word.slice(start, end);
      if (pieces().has(candidate)) {
        piece = candidate;
        break;
      }
      end--;
    }
    if (piece === null) return ['[UNK]'];
    found.push(piece);
    start = end;
  }
  return found;
}

/**
 * A text as the token ids the MiniLM sentence encoder reads: `[CLS]`, the word pieces of its words (BERT's
 * uncased WordPiece), `[SEP]`, at most 128 in all.
 */
export function tokenIds(text: string): number[] {
  const body = basicWords(text)
    .flatMap(wordPieces)
    .slice(0, MAX_TOKENS - 2);
  return [id('[CLS]'), ...body.map(id), id('[SEP]')];
}
