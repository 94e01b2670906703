import { normalizeTokens } from './normalize-tokens.ts';
import type { SmallTalk } from './small-talk.ts';

/** Questions about LearnFlow itself ("how do I submit", "can my teacher see my chat"), with their answers. */
const HELP: [RegExp, string][] = [
  [
    /\b(?:how|where) (?:do|can|should) i (?:submit|hand in|turn in)(?: (?:my|the|an?|this|it|that)(?: (?:exercise|solution|code|work|answer|homework|assignment))?)?$|\bhow does submitting work\b/,
    'Open the exercise (from its topic page, or a link I give you), write your solution in the editor and press **Submit**: its tests run on your code in the sandbox and you see which pass. Submit as often as you like; your best score counts towards your mastery. Want to check first? Paste your code here and ask *"is my solution right?"*',
  ],
  [
    /\bwhere (?:can|do) i (?:see|find|check|look at) my (?:progress|mastery|levels?|scores?|grades?|streak)\b/,
    'Your **Dashboard** shows your streak and your mastery of every topic, with its level. Ask me *"how am I doing?"* for a summary and what to do next.',
  ],
  [
    /\b(?:reset|change|forgot|forget|forgotten|lost)\b.*\bpassword\b|\bpassword\b.*\b(?:reset|change|forgot|forgotten)\b/,
    'Ask your teacher: from your page in their class they can make you a one-time reset code, and with it you choose a new password. Changing your password signs you out everywhere else.',
  ],
  [
    /\b(?:how|where) (?:do|can) i (?:join|get into|enter) (?:a|my|the|our|your) class\b|\bjoin code\b/,
    "Ask your teacher for the class's join code (it looks like `ABCD-EFGH`) or its join link. Open **Join a class** in the menu and enter the code, or just open the link. Your teacher then sees your progress and can assign you exercises.",
  ],
  [
    /\b(?:can|does|will|do) (?:my )?teachers? (?:see|read|know|check)\b/,
    'Yes, if you are in their class: your teacher sees your mastery per topic, your recent submissions, errors and messages to me, and an alert when you seem stuck, so they can help you. Other students see none of it.',
  ],
  [
    /\b(?:is|does|will) my (?:code|work) (?:get )?saved\b|\bdo i lose my (?:code|work)\b/,
    'The editor keeps your latest code in this browser, so a reload loses nothing, and every submission is stored with your account.',
  ],
  [
    /\bhow (?:are|is|do you|does it) (?:the |my )?(?:exercises?|submissions?|code|quiz(?:zes)?) ?(?:get )?(?:graded|marked|scored|checked)\b|\bhow (?:does|do) (?:the )?grading work\b/,
    'Each exercise has tests, some of them hidden. **Submit** runs them all on your code in a sandbox, and your score is the share that passes (100 only when every test passes). A failing visible test says what it expected; a failing hidden one says which rule of the task is broken. A quiz scores the share of right answers.',
  ],
  [
    /\bwhat (?:is|does) (?:my )?mastery\b|\bhow is (?:my )?mastery (?:calculated|computed|worked out|measured)\b|\bhow (?:do|can) i level up\b|\bwhat are the levels\b/,
    "Mastery is your score for a topic, 0 to 100: 40% exercises, 30% quizzes, 20% code quality and 10% consistency (your streak). The levels are 0-40 Beginner, 41-70 Learning, 71-90 Proficient and 91-100 Mastered. To level up, pass the topic's exercises, do well in its quiz, keep your code clean, and practise a little every day.",
  ],
];

/** The answer to a question about LearnFlow itself, or null when the message is not one. */
export function platformHelp(message: string): Extract<SmallTalk, { kind: 'reply' }> | null {
  const text = normalizeTokens(message).join(' ');
  const found = HELP.find(([pattern]) => pattern.test(text));
  return found ? { kind: 'reply', text: found[1] } : null;
}
