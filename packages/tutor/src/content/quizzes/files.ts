import type { QuizDefinition } from '@learnflow/contracts';
import { withCode } from './format.ts';

/** Quizzes of the module "Working with Files". */
export const filesQuizzes: QuizDefinition[] = [
  {
    slug: 'reading-files-quiz',
    topic: 'reading-files',
    title: 'Reading Files Quiz',
    questions: [
      {
        prompt: 'What is the mode of `open("data.txt")` when you give no mode?',
        choices: ['"w" (write)', '"r" (read text)', '"a" (append)', '"rb" (read bytes)'],
        answer: 1,
        explanation:
          'The default mode is `"r"`: read a text file. Writing requires asking for `"w"` or `"a"` explicitly, and binary mode needs the `b`.',
      },
      {
        prompt: 'Why is `with open(...) as f:` recommended?',
        choices: [
          'It reads the file faster',
          'It creates the file if it is missing',
          'It closes the file automatically when the block ends, even if an error occurs',
          'It removes the newline characters',
        ],
        answer: 2,
        explanation:
          'The `with` statement is a context manager that always closes the file at the end of the block. It does not change speed, does not create files in read mode, and lines still end with `\\n`.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
with open("pets.txt", "w") as f:
    f.write("cat\\ndog\\n")

with open("pets.txt") as f:
    lines = f.readlines()
print(lines)
`,
        ),
        choices: ["['cat', 'dog']", "['cat\\n', 'dog\\n']", "'cat\\ndog\\n'", "['cat\\ndog\\n']"],
        answer: 1,
        explanation:
          '`readlines()` returns a list with one string per line, and each line keeps its newline character. The version without `\\n` is what `read().splitlines()` would give.',
      },
      {
        prompt: 'What happens on `open("missing.txt")` if the file does not exist?',
        choices: [
          'An empty file is created',
          'It returns None',
          "FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'",
          'It returns an empty string',
        ],
        answer: 2,
        explanation:
          'Opening for reading requires the file to exist, so Python raises FileNotFoundError. Only write modes such as `"w"` and `"a"` create a missing file.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
with open("note.txt", "w") as f:
    f.write("hello")

with open("note.txt") as f:
    first = f.read()
    second = f.read()
print(len(first), len(second))
`,
        ),
        choices: ['5 0', '5 5', '0 5', '10 0'],
        answer: 0,
        explanation:
          'The first `read()` returns all 5 characters and leaves the position at the end of the file, so the second `read()` returns an empty string. It does not start again from the beginning.',
      },
      {
        prompt: 'Why does `for line in f: print(line)` show a blank line after every line of the file?',
        choices: [
          'The file is corrupted',
          'print() adds two newlines',
          'for loops add a blank line between iterations',
          'Each line already ends with \\n, and print() adds another newline',
        ],
        answer: 3,
        explanation:
          'Lines read from a file keep their `\\n`, and `print()` adds its own newline, giving two. Use `line.strip()` or `print(line, end="")`. `print()` itself adds only one newline.',
      },
    ],
  },
  {
    slug: 'writing-files-quiz',
    topic: 'writing-files',
    title: 'Writing Files Quiz',
    questions: [
      {
        prompt: 'What does mode `"w"` do if the file already exists?',
        choices: [
          'It adds new text to the end',
          'It erases the contents, so writing starts from an empty file',
          'It raises FileExistsError',
          'It opens the file read-only',
        ],
        answer: 1,
        explanation:
          'Write mode truncates (empties) an existing file as soon as it is opened. Adding to the end is append mode `"a"`, and FileExistsError comes from mode `"x"`.',
      },
      {
        prompt: 'Which mode adds new text to the end of an existing file?',
        choices: ['"w"', '"r"', '"a"', '"x"'],
        answer: 2,
        explanation:
          '`"a"` is append mode: it keeps the existing contents and writes after them. `"w"` would erase the file first, and `"x"` refuses to open an existing file.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
with open("out.txt", "w") as f:
    f.write("a")
    f.write("b")

with open("out.txt") as f:
    print(f.read())
`,
        ),
        choices: ['ab', 'a and b on separate lines', 'b', 'a'],
        answer: 0,
        explanation:
          '`write()` adds exactly the text given and no newline, so the file contains `ab`. The second call does not replace the first: both happen in the same open file.',
      },
      {
        prompt: 'What happens with `f.write(42)` on a file opened in text mode?',
        choices: [
          'It writes 42',
          'TypeError: write() argument must be str, not int',
          'It writes 42 followed by a newline',
          'Nothing is written and no error occurs',
        ],
        answer: 1,
        explanation:
          '`write()` only accepts strings and does not convert numbers for you. Write `f.write(str(42))` instead; `print(42, file=f)` would also work because `print()` converts.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
with open("log.txt", "w") as f:
    f.write("one\\n")
with open("log.txt", "a") as f:
    f.write("two\\n")
with open("log.txt", "w") as f:
    f.write("three\\n")

with open("log.txt") as f:
    print(f.read().split())
`,
        ),
        choices: ["['one', 'two', 'three']", "['two', 'three']", "['one', 'three']", "['three']"],
        answer: 3,
        explanation:
          'The append added "two" after "one", but the final open with `"w"` erased everything before writing "three". Opening in write mode always starts from an empty file.',
      },
      {
        prompt: 'Which call writes `Score: 5` followed by a newline into the open file `f`?',
        choices: [
          'f.write("Score:", 5)',
          'f.print("Score: 5")',
          'print("Score:", 5, file=f)',
          'write(f, "Score: 5")',
        ],
        answer: 2,
        explanation:
          '`print(..., file=f)` sends the output to the file, adding the space and the newline. `f.write("Score:", 5)` is a TypeError because `write()` takes exactly one string, and file objects have no `print` method.',
      },
    ],
  },
  {
    slug: 'csv-and-json-quiz',
    topic: 'csv-and-json',
    title: 'CSV and JSON Quiz',
    questions: [
      {
        prompt: 'What type are the values in the rows returned by `csv.reader`?',
        choices: [
          'int when they look like numbers',
          'Always str',
          'Always float',
          'Whatever type was written',
        ],
        answer: 1,
        explanation:
          'CSV is plain text, and the csv module does not guess types, so every value is a string, even `31`. Convert with `int()` or `float()` yourself.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
import json
print(json.dumps({"ok": True, "value": None}))
`,
        ),
        choices: [
          '{"ok": True, "value": None}',
          "{'ok': True, 'value': None}",
          '{"ok": true, "value": null}',
          '{"ok": "true", "value": ""}',
        ],
        answer: 2,
        explanation:
          'JSON spells booleans and "no value" as `true` and `null`, and always uses double quotes. The single-quoted version is how Python prints a dictionary, not JSON.',
      },
      {
        prompt: 'Which function reads JSON data from an open file object `f`?',
        choices: ['json.loads(f)', 'json.load(f)', 'json.read(f)', 'json.parse(f)'],
        answer: 1,
        explanation:
          '`json.load(f)` reads from a file. `json.loads()` expects a string (the "s" means string), and `json.parse` is JavaScript.',
      },
      {
        prompt: 'What does `json.loads("{\'a\': 1}")` do?',
        choices: [
          "It returns {'a': 1}",
          'It returns the string unchanged',
          "It raises KeyError: 'a'",
          'It raises JSONDecodeError, because JSON requires double quotes around strings',
        ],
        answer: 3,
        explanation:
          'Single quotes are not valid in JSON, so parsing fails with `JSONDecodeError: Expecting property name enclosed in double quotes`. It looks like a Python dictionary, but `json` only accepts real JSON.',
      },
      {
        prompt: 'Why should you open CSV files with `newline=""`?',
        choices: [
          'So the csv module handles line endings itself and no extra blank rows appear',
          'To skip the header row',
          'To make reading faster',
          'To remove the commas',
        ],
        answer: 0,
        explanation:
          'The csv module writes and reads its own line endings; without `newline=""`, they can be translated twice and produce blank rows, notably on Windows. It has nothing to do with headers or speed.',
      },
      {
        prompt: withCode(
          'What does this code print?',
          `
import json

data = {"id": 1, "tags": ("a", "b")}
back = json.loads(json.dumps(data))
print(back["tags"])
`,
        ),
        choices: [
          "('a', 'b')",
          "['a', 'b']",
          '"a", "b"',
          'TypeError: Object of type tuple is not JSON serializable',
        ],
        answer: 1,
        explanation:
          'JSON has arrays but no tuples, so the tuple is written as an array and read back as a list. Tuples are serializable, so there is no TypeError.',
      },
    ],
  },
];
