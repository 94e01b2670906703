/** Asked when the tutor cannot read the message's language. */
export const IN_ENGLISH =
  "I can only read English so far. Could you ask again in English? For example: 'what is a list?', or paste your code and I'll look at it.";

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Common words of Spanish, French, German, Portuguese and Italian that are not also English words (nor Python's).
const FOREIGN = new Set(
  (
    'cómo como qué que hago hacer una uno unos los las por para con bucle cadena función funcion está esta es ' +
    'pero porque dónde cuál puedo quiero tengo mi mis qu quoi pourquoi faire une des les est je avec dans sur ' +
    'boucle liste chaîne fonction ich eine einen ein der das ist und nicht mit funktioniert schleife warum kann ' +
    'mein meine faço não você laço é il della per perché ciclo funzione è faccio'
  ).split(' '),
);
const ACCENTED = /[¿¡ñçãõßäöüàèìòùâêîôû]/i;

/** A message whose letters are mostly of another script (Chinese, Cyrillic, Arabic...). */
const notLatinScript = (message: string) => {
  const letters = message.match(LETTER)?.length ?? 0;
  return letters > 0 && (message.match(LATIN)?.length ?? 0) < letters / 2;
};

/** The message is in a language other than English ("¿cómo hago un bucle for?", "wie funktioniert eine Liste"). */
export function notEnglish(message: string): boolean {
  if (notLatinScript(message)) return true;
  const words = message.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const foreign = words.filter((word) => FOREIGN.has(word)).length;
  return (foreign >= 2 && foreign >= words.length * 0.3) || (foreign >= 1 && ACCENTED.test(message));
}
