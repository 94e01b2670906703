import { curriculum } from '../content/curriculum.ts';
import { normalizeTokens } from './normalize-tokens.ts';

const COURSE = curriculum.modules
  .map((module) => `- **${module.title}**: ${module.topics.map((topic) => topic.title).join(', ')}`)
  .join('\n');

/** A whole message of conversation: answered with `text`, or (`stuck`) the next hint of the open exercise. */
export type SmallTalk = { kind: 'reply'; text: string } | { kind: 'stuck' };

const TALK: [RegExp, SmallTalk][] = [
  [/^(?:(?:im|i am) )?(?:still |really |so |completely )?stuck(?: again| still| here)?$/, { kind: 'stuck' }],
  [
    /^(?:what can you do|what do you do|who are you|what are you|what is this|what is learnflow|how do you work|how does this work|what can i ask(?: you)?|what should i ask(?: you)?|how do i use this|what are you for|what can you help (?:me )?with)$/,
    {
      kind: 'reply',
      text: 'I\'m your Python tutor. I can explain an idea (*"how do for loops work?"*), find what is wrong with code you paste and why, review code that works, give you exercises and quizzes on a topic, and tell you how you are doing. What would you like to start with?',
    },
  ],
  [
    /^(?:what|which) (?:topics|lessons|modules|subjects|chapters) (?:are there|do you (?:have|cover|teach)|can i (?:learn|study|do)|is there)$|^what (?:is|s) in (?:the|this) (?:course|curriculum)$|^what (?:can|will|do) i (?:learn|study)(?: here)?$|^(?:show|list|give) (?:me )?(?:all )?(?:the )?(?:topics|lessons|modules|curriculum)$/,
    {
      kind: 'reply',
      text: `The course has ${curriculum.modules.length} modules, ${curriculum.modules.reduce((n, m) => n + m.topics.length, 0)} topics in all, in this order:\n\n${COURSE}\n\nAsk me about any of them, or say *"give me an exercise on ..."* with a topic.`,
    },
  ],
  [
    /^(?:(?:can|could|would|will) you |please |pls )?(?:write|make|code|build|create|program) (?:me |for me |us )?(?:a|an|my) (?:simple |basic |small |little |whole |full |complete )?(?!(?:list|dict|dictionary|set|tuple|string|variable|loop|function|class|method|file|copy|exercise|quiz|new line)\b)(?!.*\b(?:that|which|to|who|where|when|of|from|out)\b)[a-z][a-z ]{2,30}?(?: program| app| game| script| bot| website| project)?(?: in python| with python| using python| for me)?(?: please| pls)?$/,
    {
      kind: 'reply',
      text: "Let's build it together! I won't write the whole program for you: building it is where the learning happens. Start small:\n\n1. Write down what it should do: what the user types and what it should print.\n2. Make the smallest piece work first, such as reading one input with `input()` and printing it back, and run it.\n3. Add one feature at a time, and run the program after each.\n4. When something fails or surprises you, paste the code here with what you expected, and I'll explain what is going on.\n\nWhich part do you want to start with? Ask me about any idea you need on the way (*\"how do I read a number from the user?\"*).",
    },
  ],
  [
    /^(?:(?:please|pls) )?(?:(?:can|could) you )?(?:please )?help(?: me)?(?: please| pls)?$|^(?:i need|i want|need) (?:some )?help(?: with (?:python|coding|programming|my code|this|my homework))?(?: please)?$|^(?:please )?help me with python$/,
    {
      kind: 'reply',
      text: 'Of course! What are you working on? Ask about a Python idea (*"what is a dictionary?"*), paste code that fails together with its error, or ask for an exercise on a topic.',
    },
  ],
  [
    /^(?:ok|okay|k|kk|cool|nice|great|got it|i see|makes sense|alright|all right|sure|yes|yeah|yep|no|nope|nah|fine|good|perfect|awesome|oh|ah|hmm|right)(?: (?:then|now|cool|ok|okay|got it))?$/,
    {
      kind: 'reply',
      text: 'Alright! Whenever you\'re ready: ask me about a Python idea, paste code to debug or review, or say *"give me an exercise"*.',
    },
  ],
];

/** The message is conversation, not a question ("ok", "who are you", "can you help me", "I'm stuck"), or null. */
export function smallTalk(message: string): SmallTalk | null {
  const text = normalizeTokens(message).join(' ');
  return TALK.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
