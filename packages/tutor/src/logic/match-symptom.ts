import type { LogicKind } from './types.ts';

export type Symptom =
  | 'returns-none'
  | 'never-stops'
  | 'does-nothing'
  | 'wrong-output'
  | 'wrong-answer'
  | 'misbehaves';

// Most specific first: the first symptom that matches is the one the student names.
const patterns: [Symptom, RegExp][] = [
  ['returns-none', /\bnone\b|returns? nothing|no (?:return )?value|doesn'?t return|not returning/],
  [
    'never-stops',
    /infinite|forever|\bhangs?\b|hanging|never (?:stops|ends|finishes)|does(?:n'?t| not) (?:stop|end|finish)|keeps (?:running|going|printing|looping)|freez|stuck in (?:a|the) loop/,
  ],
  [
    'does-nothing',
    /prints? nothing|never (?:prints?|says|shows?|finds?|matches) |nothing (?:happens|prints|is printed|shows|comes out)|(?:does(?:n'?t| not)|never|won'?t) (?:print|show|output|do)s? anything|no output|(?:loop|it) (?:does(?:n'?t| not)|never|won'?t) (?:run|start|execute|go)|skips? (?:the|my) (?:loop|while|for)/,
  ],
  [
    'wrong-output',
    /prints? (?:the )?wrong|wrong output|prints? .*instead|unexpected output|weird output|built-in method|bound method|function \w+ at 0x|only (?:prints?|shows?|outputs?|displays?) (?:the )?(?:last|final|one)|prints? only (?:the )?(?:last|final|one)|just (?:prints?|shows?) (?:the )?(?:last|final)|(?:prints?|shows?|outputs?) (?:the )?same (?:thing|line|list|value|word|number)|(?:prints?|shows?) the whole (?:list|thing|string|dict)/,
  ],
  [
    'wrong-answer',
    /wrong (?:answer|result|number|value|total|sum|average)|\bstays? (?:at )?(?:0|zero|the same|empty)|stuck (?:at|on) \d|comes? out (?:as|at) |is always (?:zero|\d|the same|empty|true|false)|incorrect|not (?:the )?(?:right|correct)|off by one|one (?:short|too few|less)|missing the last|skips?\b|not what i expected|expected .+ (?:but )?got|should (?:be|print|return)|only (?:has|have|holds?|contains?|keeps?|gets?) (?:one|1|a single|the last)|has only (?:one|1|the last)|(?:all|every) (?:my |the )?(?:rows|lists|items) (?:are |change|get |look )|changes? (?:the|my) original|original (?:list|dict\w*|variable|one) (?:changes|changed|also)|\bnot \d+$|instead of \d+|why (?:is|does|do i get) (?:it|this|that|the (?:result|answer|output)|my \w+)(?: say| print| show| give| return| always)? (?:true|false|0|zero|-?\d+(?:\.\d+)?|empty)\b/,
  ],
  [
    'misbehaves',
    /does(?:n'?t| not) work|not working|broken|\bbug|wrong|weird|strange|unexpected|why does|what'?s wrong/,
  ],
];

// The mistakes that can cause each symptom, most likely first.
const causes: Record<Symptom, LogicKind[]> = {
  'returns-none': ['print-instead-of-return', 'no-return', 'method-not-called'],
  'never-stops': ['while-never-ends', 'modify-while-iterating'],
  'does-nothing': [
    'case-mismatch',
    'loop-never-runs',
    'result-discarded',
    'no-return',
    'unreachable-code',
    'input-compared-to-number',
  ],
  'wrong-output': [
    'collection-not-item',
    'shared-rows',
    'print-after-loop',
    'result-discarded',
    'overwritten-total',
    'reset-in-loop',
    'extreme-start-value',
    'method-not-called',
    'print-instead-of-return',
    'input-not-converted',
    'input-compared-to-number',
    'operator-precedence',
    'unreachable-code',
    'compare-as-statement',
    'loop-never-runs',
  ],
  'wrong-answer': [
    'overwritten-total',
    'case-mismatch',
    'collection-not-item',
    'shared-rows',
    'reset-in-loop',
    'extreme-start-value',
    'result-discarded',
    'range-off-by-one',
    'return-in-loop',
    'input-not-converted',
    'input-compared-to-number',
    'operator-precedence',
    'floor-division',
    'int-of-division',
    'compare-as-statement',
    'or-always-true',
    'walrus-in-condition',
    'is-literal',
    'modify-while-iterating',
    'mutable-default',
    'unreachable-code',
    'loop-never-runs',
    'print-after-loop',
  ],
  misbehaves: [],
};

/** The misbehaviour the student's message names, or null when it names none. */
export function matchSymptom(message: string): Symptom | null {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  return patterns.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** Where a mistake ranks for a symptom: 0 for the likeliest cause, higher for less likely, null when unrelated. */
export function symptomRank(symptom: Symptom | null, kind: LogicKind): number | null {
  if (symptom === null) return null;
  const index = causes[symptom].indexOf(kind);
  return index === -1 ? null : index;
}
