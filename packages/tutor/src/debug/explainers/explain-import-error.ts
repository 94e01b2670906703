import { moduleMembers } from '../python/module-members.ts';
import { closestMatch } from '../python/similarity.ts';
import { stdlibModules } from '../python/stdlib-modules.ts';
import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, onLine } from './wording.ts';

const graphics = new Set(['turtle', 'tkinter', '_tkinter', 'pygame', 'matplotlib']);
// Popular packages that are not misspellings of a standard module (dateutil is not datetime).
// Packages whose pip name differs from their import name.
const pipNames: Record<string, string> = {
  PIL: 'Pillow',
  sklearn: 'scikit-learn',
  bs4: 'beautifulsoup4',
  cv2: 'opencv-python',
  yaml: 'pyyaml',
  dateutil: 'python-dateutil',
};
const thirdParty = new Set(
  'numpy pandas requests scipy sklearn flask django bs4 PIL cv2 yaml dateutil pytest seaborn tensorflow torch colorama termcolor emoji pyttsx3 keyboard openpyxl'.split(
    ' ',
  ),
);

/** ModuleNotFoundError and ImportError: a misspelt module or name, or a package that isn't installed here. */
export function explainImportError(context: ErrorContext): Explained {
  const { message, line } = context;
  const where = capital(onLine(line));
  const source = context.source?.trim() ?? '';
  const missingModule = /^No module named '([\w.]+)'/.exec(message)?.[1];
  if (missingModule) {
    const top = missingModule.split('.')[0] ?? missingModule;
    const near = thirdParty.has(top) ? null : closestMatch(top, stdlibModules);
    if (near && !graphics.has(top)) {
      return {
        cause: 'import.misspelt',
        title: `There is no module \`${top}\` — did you mean \`${near}\`?`,
        what: `${where}, you import ${code(top)}, but no module has that name. Python's standard library has ${code(near)}.`,
        why: 'Module names must be spelt exactly, in lowercase letters, as Python names them.',
        hints: [
          `Check the spelling of ${code(top)} ${onLine(line)}.`,
          `The module is called ${code(near)}.`,
          `Write ${code(source.replace(new RegExp(`\\b${top}\\b`), near) || `import ${near}`)}.`,
        ],
        details: { module: top, suggestion: near },
      };
    }
    const isGraphics = graphics.has(top);
    if (context.ranElsewhere && !isGraphics) {
      return {
        cause: 'import.not-installed',
        title: `\`${top}\` is not installed`,
        what: `${where}, you import ${code(top)}, an extra package that is not part of Python itself, and the Python you ran doesn't have it installed.`,
        why: "Packages like this are installed separately with `pip`. In LearnFlow's own sandbox only Python's standard library (such as `math`, `random`, `json`, `statistics`) is available.",
        hints: [
          `Look at the import of ${code(top)} ${onLine(line)}.`,
          `${code(top)} isn't installed for the Python that ran your program.`,
          `Install it in a terminal with ${code(`python -m pip install ${pipNames[top] ?? top}`)} (using the same Python your editor runs), then run again.`,
        ],
        details: { module: top },
      };
    }
    return {
      cause: isGraphics ? 'import.graphics-unavailable' : 'import.not-available',
      title: `\`${top}\` isn't available here`,
      what: `${where}, you import ${code(top)}. ${isGraphics ? 'It draws in a window, and programs here run without a screen.' : `${code(top)} is an extra package that people install separately; it isn't part of Python itself.`}`,
      why: "Programs here can only use Python's standard library: the modules that come with Python, such as `math`, `random`, `datetime`, `json`, `collections` and `statistics`.",
      hints: [
        `Look at the import of ${code(top)} ${onLine(line)}.`,
        `${code(top)} is not in the standard library, so it can't be imported here.`,
        isGraphics
          ? 'Use `print` to show results as text here, and try the drawing part on your own computer.'
          : `Solve it with the standard library (e.g. \`statistics\` for averages, \`math\` for maths, \`json\` for data), or run this part on your own computer after \`pip install ${pipNames[top] ?? top}\`.`,
      ],
      details: { module: top },
    };
  }
  const name = /^cannot import name '(\w+)' from '([\w.]+)'/.exec(message);
  if (name) {
    const [, what = '', module = ''] = name;
    const near = closestMatch(what, moduleMembers[module] ?? []) ?? context.pythonSuggestion;
    return {
      cause: near ? 'import.name-misspelt' : 'import.name-missing',
      title: `\`${module}\` has no \`${what}\`${near ? ` — did you mean \`${near}\`?` : ''}`,
      what: `${where}, you import ${code(what)} from ${code(module)}, but ${code(module)} has nothing with that name.${near ? ` It has ${code(near)}.` : ''}`,
      why: '`from module import name` only works with names that really exist in that module, spelt exactly.',
      hints: [
        `Check the spelling of ${code(what)} ${onLine(line)}.`,
        near ? `${code(module)} calls it ${code(near)}.` : `${code(module)} doesn't have ${code(what)}.`,
        near
          ? `Write ${code(source.replace(new RegExp(`\\b${what}\\b`), near) || `from ${module} import ${near}`)}.`
          : `Check the ${code(module)} documentation for the right name (or \`import ${module}\` and look at \`dir(${module})\`).`,
      ],
      details: near ? { module, name: what, suggestion: near } : { module, name: what },
    };
  }
  return {
    cause: 'import.failed',
    title: 'An import failed',
    what: `${where}, an \`import\` failed: ${code(message)}.`,
    why: "Only the modules of Python's standard library can be imported here, and names must be spelt exactly.",
    hints: [
      `Look at the import ${onLine(line)}.`,
      `Python's message says: ${code(message)}.`,
      'Check the module and name spelling, and use only standard-library modules.',
    ],
    details: { message },
  };
}
