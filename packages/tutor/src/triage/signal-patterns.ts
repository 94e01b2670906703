// Patterns for the explicit signals. Those on "normalised" text run on `normalizeTokens(...).join(' ')`.

/** A pasted Python traceback (raw text). */
export const TRACEBACK = /Traceback \(most recent call last\)|^\s*File "[^"]+", line \d+/m;

/** A line that starts with an exception and a colon, as the last line of a traceback does (raw text). */
export const EXCEPTION_LINE =
  /^\s*(?:[a-z_][\w.]*\.)?(?:[A-Z]\w*(?:Error|Exception)|StopIteration|KeyboardInterrupt)(?::|\s*$)/m;

/** The name of a Python exception, joined or spaced, any case (normalised text). */
export const EXCEPTION_NAME = new RegExp(
  String.raw`\b(?:index|key|type|value|name|attribute|zero ?division|syntax|indentation|tab|file ?not ?found|` +
    `module ?not ?found|import|recursion|unbound ?local|runtime|assertion|overflow|unicode ?(?:de|en)code|` +
    String.raw`json ?decode|permission|not ?implemented|memory|eof|lookup|connection|timeout) ?error\b|` +
    String.raw`\bstop ?iteration\b|\bkeyboard ?interrupt\b`,
);

/** Python written inline in the message: operators, calls, subscripts (raw text). */
export const INLINE_CODE = /==|!=|\/\/|\*\*|\+=|-=|\b[a-z_]\w*\([^)]*\)|\b[a-z_]\w*\[[^\]]*\]|\.[a-z_]\w*\(/i;

/** A fragment of an interpreter error message (normalised text). */
export const ERROR_MESSAGE = new RegExp(
  [
    'index out of range',
    'is not defined',
    'not subscriptable',
    'not callable',
    'not iterable',
    'has no attribute',
    'unsupported operand',
    'can only concatenate',
    'invalid syntax',
    'unexpected indent',
    'expected an indented block',
    'division by zero',
    'no such file',
    'maximum recursion',
    'before assignment',
    'required positional argument',
    'positional arguments? but',
    'unexpected keyword argument',
    'invalid literal',
    'unhashable type',
    'not json serializable',
    'domain error',
    'does not match format',
    'changed size during iteration',
    'unterminated string',
    'eol while scanning',
    'inconsistent use of tabs',
    'cant import name',
    'no module named',
    'object at 0x',
    'expecting value',
    'not associated with a value',
    'cant (?:subtract|multiply|convert|compare)',
  ].join('|'),
);

/** Words of trouble: something fails, is wrong or behaves unexpectedly (normalised text). */
export const ERROR_WORDS = new RegExp(
  String.raw`\b(?:error|errors|bug|bugs|buggy|crash\w*|broke(?! up)|broken|fail\w*|wrong|fix|issue|infinite|forever|` +
    String.raw`freez\w*|froze|hang\w*|weird|strange)\b|` +
    String.raw`\b(?:doesnt|dont|isnt|not|wont|cant|never|didnt) (?:work|working|run|running|print|printing|stop|` +
    `stops|end|ends|change|changes|update|updates|show|shows|trigger|triggers|reach|reaches|count|` +
    String.raw`find|finds|save|saves|see|sees|load|loads)\b|nothing happens|` +
    String.raw`\b(?:prints?|printing|returns?|returning|gives?|giving|shows?|showing|outputs?|gets?|got|` +
    String.raw`getting|displays?)(?: \w+){1,4} instead of\b|` +
    String.raw`\b(?:not|isnt|arent|doesnt|dont)(?: \w+ing)? (?:right|correct|correctly|properly)\b|` +
    String.raw`\b(?:why|how come) (?:doesnt|dont|isnt|wont|cant|didnt)(?: \w+){1,4} (?:work|run|print|stop|change)\b|` +
    String.raw`\b(?:return|returns|returning|print|prints|printing|gives?|giving|shows?|showing|get|getting)` +
    String.raw`(?: \w+){0,3} none\b|` +
    String.raw`\bkeeps? (?:saying|printing|giving|showing|crashing|running)\b|\bwhats going on\b`,
);

/** Asking about one's own progress, level or what to learn next (normalised text). */
export const PROGRESS_PHRASE = new RegExp(
  String.raw`\bmy (?:progress|streak|stats|statistics|level|scores?|mastery|xp|points|badges?|history|` +
    String.raw`dashboard|grades?|weak\w*|strong\w*|results?|learning)\b|\bhow am i doing\b|\bhow (?:is|s) my\b|` +
    String.raw`\bam i (?:ready|getting|on track|proficient|good|improving|doing)\b|` +
    String.raw`\b(?:level|lvl|rank|grade) (?:am i|do i have|i am|im)\b|\bhave i (?:improved|gotten better|progressed)\b|` +
    String.raw`\b(?:what|which|where)(?: \w+){0,2} (?:should|do|can) i (?:learn|study|do|focus|revise|practice|go)\b|` +
    String.raw`\b(?:learn|study|do) next\b|\bwhat(?:s| is) next\b|\bleft (?:in|for) (?:the |my )?(?:course|module|topic)|\bnext (?:topic|module|lesson)\b|` +
    String.raw`\b(?:have|did) i (?:finish|finished|complete|completed|pass|passed|unlock|unlocked|done|` +
    String.raw`master|mastered)\b|\bhow (?:many|much|far|long|good)\b.*\b(?:i|my|me)\b|\bwhere (?:did|am) i\b|` +
    String.raw`\b(?:streak|mastery|xp|progress|stats|badges?|dashboard|report card|learning plan|weak spots?|` +
    String.raw`weakest|strongest|proficient|move on|moving on|skip ahead)\b|` +
    String.raw`\b(?:i|ive|i have) (?:already )?(?:mastered|finished|completed|done|learned|learnt)\b|` +
    String.raw`\b(?:module|topic|course|lesson|chapter|unit)s? (?:is |are )?(?:done|finished|completed|left)\b|` +
    String.raw`\bdo i (?:need|have) to (?:finish|complete|learn|know|do)\b|\bcomes? (?:after|next|before)\b|` +
    String.raw`\b(?:which|what|how many) (?:\w+ ){0,2}(?:do|did|have) i (?:make|made|get|got|fail|failed|miss|` +
    String.raw`missed|do|done)\b`,
);

/** Describing what a program does that the student did not expect (normalised text). */
export const UNEXPECTED_BEHAVIOUR = new RegExp(
  String.raw`\b(?:always|never|only|still|keeps?|every time|same|empty|blank|nothing|skips?|resets?|stops?|` +
    `for some reason|somehow|backwards|randomly|suddenly|` +
    String.raw`too (?:early|late|many|few)|twice|forever|again and again|over and over)\b`,
);

/** Asking for practice: an exercise, a quiz, a challenge, another one, a hint (normalised text). */
export const PRACTICE_REQUEST = new RegExp(
  String.raw`\b(?:quiz|test|drill|challenge) (?:me|my)\b|\bhint\b|` +
    String.raw`\b(?:give|send|set|make|throw|prepare|get|have|try|want|need|do)(?: me| i)?(?: a| an| another| one| some|` +
    String.raw` more| \d+| a few| few)?(?: new| harder| easier| different| tricky| small| beginner| coding| random)*` +
    String.raw` (?:problem|question|one|task|challenge|exercise|quiz|practice|puzzle)s?\b|` +
    String.raw`\b(?:another|next|more|new|different|harder|easier|one more) (?:one|problem|question|challenge|task|` +
    String.raw`exercise|quiz|practice)s?\b|\bmake it (?:harder|easier)\b|\b(?:want|like) to (?:practice|practise)\b`,
);

/** Mentioning practice material at all: an exercise, a quiz, homework (normalised text). */
export const EXERCISE_WORD =
  /\b(?:exercise|exercises|practice|practise|quiz|quizzes|challenge|puzzle|drill|kata|assignment|homework|task)\b/;

/** Asking for an explanation of an idea (normalised text). */
export const EXPLAIN_PHRASE = new RegExp(
  String.raw`^(?:what|whats|how|why|when|explain|eli5|difference|define|describe)\b|` +
    String.raw`\b(?:what (?:is|are|does|do|means?|is mean)|whats|explain|difference between|vs|versus|` +
    `how (?:does|do|to|can|should|is)|why (?:do|does|is) (?:we|python|you|it)|what(?:s| is) the ` +
    `(?:point|difference|use|deal)|meaning of|help me understand|teach me|` +
    `when (?:should|do) (?:i|you|we) use|is it (?:possible|allowed)|` +
    String.raw`why (?:(?:would|should|do|does) (?:i|you|we|anyone|people) )?(?:use|need|bother))\b`,
);

/** Asking for feedback on code that works (normalised text). */
export const REVIEW_PHRASE = new RegExp(
  String.raw`\b(?:review|feedback|improve|improved|cleaner|clean up|better|pythonic|readable|readability|` +
    String.raw`style|efficient|efficiency|refactor\w*|shorter|shorten|simplify|pep ?8|best practice|` +
    `good practice|rate my|thoughts|opinion|what do you think|lmk|good or bad|hows this|` +
    String.raw`suggestions?|tips|edge cases?|written well|too many|too long|messy|decent|properly|correctly)\b|` +
    String.raw`\bis (?:this|it|my code|that) (?:good|ok|okay|fine|correct|right|decent|bad|efficient|the right)\b|` +
    String.raw`\b(?:it|this|code) (?:works|runs|passes|is passing)\b|` +
    String.raw`\bshould (?:i|this|it|we) (?:\w+ ){1,4}or\b`,
);

/** Asking what the attached code, a line of it or its syntax means (normalised text). */
export const EXPLAIN_CODE = new RegExp(
  String.raw`\b(?:what|how|explain)\b(?: \w+){0,4} (?:this|that|the|these|my) (?:code|line|lines|snippet|part|` +
    String.raw`bit|syntax|symbol|thing)s?\b(?: \w+){0,2} (?:mean|means|do|does|doing|work|works)\b|` +
    String.raw`\bexplain (?:this|that|the|these|my) (?:code|line|lines|snippet|part|bit|syntax)\b|` +
    String.raw`^(?:\w+ ){0,3}(?:explain|walk me through) (?:this|it)$|^(?:\w+ ){0,2}what (?:does|do) (?:this|it) do$|` +
    String.raw`\b(?:what (?:does|is) line \d+(?: do| doing| mean)?|explain line \d+|how does line \d+ work)\b`,
);

/** Harmful or dishonest requests that are declined whatever else the message says (normalised text). */
export const UNSAFE = new RegExp(
  String.raw`\b(?:malware|virus|viruses|keylogger|ransomware|trojan|spyware|botnet|phishing|ddos|rootkit)\b|` +
    String.raw`\bhack\w* (?:into|in to|a|an|my|the|someone|somebody|his|her|their|school|wifi|accounts?|` +
    String.raw`passwords?|instagram|facebook|websites?|phones?)\b|` +
    String.raw`\bsteal\w* (?:\w+ ){0,3}(?:passwords?|data|accounts?|credit|money|cards?|cookies)\b|` +
    String.raw`\bcheat\w* (?:on|in|during) (?:my |the |an |a )?(?:\w+ )?(?:exam|test|quiz)\b|\bhelp me cheat\b|` +
    String.raw`\banswers? (?:to|for|of|during) (?:the |my )?(?:\w+ )?(?:exam|test)\b|` +
    String.raw`\bbypass (?:the )?(?:plagiarism|proctor\w*|anti ?cheat)|\bspam\w*\b`,
);

/** Asking the tutor to do the student's own work: "write my homework for me" (normalised text). */
export const WORK_FOR_ME = new RegExp(
  String.raw`\b(?:write|do|solve|finish|complete|make)(?: (?:up|out|all of|the rest of))? (?:my|our) (?:homework|assignment|coursework|project|exam|test)\b|` +
    String.raw`\b(?:write|do|solve) (?:it|this|the whole thing|the (?:homework|assignment)) for me\b`,
);

/** "Just show me the solution", "what is the answer to the exercise": the worked answer, not a hint (normalised text). */
export const ASKS_SOLUTION =
  /\b(?:show|give|tell|send|write)(?: me)? (?:the|a|your) (?:full |whole |complete |correct |right )?(?:solution|answer)s?\b|\bwhat(?:s| is| s) the (?:solution|answer)s?(?: (?:to|for|of) (?:the|this|that|my) (?:exercise|problem|question|task))?$|^(?:just )?(?:the )?(?:solution|answer)s?(?: please| pls)?$/;

/** "Is my solution right?", "check my answer", "does this pass": the open exercise's tests, not a review. */
export const CHECKS_SOLUTION =
  /\b(?:is|does|will|would) (?:my|this|the|it)(?: (?:solution|answer|code|program|attempt))? (?:right|correct|ok|okay|work|pass|good enough|finished|done)\b|\bcheck (?:my|this|the) (?:solution|answer|code|work|attempt)\b|\bdid i (?:do it|get it|solve it) right\b|\bis (?:this|that|it) (?:right|correct)\b|\b(?:am i|have i) (?:done|finished|right|correct)\b|\bdoes (?:it|this) pass\b/;

/** A greeting at the start of a message (normalised text). */
export const GREETING = /^(?:hi|hii|hello|hey|heya|hiya|yo|sup|good (?:morning|afternoon|evening|night))\b/;

/** Thanks or a goodbye (normalised text). */
export const THANKS = /\b(?:thanks|thank you|cheers|bye|goodbye|see you|good night)\b/;
