import { stemWord } from './stem-word.ts';

// Words that place a message in Python learning: the curriculum's topics, the language's own words and the
// everyday material of beginner programs (numbers, text, sums).
// Everyday English words that are also keywords ("for", "if", "with", "set") are left out: they say nothing
// about the subject on their own; PYTHON_PHRASES catches them where they do.
const PYTHON_WORDS = `python py code coding coder program programming script syntax interpreter ide vscode
  variable assignment datatype string str int integer float bool boolean none fstring operator modulo
  mutable immutable elif conditional indentation indent loop iterable iterate iteration nested enumerate zip
  tuple dictionary dict slice slicing append extend sorted comprehension function def argument parameter args
  kwargs recursion recursive scope global lambda closure class object instance method attribute self init
  constructor inheritance inherit superclass subclass override overriding polymorphism encapsulation
  abstraction dunder repr len eq csv json exception traceback except finally raise import module package
  library math random randint sqrt datetime timedelta collections counter defaultdict namedtuple deque
  strftime strptime fizzbuzz decorator generator yield iterator async await typing pip install venv virtualenv numpy
  pandas matplotlib django flask regex unittest pytest assert bytes unicode docstring shell repl jupyter
  pycharm input print range list string file truthy falsy
  number decimal digit round text character letter sum average reverse convert calculate array element`;

// Words that place a message outside it: other subjects, other languages and everyday chat.
const OFF_TOPIC_WORDS = `weather rain snow sunny temperature forecast football soccer basketball game games
  gaming fortnite minecraft console movie movies film series netflix song songs sing music singer joke jokes
  poem story recipe cook cooking pizza food eat dinner lunch breakfast restaurant diet weight gym workout essay history war revolution
  empire president election chemistry physics biology geography economics lab css html javascript js java
  php sql database react typescript cpp kotlin swift bitcoin crypto stock stocks money rich salary job resume
  cover letter girlfriend boyfriend mom dad family friend dating love bored sleep tired school laptop phone
  windows iphone android capital country city translate spanish french german language speak
  chatgpt favourite favorite color`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(stemWord));

/** Keywords in the company that makes them Python: "while True", "for loop", "if statement" (normalised text). */
export const PYTHON_PHRASES =
  /\b(?:for|while) (?:loops?|true|false|statements?)\b|\b(?:if|else|try|with|return|break|continue|pass|import|from)(?: \w+)? (?:statements?|blocks?|keywords?|clauses?)\b|\bif (?:else|elif)\b|\b(?:break|continue|pass|return|try|except|if|else|while|for) (?:and|or|vs|versus) (?:break|continue|pass|return|try|except|if|else|elif|while|for)\b|\bfor \w+ in\b|\bis none\b|\b(?:true|false) (?:and|or)\b/;

/** Stems of words that mark a message as being about Python. */
export const PYTHON_VOCABULARY: ReadonlySet<string> = toSet(PYTHON_WORDS);

/** Stems of words that mark a message as being about something else. */
export const OFF_TOPIC_VOCABULARY: ReadonlySet<string> = toSet(OFF_TOPIC_WORDS);
