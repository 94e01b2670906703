import { stemWord } from './stem-word.ts';

// Words that place a message in Python learning: the curriculum's topics and the language's own words.
const PYTHON_WORDS = `python py code coding coder program programming script syntax interpreter ide vscode
  variable assignment type data string str int integer float number bool boolean none true false
  input output print format fstring f string operator modulo division mutable immutable
  if elif else condition conditional indentation indent loop for while break continue pass range
  iterable iterate iteration nested enumerate zip list tuple dictionary dict set key value index slice slicing
  append extend sort sorted comprehension function def return argument parameter args kwargs default call
  recursion recursive scope global local lambda closure class object instance method attribute self init
  constructor inheritance inherit parent child super override overriding dunder magic repr len eq hash
  file open read write line csv json dump dumps load loads with mode exception error traceback try except
  finally raise custom import module package library from math random randint sqrt floor round datetime
  date timedelta collections counter defaultdict namedtuple deque strftime strptime fizzbuzz decorator
  generator yield iterator async await typing pip venv virtualenv numpy pandas matplotlib django flask regex
  unittest pytest assert bytes unicode encoding recursion stack queue algorithm sorting binary boolean
  docstring comment shell repl jupyter notebook pycharm`;

// Words that place a message outside it: other subjects, other languages and everyday chat.
const OFF_TOPIC_WORDS = `weather rain snow sunny temperature forecast football soccer basketball game games
  gaming fortnite minecraft console movie movies film series netflix song songs sing music singer joke jokes
  poem story recipe cook cooking pizza food restaurant diet weight gym workout essay history war revolution
  empire president election chemistry physics biology geography economics lab css html javascript js java
  php sql database react typescript cpp kotlin swift bitcoin crypto stock stocks money rich salary job resume
  cover letter girlfriend boyfriend mom dad family friend dating love bored sleep tired school laptop phone
  windows install iphone android capital country city translate spanish french german language speak
  chatgpt favourite favorite color`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(stemWord));

/** Stems of words that mark a message as being about Python. */
export const PYTHON_VOCABULARY: ReadonlySet<string> = toSet(PYTHON_WORDS);

/** Stems of words that mark a message as being about something else. */
export const OFF_TOPIC_VOCABULARY: ReadonlySet<string> = toSet(OFF_TOPIC_WORDS);
