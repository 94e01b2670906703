import { type AdviceCatalog, inline, snippet } from './rule-advice.ts';

const severalStatements = {
  severity: 'info',
  explanation:
    'Two statements share one line. Python allows it, but one statement per line is much easier to read and to step through when something goes wrong.',
  suggestion: `Put each statement, and each block body, on its own line:${snippet('if ready:\n    start()')}`,
} as const;

/** pycodestyle (`E`, `W`): comparisons, `except`, names and layout that hurt reading. */
export const PYCODESTYLE: AdviceCatalog = {
  E401: {
    severity: 'info',
    explanation:
      'Several modules are imported on one line. One import per line is easier to scan and to change.',
    suggestion: `Import each module on its own line:${snippet('import os\nimport sys')}`,
  },
  E402: {
    severity: 'info',
    explanation:
      'This import is not at the top of the file. Imports at the top show at a glance what your program depends on.',
    suggestion: 'Move all `import` lines to the top of the file.',
  },
  E501: {
    severity: 'info',
    explanation: 'This line is over 100 characters long, so it is hard to read without scrolling sideways.',
    suggestion: `Split it: name a part of it with a variable, or break it inside brackets:${snippet('total = (\n    price * quantity\n    + shipping\n)')}`,
  },
  E701: severalStatements,
  E702: severalStatements,
  E703: {
    severity: 'info',
    explanation: 'The line ends with a `;`. Python does not need semicolons at the end of lines.',
    suggestion: 'Delete the trailing `;`.',
  },
  E711: {
    severity: 'warning',
    explanation:
      '`== None` asks whether the value is *equal* to `None`, and a class can define equality however it likes. `None` is a single, unique object, so Python style is to ask whether it *is* that object.',
    suggestion: `Use \`is None\` / \`is not None\`:${snippet('if result is None:\n    print("nothing found")')}`,
  },
  E712: {
    severity: 'warning',
    explanation:
      '`== True` / `== False` is a roundabout way to test a condition: `if done == True:` says the same as `if done:`, and it can be wrong for values like `1` or a non-empty list.',
    suggestion: 'Test the value directly: `if done:` and `if not done:`.',
  },
  E713: {
    severity: 'info',
    explanation:
      '`not x in items` reads as "(not x) in items". Python has an operator made for this: `not in`.',
    suggestion: 'Write `if x not in items:`.',
  },
  E714: {
    severity: 'info',
    explanation: '`not x is None` is harder to read than the operator made for it: `is not`.',
    suggestion: 'Write `if x is not None:`.',
  },
  E721: {
    severity: 'warning',
    explanation:
      '`type(x) == int` only matches exactly `int`, not types built on it (like `bool`, or your own subclasses), and it is not how Python code usually checks types.',
    suggestion: `Use \`isinstance\`, which also accepts several types:${snippet('if isinstance(value, (int, float)):\n    ...')}`,
  },
  E722: {
    severity: 'warning',
    explanation:
      'A bare `except:` catches *every* error, including typos in your own code (`NameError`) and even Ctrl+C. Real bugs get hidden and the program carries on in a broken state.',
    suggestion: `Catch only the error you expect:${snippet('try:\n    age = int(text)\nexcept ValueError:\n    print("Please type a number")')}`,
  },
  E731: {
    severity: 'info',
    explanation:
      'A `lambda` stored in a variable is a function without a proper name: error messages show `<lambda>` and it cannot have a docstring.',
    suggestion: `Write a normal function:${snippet('def double(x):\n    return x * 2')}`,
  },
  E741: {
    severity: 'info',
    explanation: (name) =>
      `${inline(name)} looks like another character in many fonts (\`l\`, \`I\` and \`1\`; \`O\` and \`0\`), which makes the code easy to misread.`,
    suggestion: 'Choose a descriptive name, like `line`, `items` or `total`.',
  },
  E742: {
    severity: 'info',
    explanation: 'A class named `l`, `O` or `I` is easily confused with `1` or `0`.',
    suggestion: 'Give the class a descriptive CapWords name.',
  },
  E743: {
    severity: 'info',
    explanation: 'A function named `l`, `O` or `I` is easily confused with `1` or `0`.',
    suggestion: 'Give the function a descriptive snake_case name.',
  },
  W191: {
    severity: 'info',
    explanation:
      'This line is indented with a tab. Mixing tabs and spaces confuses Python (indentation is part of the code) and looks different in every editor.',
    suggestion: 'Indent with 4 spaces everywhere; most editors can convert tabs for you.',
  },
  W605: {
    severity: 'warning',
    explanation: (name) =>
      `${inline(name)} in a normal string is not a known escape like \`\\n\`. Python keeps it for now but warns, and a future version will refuse it.`,
    suggestion:
      'Use a raw string for regular expressions and Windows paths: `r"\\d+"`, or double the backslash.',
  },
};
