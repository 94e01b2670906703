/**
 * Python symbols a question can hinge on, as searchable terms: `==` and `is`, `[::-1]`, `*args`,
 * `**kwargs`, `//`, `%`, `+=`, `:=`, f-strings, dunders. Words are handled by `entryTerms`.
 */
const SYMBOLS: [RegExp, string[]][] = [
  [/\[\s*::\s*-\s*1\s*\]/, ['reverse', 'slice']],
  [/\[[^\]\n]*:[^\]\n]*\]/, ['slice']],
  [/==/, ['sym_eq', 'equal']],
  [
    /\b(make|use|support|overload|overloading|for|with)\s+\+(?!\+)|(?<![+\w])\+\s+(operator|work|works|with|on|for)\b|\(\+,/i,
    ['sym_plus'],
  ],
  [/!=/, ['sym_ne']],
  [/>=|<=|(^|[\s`'"])[<>](?=$|[\s`'"])/, ['sym_compare']],
  [
    /\bany\s*(\(\s*\))?\s*(and|or|vs|versus|,|&)\s*all\b|\ball\s*(\(\s*\))?\s*(and|or|vs|versus|,|&)\s*any\b/i,
    ['any', 'all'],
  ],
  [/:=|\bcolon[\s-]+equals?\b/i, ['sym_walrus', 'walrus']],
  [/\bfor\s+\w+\s*,\s*\w+\s+in\b/, ['sym_for_unpack']],
  [/\[\s*-\s*\d+\s*\]/, ['sym_negative_index']],
  [/\b(?!c\+)\w+\+\+/i, ['sym_increment']],
  [/\/\//, ['sym_floordiv']],
  [/(^|[^*\w])\*\*[a-z_]/i, ['kwarg']],
  [/(^|[\s(,'"`])\*\*(?=$|[\s)'"`,])/, ['sym_doublestar']],
  [/(^|[\s(,'"`])\*(?=$|[\s)'"`,])/, ['sym_star']],
  [/(^|[\s(,'"`])_(?=$|[\s)'"`,])/, ['sym_underscore']],
  [/__init__\.py/, ['initpy']],
  [/[\w)\]]\s*\*\*\s*[\d(]|[\w)\]]\*\*[\w(]/, ['power']],
  [/(^|[\s(,])\*[a-z_]/i, ['arg', 'unpack']],
  [/[+\-*/]=/, ['sym_augassign']],
  [/\s%\s|%\s*\d|\bmod\b/, ['modulo']],
  [/[\w)]\s*&\s*[\w(]|(^|\s)&(\s|$)/, ['sym_amp']],
  [/\bf["']|\bf-?strings?\b/i, ['fstring']],
  [/__\w+__/, ['dunder']],
  [/\{\s*[\w.]+\s*=\s*[}!:]/, ['fstring_debug']],
  [/\[\s*[\w.()]+\s+for\s+\w+\s+in\b/, ['comprehension']],
  [
    /`is`|'is'|"is"|==\s*(and|vs|or|versus)\s*is\b|\bis\s*(and|vs|or|versus)\s*==|\bis\s+not\b|\bis\s+(operator|keyword)\b/i,
    ['sym_is', 'identity'],
  ],
  [/\\n|\bnewlines?\b|\bnew lines?\b/i, ['newline']],
];

/** The symbol terms found in `text`. */
export function pythonTerms(text: string): string[] {
  return SYMBOLS.flatMap(([pattern, terms]) => (pattern.test(text) ? terms : []));
}
