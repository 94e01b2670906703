import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read aloud or copied from a board by a student.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A code a person can copy: `groups` groups of 4 characters joined by `-` (e.g. `K7QM-2XHP`). */
export const readableCode = (groups: number) =>
  Array.from(
    { length: groups * 4 },
    (_, i) => (i > 0 && i % 4 === 0 ? '-' : '') + ALPHABET[randomInt(ALPHABET.length)],
  ).join('');
