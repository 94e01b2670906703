import type { OfferedChoice } from '@learnflow/contracts';

const ORDINALS: Record<string, number> = {
  '1': 0,
  one: 0,
  first: 0,
  '1st': 0,
  '2': 1,
  two: 1,
  second: 1,
  '2nd': 1,
  '3': 2,
  three: 2,
  third: 2,
  '3rd': 2,
};
// Words around a pick that say nothing more: "the second one please", "option 2", "number 3!".
const FILLER = new Set([
  'the',
  'one',
  'option',
  'number',
  'no',
  'choice',
  'please',
  'pls',
  'i',
  'mean',
  'meant',
  'want',
  'it',
  'is',
  'that',
  'thanks',
  'ok',
  'okay',
]);

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The choice a student's reply picks after the tutor asked which entry was meant: by its number or
 * ordinal ("2", "the second one", "option 3", "last"), or by its title or a run of its title's words
 * ("random.seed", "the randint one"). Null when the reply is a new question.
 */
export function choiceNamed(reply: string, choices: readonly OfferedChoice[]): OfferedChoice | null {
  const said = words(reply);
  if (said.length === 0 || said.length > 8 || choices.length === 0) return null;
  const meaningful = said.filter((word) => !FILLER.has(word));
  if (meaningful.length === 1) {
    const [word] = meaningful as [string];
    if (word === 'last') return choices.at(-1) ?? null;
    const index = ORDINALS[word];
    if (index !== undefined) return choices[index] ?? null;
  }
  if (meaningful.length === 0) return null;
  const asked = ` ${meaningful.join(' ')} `;
  const named = choices.filter((choice) => ` ${words(choice.title).join(' ')} `.includes(asked));
  return named.length === 1 ? (named[0] as OfferedChoice) : null;
}
