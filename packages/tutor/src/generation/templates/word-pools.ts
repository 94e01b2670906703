/** Word pools the templates draw names and values from (lower-case, ASCII, no quotes). */
export const FRUITS = [
  'apple',
  'banana',
  'cherry',
  'mango',
  'kiwi',
  'grape',
  'peach',
  'lemon',
  'plum',
  'melon',
];
export const COLOURS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'teal'];
export const PETS = ['cat', 'dog', 'rabbit', 'hamster', 'parrot', 'turtle', 'goldfish'];
export const PEOPLE = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Ema',
  'Femi',
  'Gus',
  'Hana',
  'Ivo',
  'Jia',
  'Kofi',
  'Lea',
];
export const CITIES = ['Lagos', 'Lima', 'Oslo', 'Pune', 'Quito', 'Rome', 'Seoul', 'Tunis', 'Vienna'];
export const WORDS = [
  'python',
  'garden',
  'rocket',
  'pencil',
  'window',
  'planet',
  'coffee',
  'bridge',
  'jungle',
  'silver',
  'marble',
  'castle',
];

/** `n` integers in [min, max]. */
export const numbers = (
  rng: { int(min: number, max: number): number },
  n: number,
  min: number,
  max: number,
) => Array.from({ length: n }, () => rng.int(min, max));
