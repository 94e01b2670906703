import { IN_ENGLISH, notEnglish } from './human-language.ts';
import { normalizeTokens } from './normalize-tokens.ts';
import { GREETING, THANKS, UNSAFE, WORK_FOR_ME } from './signal-patterns.ts';
import { stableHash } from './stable-hash.ts';

const DECLINE = [
  "I can't help with that one. I'm here to help you learn Python the honest way; want to try an exercise on what you're studying?",
  "That's something I won't help with, sorry. I'd be glad to help you get better at Python, though: ask me about any topic.",
  "I have to say no to that. If you'd like, I can explain a Python idea or give you some practice instead.",
];
const YOURS = [
  "I won't write it for you: it's yours, and writing it is how it sticks. I'll help you write it, though: paste the task and what you have so far, and I'll point you to the next step.",
  "That one is yours to write, but you won't be alone with it: tell me the task and show me your attempt (even a first line), and we'll work through it together.",
];
const GREET = [
  "Hi! I'm your Python tutor. Ask me about a concept, paste code to debug or review, or say 'quiz me'.",
  'Hello! What would you like to learn in Python today? I can explain, help debug, review code or give you exercises.',
];
const THANK = [
  "You're welcome! Whenever you're ready, I can give you another Python exercise.",
  'Happy to help! Come back any time you want to practise some Python.',
];
const STEER = [
  "That's outside what I can help with, but I'd love to keep you coding: say 'give me an exercise' for a quick one.",
  "I'm only good at Python, I'm afraid! Ask me about loops, functions, files or anything else you're learning.",
  "I'll leave that one to someone else. Back to Python: I can explain a topic or quiz you on one.",
  'Good question for another place! Here I can help with Python: explaining ideas, fixing errors or practice.',
];

/**
 * A short, kind answer to a message triaged as `other` that steers back to Python learning; unsafe requests
 * (malware, cheating on an exam) are politely declined, and a message in a language the tutor cannot read gets
 * asked again in English. The same message always gets the same answer.
 */
export function redirectMessage(message: string): string {
  if (notEnglish(message)) return IN_ENGLISH;
  const text = normalizeTokens(message).join(' ');
  const choices = UNSAFE.test(text)
    ? DECLINE
    : WORK_FOR_ME.test(text)
      ? YOURS
      : GREETING.test(text) && text.split(' ').length <= 3
        ? GREET
        : THANKS.test(text)
          ? THANK
          : STEER;
  return choices[stableHash(message) % choices.length] ?? '';
}
