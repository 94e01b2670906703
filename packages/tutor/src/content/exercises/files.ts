import type { ExerciseDefinition } from '@learnflow/contracts';

/**
 * Exercise bank of the "Working with Files" module: one easy, one medium and one hard per topic.
 * Every test creates the files it needs in the current directory (a private, empty temp dir).
 */
export const filesExercises: ExerciseDefinition[] = [
  // ---------------------------------------------------------------- reading-files
  {
    slug: 'reading-files-count-lines',
    topic: 'reading-files',
    difficulty: 'easy',
    title: 'Count the lines of a file',
    prompt: `Write a function \`count_lines(path)\` that opens the text file at \`path\` and returns how many lines it contains.

- Blank lines count as lines.
- The last line counts even if it does not end with a newline.
- An empty file has \`0\` lines.

Open the file with a \`with\` block so it is closed again, e.g. \`with open(path, encoding='utf-8') as f:\`.

\`\`\`python
# notes.txt contains "apple\\nbanana\\ncherry\\n"
print(count_lines('notes.txt'))   # 3
\`\`\``,
    starterCode: `def count_lines(path):
    """Return the number of lines in the text file at path."""
    pass
`,
    solution: `def count_lines(path):
    """Return the number of lines in the text file at path."""
    count = 0
    with open(path, encoding="utf-8") as f:
        for _line in f:
            count += 1
    return count
`,
    hints: [
      'Open the file with `with open(path, encoding="utf-8") as f:`. A file object can be looped over with `for line in f:`, one line per iteration.',
      'Counting `"\\n"` characters misses a last line without a newline, and `text.split("\\n")` counts one line too many when the file ends with a newline (and 1 for an empty file). Looping over the lines avoids both traps.',
      'Start a counter at 0, add 1 for each `line` in the file inside the `with` block, and `return` the counter at the end. (`len(f.readlines())` works too.)',
    ],
    tests: [
      {
        name: 'three lines',
        code: `with open('three.txt', 'w', encoding='utf-8') as f:
    f.write('apple\\nbanana\\ncherry\\n')
got = count_lines('three.txt')
assert got == 3, f"a file containing 'apple\\\\nbanana\\\\ncherry\\\\n' has 3 lines, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'last line without a newline',
        code: `with open('no_newline.txt', 'w', encoding='utf-8') as f:
    f.write('first\\nsecond')
got = count_lines('no_newline.txt')
assert got == 2, f"a file containing 'first\\\\nsecond' has 2 lines (the last one has no newline), got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty file',
        code: `open('empty.txt', 'w', encoding='utf-8').close()
got = count_lines('empty.txt')
assert got == 0, f"an empty file has 0 lines, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'an empty file has 0 lines',
      },
      {
        name: 'blank lines count',
        code: `with open('blanks.txt', 'w', encoding='utf-8') as f:
    f.write('a\\n\\n\\nb\\n')
got = count_lines('blanks.txt')
assert got == 4, f"a file containing 'a\\\\n\\\\n\\\\nb\\\\n' has 4 lines (2 of them blank), got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'blank lines count as lines',
      },
      {
        name: 'a long file',
        code: `with open('long.txt', 'w', encoding='utf-8') as f:
    for i in range(1000):
        f.write(f'line {i}\\n')
got = count_lines('long.txt')
assert got == 1000, f"a file with 1000 lines should give 1000, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'every line of the file is counted, however many there are',
      },
    ],
  },
  {
    slug: 'reading-files-find-lines',
    topic: 'reading-files',
    difficulty: 'medium',
    title: 'Find the lines that mention a word',
    prompt: `Write a function \`find_lines(path, word)\` that searches a text file, like a tiny \`grep\`.

It returns a list of \`(line_number, text)\` tuples, one for each line that contains \`word\`:

- \`line_number\` starts at **1** for the first line of the file (blank lines count too);
- \`text\` is the line exactly as in the file but **without its trailing newline** (keep leading spaces);
- the match is **case-insensitive** (\`'error'\` matches \`'ERROR'\` and \`'Errors'\`);
- a line that contains the word several times appears only once;
- no match: return an empty list.

\`\`\`python
# log.txt:
# start
# Error: disk full
# done, no error
print(find_lines('log.txt', 'error'))
# [(2, 'Error: disk full'), (3, 'done, no error')]
\`\`\``,
    starterCode: `def find_lines(path, word):
    """Return [(line_number, text), ...] for the lines of the file that contain word (any case)."""
    pass
`,
    solution: `def find_lines(path, word):
    """Return [(line_number, text), ...] for the lines of the file that contain word (any case)."""
    wanted = word.lower()
    matches = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            text = line.rstrip("\\n")
            if wanted in text.lower():
                matches.append((number, text))
    return matches
`,
    acceptedMutants: [
      {
        mutant: "swapped-call line 7: `line.rstrip('\\n')` becomes `line.strip('\\n')`",
        reason:
          'a line read from a file never starts with a newline, so only the trailing one is removed either way.',
      },
    ],
    hints: [
      'Loop over the open file; `enumerate(f, start=1)` gives you line numbers that start at 1 together with each line.',
      'Each line read from a file still ends with `"\\n"`; remove only that with `line.rstrip("\\n")` (`strip()` would also remove the leading spaces you must keep). Compare lowercased versions to ignore case.',
      'For every `(number, line)` from `enumerate`, compute `text = line.rstrip("\\n")`; if `word.lower() in text.lower()`, append `(number, text)` to a result list, and return the list after the loop.',
    ],
    tests: [
      {
        name: 'finds matching lines',
        code: `with open('log.txt', 'w', encoding='utf-8') as f:
    f.write('start\\nerror: disk full\\ndone\\n')
got = find_lines('log.txt', 'error')
assert got == [(2, 'error: disk full')], f"expected [(2, 'error: disk full')], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'ignores case',
        code: `with open('case.txt', 'w', encoding='utf-8') as f:
    f.write('start\\nError: disk full\\ndone, no ERRORS\\n')
got = find_lines('case.txt', 'error')
expected = [(2, 'Error: disk full'), (3, 'done, no ERRORS')]
assert got == expected, f"the search should ignore case: expected {expected!r}, got {got!r}"
got = find_lines('case.txt', 'ErRoR')
assert got == expected, f"the word's case does not matter either: find_lines('case.txt', 'ErRoR') should be {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'no match gives an empty list',
        code: `with open('calm.txt', 'w', encoding='utf-8') as f:
    f.write('all good\\nstill good\\n')
got = find_lines('calm.txt', 'error')
assert got == [], f"no line contains 'error', so the result should be [], got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'blank lines still count for numbering',
        code: `with open('gaps.txt', 'w', encoding='utf-8') as f:
    f.write('\\n\\ntarget here\\n\\ntarget again\\n')
got = find_lines('gaps.txt', 'target')
expected = [(3, 'target here'), (5, 'target again')]
assert got == expected, f"line numbers start at 1 and blank lines count: expected {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'line numbers start at 1 and blank lines count',
      },
      {
        name: 'keeps leading spaces, last line without newline',
        code: `with open('code.txt', 'w', encoding='utf-8') as f:
    f.write('def f():\\n    return MATCH')
got = find_lines('code.txt', 'match')
expected = [(2, '    return MATCH')]
assert got == expected, f"remove only the newline, keep the indentation: expected {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'the text is the line as in the file without its newline, leading spaces kept',
      },
      {
        name: 'one entry per line',
        code: `with open('echo.txt', 'w', encoding='utf-8') as f:
    f.write('cat cat cat\\ndog\\n')
got = find_lines('echo.txt', 'cat')
assert got == [(1, 'cat cat cat')], f"a line with the word three times should appear once: expected [(1, 'cat cat cat')], got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a line that contains the word several times appears once',
      },
    ],
  },
  {
    slug: 'reading-files-config',
    topic: 'reading-files',
    difficulty: 'hard',
    title: 'Read a settings file',
    prompt: `Write a function \`load_config(path)\` that reads a simple settings file and returns a \`dict\` of strings.

The file format:

\`\`\`text
# comment lines start with #
name = LearnFlow
   theme=dark
url = https://example.org/?a=1&b=2
\`\`\`

Rules:

1. Each setting line is \`key = value\`. Split on the **first** \`=\` only (values may contain \`=\`), and strip spaces around the key and the value.
2. Skip blank lines and comment lines (their first non-space character is \`#\`).
3. If a key appears twice, the later value wins.
4. Any other line without \`=\` is invalid: raise \`ValueError\` with a message that names its line number, e.g. \`"line 3: missing '='"\` (the first line of the file is line 1).
5. If the file does not exist, return an empty dict \`{}\`.

Read the file as UTF-8. For the file above the result is
\`{'name': 'LearnFlow', 'theme': 'dark', 'url': 'https://example.org/?a=1&b=2'}\`.`,
    starterCode: `def load_config(path):
    """Read 'key = value' lines from path into a dict (see the rules in the task)."""
    pass
`,
    solution: `def load_config(path):
    """Read 'key = value' lines from path into a dict (see the rules in the task)."""
    config = {}
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        return config
    with f:
        for number, line in enumerate(f, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if "=" not in stripped:
                raise ValueError(f"line {number}: missing '='")
            key, value = stripped.split("=", 1)
            config[key.strip()] = value.strip()
    return config
`,
    hints: [
      "Read the file line by line with `enumerate(f, start=1)` so you know each line's number, and call `line.strip()` first: that makes blank lines empty and exposes a leading `#`.",
      '`"a=b=c".split("=")` gives three pieces; `split("=", 1)` splits only on the first `=`. A missing file raises `FileNotFoundError` when you call `open`, which you can catch to return `{}`.',
      'Wrap only the `open(...)` in `try/except FileNotFoundError: return {}`. Then for each stripped line: `continue` if empty or starting with `#`, `raise ValueError(f"line {number}: missing \'=\'")` if there is no `=`, else `key, value = stripped.split("=", 1)` and store the stripped parts.',
    ],
    tests: [
      {
        name: 'reads key = value lines',
        code: `with open('app.cfg', 'w', encoding='utf-8') as f:
    f.write('name = LearnFlow\\ntheme = dark\\n')
got = load_config('app.cfg')
expected = {'name': 'LearnFlow', 'theme': 'dark'}
assert got == expected, f"expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'comments, blank lines and spaces',
        code: `with open('messy.cfg', 'w', encoding='utf-8') as f:
    f.write('# settings\\n\\n   theme=dark   \\n    # indented comment\\nsize   =  12\\n\\n')
got = load_config('messy.cfg')
expected = {'theme': 'dark', 'size': '12'}
assert got == expected, f"skip comments and blank lines, strip spaces around keys and values: expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'missing file gives an empty dict',
        code: `got = load_config('does_not_exist.cfg')
assert got == {}, f"a missing file should give {{}}, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'values may contain =',
        code: `with open('url.cfg', 'w', encoding='utf-8') as f:
    f.write('url = https://example.org/?a=1&b=2\\n')
got = load_config('url.cfg')
expected = {'url': 'https://example.org/?a=1&b=2'}
assert got == expected, f"split on the first '=' only: expected {expected!r}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a line is split at its first = only',
      },
      {
        name: 'later values win',
        code: `with open('twice.cfg', 'w', encoding='utf-8') as f:
    f.write('theme = light\\nsize = 10\\ntheme = dark\\n')
got = load_config('twice.cfg')
expected = {'theme': 'dark', 'size': '10'}
assert got == expected, f"the later 'theme' should win: expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'when a key appears twice, the later value wins',
      },
      {
        name: 'invalid line names its number',
        code: `with open('broken.cfg', 'w', encoding='utf-8') as f:
    f.write('# header\\nname = x\\njust some words\\n')
try:
    load_config('broken.cfg')
except ValueError as e:
    assert 'line 3' in str(e), f"the ValueError message should mention 'line 3', got {str(e)!r}"
except Exception as e:
    raise AssertionError(f"a line without '=' should raise ValueError, not {type(e).__name__}: {e}")
else:
    raise AssertionError("the line 'just some words' has no '=': load_config should raise ValueError")`,
        weight: 2,
        hidden: true,
        rule: 'a line without = raises ValueError naming its line number',
      },
      {
        name: 'non-ASCII text',
        code: `with open('intl.cfg', 'w', encoding='utf-8') as f:
    f.write('greeting = héllo wörld\\ncity = Zürich\\n')
got = load_config('intl.cfg')
expected = {'greeting': 'héllo wörld', 'city': 'Zürich'}
assert got == expected, f"read the file as UTF-8: expected {expected!r}, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'the file is read as UTF-8',
      },
    ],
  },

  // ---------------------------------------------------------------- writing-files
  {
    slug: 'writing-files-save-lines',
    topic: 'writing-files',
    difficulty: 'easy',
    title: 'Save a list, one item per line',
    prompt: `Write a function \`save_lines(path, items)\` that writes every item of the list \`items\` to the file at \`path\`, one per line.

- Convert each item with \`str()\`, so numbers work too.
- **Every** line ends with a newline \`"\\n"\`, including the last one.
- If the file already exists, its old content is replaced.
- An empty list produces an empty file (the file must still be created).

The function returns nothing.

\`\`\`python
save_lines('shopping.txt', ['milk', 'eggs', 12])
# shopping.txt now contains "milk\\neggs\\n12\\n"
\`\`\``,
    starterCode: `def save_lines(path, items):
    """Write each item of items on its own line in the file at path."""
    pass
`,
    solution: `def save_lines(path, items):
    """Write each item of items on its own line in the file at path."""
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(f"{item}\\n")
`,
    hints: [
      'Open the file for writing with mode `"w"`: `with open(path, "w", encoding="utf-8") as f:`. Mode `"w"` creates the file, or empties it if it already exists.',
      '`f.write()` accepts only strings and does not add a newline by itself, unlike `print`.',
      'Inside the `with` block, loop over `items` and call `f.write(str(item) + "\\n")` (or `f.write(f"{item}\\n")`) for each one.',
    ],
    tests: [
      {
        name: 'one item per line',
        code: `save_lines('fruits.txt', ['apple', 'banana', 'cherry'])
import os
assert os.path.exists('fruits.txt'), "save_lines('fruits.txt', [...]) did not create fruits.txt: open the file with mode 'w'"
with open('fruits.txt', encoding='utf-8') as f:
    got = f.read()
assert got == 'apple\\nbanana\\ncherry\\n', f"the file should contain 'apple\\\\nbanana\\\\ncherry\\\\n', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'numbers are converted',
        code: `save_lines('numbers.txt', [1, 2.5, True])
import os
assert os.path.exists('numbers.txt'), "save_lines('numbers.txt', [...]) did not create numbers.txt"
with open('numbers.txt', encoding='utf-8') as f:
    got = f.read()
assert got == '1\\n2.5\\nTrue\\n', f"convert items with str(): expected '1\\\\n2.5\\\\nTrue\\\\n', got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'old content is replaced',
        code: `with open('old.txt', 'w', encoding='utf-8') as f:
    f.write('this should disappear\\n')
save_lines('old.txt', ['new'])
with open('old.txt', encoding='utf-8') as f:
    got = f.read()
assert got == 'new\\n', f"the old content should be replaced (open with mode 'w'): expected 'new\\\\n', got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'saving replaces what the file held before',
      },
      {
        name: 'empty list makes an empty file',
        code: `import os
save_lines('nothing.txt', [])
assert os.path.exists('nothing.txt'), "save_lines('nothing.txt', []) should still create the file"
with open('nothing.txt', encoding='utf-8') as f:
    got = f.read()
assert got == '', f"the file should be empty, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'an empty list still creates the file, empty',
      },
      {
        name: 'lines read back',
        code: `items = ['first line', 'second, with comma', 'Zoë']
save_lines('mixed.txt', items)
import os
assert os.path.exists('mixed.txt'), "save_lines('mixed.txt', [...]) did not create mixed.txt"
with open('mixed.txt', encoding='utf-8') as f:
    got = f.read().splitlines()
assert got == items, f"reading the file back should give {items!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
    ],
  },
  {
    slug: 'writing-files-append-log',
    topic: 'writing-files',
    difficulty: 'medium',
    title: 'A numbered log file',
    prompt: `Write a function \`log(path, message)\` that **appends** one numbered line to a log file and returns its number.

- The new line is \`"<n>: <message>\\n"\`, where \`n\` is the number of lines already in the file plus 1.
- If the file does not exist yet, it is created and the first line gets number 1.
- Lines already in the file (even ones written by someone else) are kept.
- The numbering must come from the file itself, not from a variable in your program: several log files can be used at the same time.

\`\`\`python
log('app.log', 'started')    # returns 1
log('app.log', 'working')    # returns 2
# app.log now contains "1: started\\n2: working\\n"
\`\`\``,
    starterCode: `def log(path, message):
    """Append '<n>: <message>' as a new line of the file at path and return n."""
    pass
`,
    solution: `import os


def log(path, message):
    """Append '<n>: <message>' as a new line of the file at path and return n."""
    count = 0
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            count = sum(1 for _line in f)
    number = count + 1
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{number}: {message}\\n")
    return number
`,
    hints: [
      'There are two steps: find out how many lines the file already has, then add one line at the end. Mode `"a"` (append) opens a file for writing at its end and creates it if needed.',
      'Mode `"w"` would erase the log every time, and a global counter would be wrong as soon as the file already has lines or two files are used. Opening a missing file for reading raises `FileNotFoundError`, so check `os.path.exists(path)` (or catch the error) first.',
      'Count the existing lines (0 if the file does not exist), set `number = count + 1`, then `with open(path, "a", encoding="utf-8") as f: f.write(f"{number}: {message}\\n")` and return `number`.',
    ],
    tests: [
      {
        name: 'creates the file',
        code: `got = log('first.log', 'started')
assert got == 1, f"the first log line should be number 1, got {got!r}"
with open('first.log', encoding='utf-8') as f:
    content = f.read()
assert content == '1: started\\n', f"first.log should contain '1: started\\\\n', got {content!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'numbering continues',
        code: `log('run.log', 'started')
got = log('run.log', 'working')
assert got == 2, f"the second call should return 2, got {got!r}"
with open('run.log', encoding='utf-8') as f:
    content = f.read()
assert content == '1: started\\n2: working\\n', f"run.log should contain '1: started\\\\n2: working\\\\n', got {content!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'many lines',
        code: `for i in range(1, 11):
    got = log('many.log', f'event {i}')
assert got == 10, f"the tenth call should return 10, got {got!r}"
with open('many.log', encoding='utf-8') as f:
    lines = f.read().splitlines()
assert lines[-1] == '10: event 10' and len(lines) == 10, f"expected 10 lines ending with '10: event 10', got {lines!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'existing content is kept',
        code: `with open('old.log', 'w', encoding='utf-8') as f:
    f.write('written by someone else\\n')
got = log('old.log', 'hello')
assert got == 2, f"the file already had 1 line, so log() should return 2, got {got!r}"
with open('old.log', encoding='utf-8') as f:
    content = f.read()
assert content == 'written by someone else\\n2: hello\\n', f"append, do not overwrite: expected 'written by someone else\\\\n2: hello\\\\n', got {content!r}"`,
        weight: 2,
        hidden: true,
        rule: 'log appends to what the file already holds and numbers from its line count',
      },
      {
        name: 'two files are numbered separately',
        code: `log('a.log', 'one')
log('a.log', 'two')
got = log('b.log', 'alpha')
assert got == 1, f"b.log is a new file, so its first line should be number 1, got {got!r}: count the lines of the file instead of using a global counter"`,
        weight: 2,
        hidden: true,
        rule: 'each file is numbered from its own lines',
      },
    ],
  },
  {
    slug: 'writing-files-number-lines',
    topic: 'writing-files',
    difficulty: 'hard',
    title: 'Copy a file with line numbers',
    prompt: `Write a function \`number_lines(src, dst)\` that reads the text file \`src\` and writes a copy of it to \`dst\` with line numbers in front of every line. It returns the number of lines written.

Format of each output line: the line number (starting at 1), **right-aligned** to the width of the biggest line number, then \`" | "\`, then the original line text, then a newline.

- Every output line ends with \`"\\n"\`, even if the last line of \`src\` did not.
- Blank lines are numbered too (the output line is then \`"<n> | "\`).
- An empty \`src\` produces an empty \`dst\` and returns \`0\`.
- \`src\` itself is not modified.

With 12 lines the numbers are 2 characters wide:

\`\`\`text
 1 | first line
 2 | second line
...
12 | last line
\`\`\`

Tip: \`f"{n:>{width}}"\` right-aligns \`n\` in \`width\` characters.`,
    starterCode: `def number_lines(src, dst):
    """Copy src to dst with right-aligned line numbers; return the number of lines."""
    pass
`,
    solution: `def number_lines(src, dst):
    """Copy src to dst with right-aligned line numbers; return the number of lines."""
    with open(src, encoding="utf-8") as f:
        lines = f.read().splitlines()
    width = len(str(len(lines)))
    with open(dst, "w", encoding="utf-8") as out:
        for number, text in enumerate(lines, start=1):
            out.write(f"{number:>{width}} | {text}\\n")
    return len(lines)
`,
    hints: [
      'You need the total number of lines before writing the first one (it decides the width), so read the whole source first, e.g. `f.read().splitlines()`, which also drops the newlines.',
      'The width is the number of digits of the last line number: `len(str(len(lines)))`. Write every line yourself with a `"\\n"` at the end so a missing final newline does not matter.',
      'Open `dst` with mode `"w"`, loop with `for number, text in enumerate(lines, start=1):` and write `f"{number:>{width}} | {text}\\n"`; finally return `len(lines)`.',
    ],
    tests: [
      {
        name: 'three lines',
        code: `with open('poem.txt', 'w', encoding='utf-8') as f:
    f.write('roses\\nviolets\\nsugar\\n')
got = number_lines('poem.txt', 'poem_numbered.txt')
import os
assert os.path.exists('poem_numbered.txt'), "number_lines('poem.txt', 'poem_numbered.txt') did not create poem_numbered.txt: open dst with mode 'w'"
with open('poem_numbered.txt', encoding='utf-8') as f:
    content = f.read()
expected = '1 | roses\\n2 | violets\\n3 | sugar\\n'
assert content == expected, f"expected {expected!r}, got {content!r}"
assert got == 3, f"number_lines should return 3, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'numbers are right-aligned',
        code: `with open('twelve.txt', 'w', encoding='utf-8') as f:
    for i in range(1, 13):
        f.write(f'line {i}\\n')
number_lines('twelve.txt', 'twelve_numbered.txt')
import os
assert os.path.exists('twelve_numbered.txt'), "number_lines did not create twelve_numbered.txt"
with open('twelve_numbered.txt', encoding='utf-8') as f:
    lines = f.read().splitlines()
assert len(lines) == 12, f"expected 12 output lines, got {len(lines)}"
assert lines[0] == ' 1 | line 1', f"with 12 lines the numbers are 2 wide: the first line should be ' 1 | line 1', got {lines[0]!r}"
assert lines[11] == '12 | line 12', f"the last line should be '12 | line 12', got {lines[11]!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'source is unchanged',
        code: `with open('keep.txt', 'w', encoding='utf-8') as f:
    f.write('a\\nb\\n')
number_lines('keep.txt', 'keep_numbered.txt')
with open('keep.txt', encoding='utf-8') as f:
    content = f.read()
assert content == 'a\\nb\\n', f"the source file must not change, it now contains {content!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'last line without a newline',
        code: `with open('open_end.txt', 'w', encoding='utf-8') as f:
    f.write('x\\ny')
got = number_lines('open_end.txt', 'open_end_numbered.txt')
import os
assert os.path.exists('open_end_numbered.txt'), "number_lines did not create open_end_numbered.txt"
with open('open_end_numbered.txt', encoding='utf-8') as f:
    content = f.read()
assert content == '1 | x\\n2 | y\\n', f"every output line ends with a newline: expected '1 | x\\\\n2 | y\\\\n', got {content!r}"
assert got == 2, f"should return 2, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'every output line ends with a newline, the last one included',
      },
      {
        name: 'blank lines are numbered',
        code: `with open('gaps.txt', 'w', encoding='utf-8') as f:
    f.write('a\\n\\nb\\n')
number_lines('gaps.txt', 'gaps_numbered.txt')
import os
assert os.path.exists('gaps_numbered.txt'), "number_lines did not create gaps_numbered.txt"
with open('gaps_numbered.txt', encoding='utf-8') as f:
    content = f.read()
assert content == '1 | a\\n2 | \\n3 | b\\n', f"expected '1 | a\\\\n2 | \\\\n3 | b\\\\n', got {content!r}"`,
        weight: 1,
        hidden: true,
        rule: 'blank lines are numbered too',
      },
      {
        name: 'empty source',
        code: `import os
open('void.txt', 'w', encoding='utf-8').close()
got = number_lines('void.txt', 'void_numbered.txt')
assert got == 0, f"an empty file has 0 lines, got {got!r}"
assert os.path.exists('void_numbered.txt'), "the destination file should be created even when the source is empty"
with open('void_numbered.txt', encoding='utf-8') as f:
    content = f.read()
assert content == '', f"the destination should be empty, got {content!r}"`,
        weight: 2,
        hidden: true,
        rule: 'an empty source still creates the destination file and gives 0',
      },
    ],
  },

  // ---------------------------------------------------------------- csv-and-json
  {
    slug: 'csv-and-json-settings',
    topic: 'csv-and-json',
    difficulty: 'easy',
    title: 'Save and load settings as JSON',
    prompt: `Write two functions that store a settings dictionary in a JSON file with the \`json\` module.

- \`save_settings(path, settings)\` writes the dict \`settings\` to the file at \`path\` as JSON (replacing any old content).
- \`load_settings(path)\` reads that file back and returns the dict. If the file does not exist, it returns an empty dict \`{}\`.

Values can be nested (lists, dicts) and contain non-ASCII text.

\`\`\`python
save_settings('settings.json', {'theme': 'dark', 'font_size': 14})
print(load_settings('settings.json'))   # {'theme': 'dark', 'font_size': 14}
print(load_settings('missing.json'))    # {}
\`\`\``,
    starterCode: `import json


def save_settings(path, settings):
    """Write the settings dict to path as JSON."""
    pass


def load_settings(path):
    """Return the settings dict stored in path, or {} if the file does not exist."""
    pass
`,
    solution: `import json
import os


def save_settings(path, settings):
    """Write the settings dict to path as JSON."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=2)


def load_settings(path):
    """Return the settings dict stored in path, or {} if the file does not exist."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)
`,
    acceptedMutants: [
      {
        mutant: 'off-by-one line 8: 2 becomes 3',
        reason: "the JSON file's indentation is not part of the task: any valid JSON is right.",
      },
      {
        mutant: 'off-by-one line 8: 2 becomes 1',
        reason: "the JSON file's indentation is not part of the task: any valid JSON is right.",
      },
    ],
    hints: [
      'The `json` module has `json.dump(data, file)` to write to an open file and `json.load(file)` to read from one.',
      'Open the file with `"w"` for saving and with the default read mode for loading. Opening a file that does not exist raises `FileNotFoundError`, so check first with `os.path.exists(path)` (or catch the error).',
      'In `save_settings`: `with open(path, "w", encoding="utf-8") as f: json.dump(settings, f)`. In `load_settings`: return `{}` if the path does not exist, otherwise open it and `return json.load(f)`.',
    ],
    tests: [
      {
        name: 'save then load',
        code: `data = {'theme': 'dark', 'font_size': 14}
save_settings('settings.json', data)
got = load_settings('settings.json')
assert got == data, f"loading what was saved should give {data!r}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'the file is real JSON',
        code: `import json
import os
save_settings('real.json', {'volume': 7, 'muted': False})
assert os.path.exists('real.json'), "save_settings('real.json', ...) did not create real.json"
with open('real.json', encoding='utf-8') as f:
    got = json.load(f)
assert got == {'volume': 7, 'muted': False}, f"the file should contain the settings as JSON, json.load gave {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'loads a file written elsewhere',
        code: `with open('given.json', 'w', encoding='utf-8') as f:
    f.write('{"language": "python", "level": 3}')
got = load_settings('given.json')
assert got == {'language': 'python', 'level': 3}, f"expected {{'language': 'python', 'level': 3}}, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'missing file',
        code: `got = load_settings('nowhere.json')
assert got == {}, f"load_settings on a missing file should return {{}}, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'loading a file that does not exist returns an empty dict',
      },
      {
        name: 'nested values and non-ASCII text',
        code: `data = {'name': 'Zoë', 'recent': ['a.py', 'b.py'], 'editor': {'tabs': 4, 'wrap': True}}
save_settings('nested.json', data)
save_settings('nested.json', data)
got = load_settings('nested.json')
assert got == data, f"expected {data!r}, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'nested values and non-ASCII text survive saving and loading',
      },
    ],
  },
  {
    slug: 'csv-and-json-column-average',
    topic: 'csv-and-json',
    difficulty: 'medium',
    title: 'Average of a CSV column',
    prompt: `Write a function \`column_average(path, column)\` that reads a CSV file whose first row is a header, and returns the average of the numbers in the column named \`column\`, **rounded to 2 decimals**.

- Use the \`csv\` module (\`csv.DictReader\` is ideal): fields may be quoted and contain commas, like \`"Smith, Anna"\`.
- Skip rows where that column is empty (or only spaces).
- If there are no numbers at all, return \`0.0\`.
- If the header has no column with that name, raise \`KeyError\`.

\`\`\`python
# scores.csv
# name,score
# Ana,90
# Bo,75
print(column_average('scores.csv', 'score'))   # 82.5
\`\`\``,
    starterCode: `import csv


def column_average(path, column):
    """Return the average of the numbers in the given column of a CSV file, rounded to 2 decimals."""
    pass
`,
    solution: `import csv


def column_average(path, column):
    """Return the average of the numbers in the given column of a CSV file, rounded to 2 decimals."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if column not in (reader.fieldnames or []):
            raise KeyError(column)
        values = [float(row[column]) for row in reader if row[column].strip()]
    if not values:
        return 0.0
    return round(sum(values) / len(values), 2)
`,
    hints: [
      'Open the file with `newline=""` and wrap it in `csv.DictReader(f)`: each row becomes a dict keyed by the header, and `reader.fieldnames` is the header itself.',
      'Splitting lines on `","` breaks on quoted fields such as `"Smith, Anna"`; the csv module handles them. Every value is a string: skip empty ones, convert the rest with `float()`, and remember that you cannot divide by zero when nothing is left.',
      'Check `column not in reader.fieldnames` first and `raise KeyError(column)`. Collect `float(row[column])` for rows where `row[column].strip()` is not empty; return `0.0` for an empty list, else `round(sum(values) / len(values), 2)`.',
    ],
    tests: [
      {
        name: 'simple average',
        code: `with open('scores.csv', 'w', encoding='utf-8') as f:
    f.write('name,score\\nAna,90\\nBo,75\\n')
got = column_average('scores.csv', 'score')
assert got == 82.5, f"the average of 90 and 75 is 82.5, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'rounded to 2 decimals',
        code: `with open('prices.csv', 'w', encoding='utf-8') as f:
    f.write('item,price,qty\\npen,1.5,3\\ncup,2.25,1\\nink,4,2\\n')
got = column_average('prices.csv', 'price')
assert got == 2.58, f"the average of 1.5, 2.25 and 4 is 2.5833..., rounded 2.58; got {got!r}"
got = column_average('prices.csv', 'qty')
assert got == 2.0, f"the average of the 'qty' column should be 2.0, got {got!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'empty values are skipped',
        code: `with open('gaps.csv', 'w', encoding='utf-8') as f:
    f.write('name,score\\nAna,10\\nBo,\\nCy,  \\nDi,20\\n')
got = column_average('gaps.csv', 'score')
assert got == 15.0, f"only 10 and 20 are numbers, so the average is 15.0, got {got!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'quoted fields with commas',
        code: `with open('people.csv', 'w', encoding='utf-8') as f:
    f.write('name,city,score\\n"Smith, Anna",Oslo,90\\n"Lee, Bo","Rome, IT",70\\n')
got = column_average('people.csv', 'score')
assert got == 80.0, f"fields in quotes may contain commas (use the csv module): expected 80.0, got {got!r}"`,
        weight: 2,
        hidden: true,
        rule: 'fields in quotes may contain commas (read with the csv module)',
      },
      {
        name: 'no numbers at all',
        code: `with open('header_only.csv', 'w', encoding='utf-8') as f:
    f.write('name,score\\n')
got = column_average('header_only.csv', 'score')
assert got == 0.0, f"a file with only a header has no numbers: expected 0.0, got {got!r}"`,
        weight: 1,
        hidden: true,
        rule: 'a column without numbers averages 0.0',
      },
      {
        name: 'unknown column',
        code: `with open('small.csv', 'w', encoding='utf-8') as f:
    f.write('name,score\\n')
try:
    column_average('small.csv', 'age')
except KeyError:
    pass
except Exception as e:
    raise AssertionError(f"an unknown column should raise KeyError, not {type(e).__name__}: {e}")
else:
    raise AssertionError("the header has no 'age' column: column_average should raise KeyError (check reader.fieldnames)")`,
        weight: 2,
        hidden: true,
        rule: 'an unknown column raises KeyError',
      },
    ],
  },
  {
    slug: 'csv-and-json-csv-to-json',
    topic: 'csv-and-json',
    difficulty: 'hard',
    title: 'Convert CSV to JSON',
    prompt: `Write a function \`csv_to_json(csv_path, json_path)\` that converts a CSV file (first row = header) into a JSON file, and returns the number of data rows.

- The JSON file contains a **list** with one object per row; each object maps the header names (in header order) to the row's values.
- Values that are whole numbers, i.e. an optional \`-\` followed by one or more digits (\`42\`, \`-7\`, \`007\`), become \`int\`s. Every other value stays a string exactly as in the CSV (\`"3.5"\`, \`"abc"\`, \`""\`, \`"-"\`).
- Quoted fields may contain commas.
- A file with only a header produces \`[]\` and returns \`0\`.

\`\`\`python
# team.csv
# name,age,city
# Ana,31,"Oslo, NO"
# Bo,n/a,Rome
print(csv_to_json('team.csv', 'team.json'))   # 2
# team.json: [{"name": "Ana", "age": 31, "city": "Oslo, NO"},
#             {"name": "Bo", "age": "n/a", "city": "Rome"}]
\`\`\``,
    starterCode: `import csv
import json


def csv_to_json(csv_path, json_path):
    """Write the rows of csv_path as a JSON list of objects to json_path; return the row count."""
    pass
`,
    solution: `import csv
import json


def convert(value):
    """Turn '42' or '-7' into an int; leave every other string unchanged."""
    digits = value[1:] if value.startswith("-") else value
    if digits and all(ch in "0123456789" for ch in digits):
        return int(value)
    return value


def csv_to_json(csv_path, json_path):
    """Write the rows of csv_path as a JSON list of objects to json_path; return the row count."""
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = [{key: convert(value) for key, value in row.items()} for row in csv.DictReader(f)]
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=2)
    return len(rows)
`,
    acceptedMutants: [
      {
        mutant: 'off-by-one line 18: 2 becomes 3',
        reason: "the JSON file's indentation is not part of the task: any valid JSON is right.",
      },
      {
        mutant: 'off-by-one line 18: 2 becomes 1',
        reason: "the JSON file's indentation is not part of the task: any valid JSON is right.",
      },
    ],
    hints: [
      'Read the rows with `csv.DictReader` (open the file with `newline=""`), build a list of dicts, and write the whole list at once with `json.dump`.',
      'Everything the csv module returns is a string. Write a small helper that decides whether a value is a whole number: strip one leading `-`, then check the rest is non-empty and made only of digits; `"-"` and `""` must stay strings.',
      'Helper: `digits = value[1:] if value.startswith("-") else value`; return `int(value)` when `digits` is non-empty and all digits, else `value`. Then `rows = [{k: helper(v) for k, v in row.items()} for row in reader]`, `json.dump(rows, f)` to the `"w"`-opened JSON file, and `return len(rows)`.',
    ],
    tests: [
      {
        name: 'rows become objects',
        code: `import json
import os
with open('pets.csv', 'w', encoding='utf-8') as f:
    f.write('name,kind\\nRex,dog\\nTom,cat\\n')
got = csv_to_json('pets.csv', 'pets.json')
assert os.path.exists('pets.json'), "csv_to_json did not create pets.json: open it with mode 'w' and json.dump the rows"
assert got == 2, f"csv_to_json should return the number of data rows (2), got {got!r}"
with open('pets.json', encoding='utf-8') as f:
    data = json.load(f)
expected = [{'name': 'Rex', 'kind': 'dog'}, {'name': 'Tom', 'kind': 'cat'}]
assert data == expected, f"pets.json should contain {expected!r}, got {data!r}"`,
        weight: 1,
        hidden: false,
      },
      {
        name: 'whole numbers become ints',
        code: `import json
import os
with open('values.csv', 'w', encoding='utf-8') as f:
    f.write('a,b,c,d,e,f\\n42,-7,3.5,abc,,-\\n')
csv_to_json('values.csv', 'values.json')
assert os.path.exists('values.json'), "csv_to_json did not create values.json: open it with mode 'w' and json.dump the rows"
with open('values.json', encoding='utf-8') as f:
    data = json.load(f)
expected = [{'a': 42, 'b': -7, 'c': '3.5', 'd': 'abc', 'e': '', 'f': '-'}]
assert data == expected, f"only whole numbers become ints: expected {expected!r}, got {data!r}"
assert type(data[0]['a']) is int and type(data[0]['b']) is int, f"'42' and '-7' should become the ints 42 and -7, not {data[0]['a']!r} and {data[0]['b']!r}"`,
        weight: 2,
        hidden: false,
      },
      {
        name: 'quoted commas are kept',
        code: `import json
import os
with open('team.csv', 'w', encoding='utf-8') as f:
    f.write('name,age,city\\nAna,31,"Oslo, NO"\\n')
csv_to_json('team.csv', 'team.json')
assert os.path.exists('team.json'), "csv_to_json did not create team.json: open it with mode 'w' and json.dump the rows"
with open('team.json', encoding='utf-8') as f:
    data = json.load(f)
expected = [{'name': 'Ana', 'age': 31, 'city': 'Oslo, NO'}]
assert data == expected, f"expected {expected!r}, got {data!r}"`,
        weight: 2,
        hidden: true,
        rule: 'quoted fields may contain commas',
      },
      {
        name: 'header only',
        code: `import json
import os
with open('empty.csv', 'w', encoding='utf-8') as f:
    f.write('name,age\\n')
got = csv_to_json('empty.csv', 'empty.json')
assert os.path.exists('empty.json'), "csv_to_json did not create empty.json: open it with mode 'w' and json.dump the rows"
assert got == 0, f"a CSV with only a header has 0 rows, got {got!r}"
with open('empty.json', encoding='utf-8') as f:
    data = json.load(f)
assert data == [], f"empty.json should contain [], got {data!r}"`,
        weight: 2,
        hidden: true,
        rule: 'a file with only a header gives [] and returns 0',
      },
      {
        name: 'keys follow the header order',
        code: `import json
import os
with open('order.csv', 'w', encoding='utf-8') as f:
    f.write('zeta,alpha,mid\\n1,2,3\\n4,5,6\\n')
csv_to_json('order.csv', 'order.json')
assert os.path.exists('order.json'), "csv_to_json did not create order.json: open it with mode 'w' and json.dump the rows"
with open('order.json', encoding='utf-8') as f:
    data = json.load(f)
assert [list(row) for row in data] == [['zeta', 'alpha', 'mid']] * 2, f"keys should be in header order ['zeta', 'alpha', 'mid'], got {[list(row) for row in data]!r}"
assert data[1] == {'zeta': 4, 'alpha': 5, 'mid': 6}, f"second row should be {{'zeta': 4, 'alpha': 5, 'mid': 6}}, got {data[1]!r}"`,
        weight: 1,
        hidden: true,
        rule: "each object's keys follow the header order",
      },
      {
        name: 'non-ASCII text',
        code: `import json
import os
with open('names.csv', 'w', encoding='utf-8') as f:
    f.write('name,city\\nZoë,Zürich\\n')
csv_to_json('names.csv', 'names.json')
assert os.path.exists('names.json'), "csv_to_json did not create names.json: open it with mode 'w' and json.dump the rows"
with open('names.json', encoding='utf-8') as f:
    data = json.load(f)
assert data == [{'name': 'Zoë', 'city': 'Zürich'}], f"expected [{{'name': 'Zoë', 'city': 'Zürich'}}], got {data!r}"`,
        weight: 1,
        hidden: true,
        rule: 'non-ASCII text is kept as it is',
      },
    ],
  },
];
