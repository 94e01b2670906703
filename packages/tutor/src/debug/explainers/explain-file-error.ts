import type { ErrorContext, Explained } from '../types.ts';
import { capital, code, onLine } from './wording.ts';

/** FileNotFoundError (and its cousins IsADirectoryError / PermissionError): names the file. */
export function explainFileError(context: ErrorContext): Explained {
  const { line, type } = context;
  const where = onLine(line);
  const file = /: '(.+)'$/.exec(context.message)?.[1] ?? '';
  const source = context.source?.trim() ?? '';
  const absolute = /^(?:[A-Za-z]:[\\/]|\/|~)/.test(file);
  const created = context.lines.some((text) => text.includes(file) && /["'](?:w|a|x)[tb+]?["']/.test(text));
  if (type !== 'FileNotFoundError') {
    return {
      cause: type === 'IsADirectoryError' ? 'file.is-directory' : 'file.no-permission',
      title: `${code(file)} can't be opened ${type === 'IsADirectoryError' ? '— it is a folder' : 'here'}`,
      what: `${capital(where)}, ${code(source)} tries to open ${code(file)}${type === 'IsADirectoryError' ? ', which is a folder, not a file' : ', but the program is not allowed to'}.`,
      why: 'Programs here run in a small private folder and can only open files they created themselves.',
      hints: [
        `Look at the file name ${where}.`,
        `${code(file)} is not a file your program can use.`,
        'Write to (and read from) a simple file name like `"notes.txt"` in the current folder.',
      ],
      details: { file },
    };
  }
  if (context.ranElsewhere) {
    return {
      cause: 'file.not-found',
      title: `Python can't find the file \`${file}\``,
      what: `${capital(where)}, you open ${code(file)}, but Python finds no file with that name${absolute ? ' at that path' : ' in the folder the program was started from'}.`,
      why: `Opening a file for reading (the default mode, \`"r"\`) needs the file to exist already. A name without a folder, like \`"data.txt"\`, is looked up in the working directory: the folder the program was started from, which is not always the folder your \`.py\` file is in.`,
      hints: [
        `Check the file name ${code(file)}: spelling, capitals and the extension (\`.txt\`, \`.csv\`).`,
        absolute
          ? 'No file exists at exactly that path.'
          : 'The file is not in the working directory (print `os.getcwd()` to see which folder that is).',
        absolute
          ? 'Copy the real path of the file (most editors can "copy path") and use it, or move the file there.'
          : 'Put the file in that folder, start the program from the folder of the file, or use the full path of the file.',
      ],
      details: { file },
    };
  }
  return {
    cause: absolute ? 'file.absolute-path' : 'file.not-found',
    title: `There is no file called \`${file}\``,
    what: `${capital(where)}, you open ${code(file)}, but no file with that name exists${absolute ? ' here: that path points to a folder on your own computer' : ' in the folder your program runs in'}.`,
    why: `Opening a file for reading (the default mode, \`"r"\`) needs the file to exist already. Your program runs in its own private folder, so only files it creates itself (with \`open(name, "w")\`) are there.${created ? ' Your code does create it, but later than this line, or with a slightly different name.' : ''}`,
    hints: [
      `Check the file name ${code(file)} ${where}: spelling, capitals and the extension (\`.txt\`, \`.csv\`).`,
      created
        ? `The line that writes ${code(file)} runs after this one (or uses a different name).`
        : `${code(file)} doesn't exist here; nothing in your program creates it.`,
      created
        ? 'Write the file before you read it, and use exactly the same name both times.'
        : `Create it first, e.g. \`with open("${file.split(/[\\/]/).at(-1)}", "w") as f: f.write("...")\`, or use \`"w"\`/\`"a"\` as the mode if you meant to write to it.`,
    ],
    details: { file },
  };
}
