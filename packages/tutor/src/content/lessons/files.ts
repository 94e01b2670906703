import type { Lesson } from '@learnflow/contracts';

/**
 * Module "Working with Files": reading, writing, CSV and JSON.
 * Every example first writes the file it reads, in the current directory, so it runs anywhere.
 */
export const filesLessons: Record<string, Lesson> = {
  'reading-files': {
    summary:
      'Open a file with `open()` inside a `with` block, then read it all at once, line by line, or into a list.',
    explanation: [
      'Programs often need data stored in files. The built-in **open()** function connects your program to a file and returns a **file object** that you read from. Its first argument is the **path** of the file; a plain name like `"notes.txt"` means a file in the **current working directory** (the folder the program runs in), not necessarily the folder your script is saved in.',
      'The second argument is the **mode**. The default, `"r"`, opens a text file for reading. It is also good practice to say which text encoding the file uses: `encoding="utf-8"`.',
      'Always open files with a **with statement**:',
      '```python\nwith open("notes.txt", encoding="utf-8") as f:\n    text = f.read()\n```',
      'The `with` block is a **context manager**: when the block ends, the file is closed automatically, even if an error happens inside it. Without `with`, you would need to remember to call `f.close()` yourself.',
      'There are several ways to read:\n\n- **read()** returns the whole file as one string.\n- **readline()** returns the next line, and an empty string `""` at the end of the file.\n- `readlines()` returns a list of all the lines.\n- Looping with `for line in f:` gives one line at a time, which also works for huge files.',
      'Each line keeps its **newline character** `\\n` at the end. If you print lines directly you get an extra blank line after each one, because `print()` adds its own newline. Remove it with `line.strip()` (which also removes spaces at both ends) or `line.rstrip("\\n")`.',
      'A file object remembers how far it has read. After `read()` has reached the end, calling `read()` again returns an empty string; open the file again to start over.',
      'If the file does not exist, `open()` raises **FileNotFoundError**. You can catch it with `try`/`except`, covered in the Errors module.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Reading a whole file',
        code: `with open("poem.txt", "w", encoding="utf-8") as f:
    f.write("Roses are red\\nViolets are blue\\n")

with open("poem.txt", encoding="utf-8") as f:
    text = f.read()

print(text, end="")
print(len(text), "characters")
`,
        expectedOutput: `Roses are red
Violets are blue
31 characters
`,
        explanation:
          'The first block creates the file so there is something to read. `read()` returns everything as one string, including both `\\n` characters, which count towards the 31 characters. `end=""` avoids an extra blank line because the text already ends with a newline.',
      },
      {
        title: 'Looping over the lines',
        code: `with open("shopping.txt", "w", encoding="utf-8") as f:
    f.write("milk\\neggs\\nbread\\n")

with open("shopping.txt", encoding="utf-8") as f:
    for number, line in enumerate(f, start=1):
        print(number, line.strip())
`,
        expectedOutput: `1 milk
2 eggs
3 bread
`,
        explanation:
          'Looping over the file object gives one line at a time. `strip()` removes the trailing newline so the output has no blank lines.',
      },
      {
        title: 'readline(), readlines() and processing lines',
        code: `with open("scores.txt", "w", encoding="utf-8") as f:
    f.write("Ana 90\\nBen 75\\nCleo 82\\n")

with open("scores.txt", encoding="utf-8") as f:
    first = f.readline()
    rest = f.readlines()

print(repr(first))
print(rest)
total = 0
for line in [first] + rest:
    name, score = line.split()
    total += int(score)
print("Total:", total)
`,
        expectedOutput: `'Ana 90\\n'
['Ben 75\\n', 'Cleo 82\\n']
Total: 247
`,
        explanation:
          '`readline()` reads only the first line; `readlines()` then reads the remaining lines into a list. `repr()` makes the hidden `\\n` visible. `split()` breaks each line into name and score, and the score text is converted with `int()`.',
      },
      {
        title: 'Handling a missing file',
        code: `try:
    with open("does_not_exist.txt", encoding="utf-8") as f:
        print(f.read())
except FileNotFoundError as error:
    print("Could not open the file:", error.filename)
`,
        expectedOutput: `Could not open the file: does_not_exist.txt
`,
        explanation:
          'Opening a file that is not there raises `FileNotFoundError`. Catching it lets the program show a friendly message instead of crashing.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Opening a file that is not where you think: `open("data.txt")` raises `FileNotFoundError: [Errno 2] No such file or directory: \'data.txt\'`.',
        fix: 'Relative paths start from the current working directory. Check the name and folder, or use the full path.',
      },
      {
        mistake:
          'Printing lines as they are and getting a blank line between each, because every line already ends with `\\n`.',
        fix: 'Strip the newline with `line.strip()` or `line.rstrip("\\n")`, or print with `end=""`.',
      },
      {
        mistake: 'Calling `f.read()` twice and getting an empty string the second time.',
        fix: 'The file position is at the end after the first read. Store the text in a variable, or open the file again.',
      },
      {
        mistake: 'Opening with mode `"w"` when you meant to read, which empties the file immediately.',
        fix: 'Use the default `"r"` mode (or leave the mode out) when reading.',
      },
      {
        mistake: 'Opening a file without `with` and forgetting to close it.',
        fix: 'Use `with open(...) as f:` so the file is always closed when the block ends.',
      },
    ],
    keyTerms: [
      { term: 'open()', definition: 'The built-in function that opens a file and returns a file object.' },
      {
        term: 'file object',
        definition: 'The value returned by `open()`, with methods like `read()` and `readline()`.',
      },
      {
        term: 'mode',
        definition: 'The second argument of `open()`: `"r"` read (default), `"w"` write, `"a"` append.',
      },
      {
        term: 'with statement',
        definition: 'A block that closes the file automatically when it ends, even after an error.',
      },
      {
        term: 'context manager',
        definition: 'An object used with `with` that sets something up and cleans it up afterwards.',
      },
      { term: 'read()', definition: 'A file method that returns the rest of the file as one string.' },
      {
        term: 'readline()',
        definition: 'A file method that returns the next line, or `""` at the end of the file.',
      },
      { term: 'newline character', definition: 'The `\\n` character that ends each line of a text file.' },
      {
        term: 'FileNotFoundError',
        definition: 'The exception raised when you try to open a file that does not exist.',
      },
      {
        term: 'current working directory',
        definition: 'The folder relative paths start from: where the program runs.',
      },
    ],
  },

  'writing-files': {
    summary:
      'Open a file in `"w"` mode to create or overwrite it, or in `"a"` mode to append, and write strings with `write()`.',
    explanation: [
      'To save data you open a file for writing. The **mode** argument of `open()` decides what happens to the file:\n\n- **Write mode** `"w"` creates the file if it does not exist and **overwrites** it if it does: the old contents are erased as soon as the file is opened.\n- **Append mode** `"a"` creates the file if needed and adds new text at the end, keeping what was there.\n- `"x"` creates a new file and raises `FileExistsError` if it already exists, which protects existing data.',
      'As with reading, use a **with statement** so the file is closed automatically. Closing matters more when writing: Python keeps written text in a buffer and only saves (flushes) it to the disk when the buffer is full or the file is closed. Always state the **encoding**, normally `encoding="utf-8"`, so any character can be saved and read back correctly.',
      '```python\nwith open("notes.txt", "w", encoding="utf-8") as f:\n    f.write("First line\\n")\n```',
      'The **write()** method takes exactly one string. It does not add a newline for you, so put `\\n` at the end of each line yourself; otherwise everything ends up on a single line. It also does not convert numbers, so `f.write(42)` fails: use `str(42)` or an f-string. `write()` returns the number of characters written.',
      'You can also send `print()` output into a file with its `file` argument: `print("Total:", 3, file=f)`. This is handy because `print()` converts values to text, separates them with spaces and adds the newline.',
      'To write many lines, loop and write each one, or join them first: `f.write("\\n".join(names) + "\\n")`.',
      'Writing uses the current working directory for relative names, just like reading. Opening a file in a folder that does not exist raises `FileNotFoundError`, even in write mode: `open()` creates files, not folders.',
    ].join('\n\n'),
    examples: [
      {
        title: 'Writing a file and reading it back',
        code: `with open("notes.txt", "w", encoding="utf-8") as f:
    f.write("First line\\n")
    f.write("Second line\\n")

with open("notes.txt", encoding="utf-8") as f:
    print(f.read(), end="")
`,
        expectedOutput: `First line
Second line
`,
        explanation:
          'Each `write()` adds exactly the text given, so the `\\n` at the end of each string is what puts them on separate lines. Reading the file back shows what was saved.',
      },
      {
        title: 'Write mode versus append mode',
        code: `with open("log.txt", "w", encoding="utf-8") as f:
    f.write("started\\n")
with open("log.txt", "a", encoding="utf-8") as f:
    f.write("step 1 done\\n")
    f.write("step 2 done\\n")
with open("log.txt", encoding="utf-8") as f:
    print(f.read(), end="")
print("---")
with open("log.txt", "w", encoding="utf-8") as f:
    f.write("fresh start\\n")
with open("log.txt", encoding="utf-8") as f:
    print(f.read(), end="")
`,
        expectedOutput: `started
step 1 done
step 2 done
---
fresh start
`,
        explanation:
          '`"a"` keeps the existing line and adds the new ones after it. Opening with `"w"` again erases everything, leaving only the new line.',
      },
      {
        title: 'Writing a list of lines and using print(file=...)',
        code: `names = ["Ana", "Ben", "Cleo"]
with open("names.txt", "w", encoding="utf-8") as f:
    for name in names:
        f.write(name + "\\n")
    print("Total:", len(names), file=f)

with open("names.txt", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines)
`,
        expectedOutput: `['Ana', 'Ben', 'Cleo', 'Total: 3']
`,
        explanation:
          'The loop writes one name per line. `print(..., file=f)` writes into the file instead of the screen, adding the space and newline itself. `splitlines()` splits the text into lines without the `\\n` characters.',
      },
      {
        title: 'Only strings can be written',
        code: `with open("numbers.txt", "w", encoding="utf-8") as f:
    count = f.write(str(42) + "\\n")
    print("Characters written:", count)
    f.write(f"{3.5}\\n")

with open("numbers.txt", encoding="utf-8") as f:
    print(f.read().split())
`,
        expectedOutput: `Characters written: 3
['42', '3.5']
`,
        explanation:
          'Numbers must be turned into text with `str()` or an f-string before writing. `write()` returns how many characters it wrote: the two digits plus the newline. When read back, the values are strings again.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Writing a number directly: `f.write(42)` raises `TypeError: write() argument must be str, not int`.',
        fix: 'Convert first: `f.write(str(42))` or `f.write(f"{value}\\n")`.',
      },
      {
        mistake: 'Expecting `write()` to start a new line, then finding all the text joined on one line.',
        fix: 'Add `"\\n"` to the end of each line yourself, or use `print(..., file=f)`.',
      },
      {
        mistake:
          'Opening an existing file with `"w"` when you wanted to add to it, which erases its contents.',
        fix: 'Use append mode `"a"` to add to the end; use `"x"` if you must never overwrite.',
      },
      {
        mistake:
          'Passing several values to `write()`: `f.write("Score:", 5)` raises `TypeError: TextIOWrapper.write() takes exactly one argument (2 given)`.',
        fix: 'Build one string first (`f.write(f"Score: {5}\\n")`) or use `print("Score:", 5, file=f)`.',
      },
      {
        mistake:
          'Reading a file you are still writing, outside of `with`, and finding it empty because the text was not flushed yet.',
        fix: 'Write inside a `with` block and read only after the block has ended and the file is closed.',
      },
    ],
    keyTerms: [
      {
        term: 'write mode',
        definition: 'Mode `"w"`: create the file or erase and overwrite an existing one.',
      },
      {
        term: 'append mode',
        definition: 'Mode `"a"`: add new text to the end of the file, keeping its contents.',
      },
      { term: 'overwrite', definition: 'To replace the old contents of a file with new ones.' },
      {
        term: 'write()',
        definition: 'A file method that writes one string and returns the number of characters written.',
      },
      {
        term: 'with statement',
        definition: 'A block that closes (and so saves) the file automatically when it ends.',
      },
      { term: 'buffer', definition: 'Memory where written text waits before it is flushed to the disk.' },
      {
        term: 'encoding',
        definition: 'How characters are turned into bytes in the file; `"utf-8"` handles every character.',
      },
    ],
  },

  'csv-and-json': {
    summary:
      'The `csv` module reads and writes table-like CSV files, and the `json` module converts Python data to and from JSON text.',
    explanation: [
      "Two text formats are everywhere for exchanging data, and Python's standard library handles both.",
      '**CSV** ("comma-separated values") stores a table: one row per line, with the values separated by commas, like `name,age`. It is what spreadsheets export. The **csv module** handles the tricky parts, such as values that contain commas. Open CSV files with `newline=""` so the module can manage line endings itself.',
      '- `csv.writer(f)` gives an object with `writerow(row)` and `writerows(rows)`, where each row is a list.\n- `csv.reader(f)` gives each row as a list of strings.\n- **csv.DictReader** uses the first row as headers and gives each row as a dictionary, so you can write `row["age"]` instead of remembering positions.',
      'Everything the csv module reads is a **string**, even `31`: convert with `int()` or `float()` before doing maths.',
      '**JSON** ("JavaScript Object Notation") stores nested data: objects (which become dictionaries), arrays (lists), strings, numbers, `true`/`false` and `null`. It is the usual format of web APIs and configuration files. The **json module** converts in both directions:',
      '- To **serialize** (Python value to JSON text): `json.dumps(value)` returns a string; `json.dump(value, f)` writes into a file.\n- To **deserialize** (JSON text to Python value): `json.loads(text)` parses a string; `json.load(f)` reads a file.',
      'The `s` at the end means "string": `dumps`/`loads` work with strings, `dump`/`load` with files. Pass `indent=2` to produce readable, indented JSON.',
      "Some things change in the round trip: Python `True` becomes `true` and `None` becomes `null`, tuples come back as lists, and dictionary keys always become strings. JSON requires double quotes, so text like `{'a': 1}` is not valid JSON. Sets and your own objects cannot be serialized directly.",
    ].join('\n\n'),
    examples: [
      {
        title: 'Writing and reading a CSV file',
        code: `import csv

rows = [["name", "age"], ["Ana", 31], ["Ben", 25]]
with open("people.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerows(rows)

with open("people.csv", newline="", encoding="utf-8") as f:
    for row in csv.reader(f):
        print(row)
`,
        expectedOutput: `['name', 'age']
['Ana', '31']
['Ben', '25']
`,
        explanation:
          "`writerows()` writes each list as one comma-separated line. When read back, every value is a string: the number 31 comes back as `'31'`.",
      },
      {
        title: 'Reading rows as dictionaries with DictReader',
        code: `import csv

with open("scores.csv", "w", newline="", encoding="utf-8") as f:
    f.write("name,score\\nAna,90\\nBen,75\\n")

total = 0
with open("scores.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        print(row["name"], "scored", row["score"])
        total += int(row["score"])
print("Total:", total)
`,
        expectedOutput: `Ana scored 90
Ben scored 75
Total: 165
`,
        explanation:
          '`DictReader` takes the column names from the header line, so each row is a dictionary keyed by `name` and `score`. The score is text, so it is converted with `int()` before adding.',
      },
      {
        title: 'Converting between Python and JSON text',
        code: `import json

data = {"name": "Ana", "languages": ["Python", "SQL"], "active": True, "manager": None}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back["languages"][0])
print(back == data)
`,
        expectedOutput: `{"name": "Ana", "languages": ["Python", "SQL"], "active": true, "manager": null}
Python
True
`,
        explanation:
          '`dumps()` produces a JSON string: note the double quotes, `true` and `null`. `loads()` parses it back into an equal Python dictionary.',
      },
      {
        title: 'Saving and loading a JSON file',
        code: `import json

settings = {"theme": "dark", "font_size": 14}
with open("settings.json", "w", encoding="utf-8") as f:
    json.dump(settings, f, indent=2)

with open("settings.json", encoding="utf-8") as f:
    print(f.read())

with open("settings.json", encoding="utf-8") as f:
    loaded = json.load(f)
print(loaded["font_size"] + 1)
`,
        expectedOutput: `{
  "theme": "dark",
  "font_size": 14
}
15
`,
        explanation:
          '`json.dump()` writes the dictionary into the file, indented by 2 spaces. `json.load()` reads it back, and numbers come back as real numbers, unlike CSV.',
      },
    ],
    commonMistakes: [
      {
        mistake:
          'Doing maths with CSV values directly: `row["score"] + 1` raises `TypeError: can only concatenate str (not "int") to str`.',
        fix: 'CSV values are always strings; convert them first with `int(row["score"])` or `float(...)`.',
      },
      {
        mistake:
          'Opening CSV files without `newline=""`, which can produce an extra blank line between rows on Windows.',
        fix: 'Always pass `newline=""` to `open()` when using the csv module.',
      },
      {
        mistake:
          "Mixing up `load` and `loads`: `json.load('{\"a\": 1}')` raises `AttributeError: 'str' object has no attribute 'read'`.",
        fix: 'Use `json.loads(text)` for a string and `json.load(f)` for an open file (likewise `dumps` and `dump`).',
      },
      {
        mistake:
          'Parsing text with single quotes: `json.loads("{\'a\': 1}")` raises `json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)`.',
        fix: 'JSON needs double quotes. Produce JSON with `json.dumps()` rather than writing it by hand or with `str()`.',
      },
      {
        mistake:
          'Serializing a set or your own object: `json.dumps({1, 2})` raises `TypeError: Object of type set is not JSON serializable`.',
        fix: "Convert to supported types first, e.g. `sorted(my_set)` or a dictionary of the object's attributes.",
      },
    ],
    keyTerms: [
      { term: 'CSV', definition: 'Comma-separated values: a text format for tables, one row per line.' },
      { term: 'csv module', definition: 'The standard library module for reading and writing CSV files.' },
      {
        term: 'DictReader',
        definition: 'A csv reader that returns each row as a dictionary keyed by the header names.',
      },
      {
        term: 'JSON',
        definition: 'A text format for nested data (objects, arrays, strings, numbers, true/false, null).',
      },
      {
        term: 'json module',
        definition: 'The standard library module that converts between Python values and JSON text.',
      },
      {
        term: 'serialize',
        definition:
          'To turn a Python value into text or bytes for storing or sending, e.g. with `json.dumps()`.',
      },
      {
        term: 'deserialize',
        definition: 'To turn stored text back into a Python value, e.g. with `json.loads()`.',
      },
    ],
  },
};
