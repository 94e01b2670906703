import { topicTitle } from '../content/curriculum.ts';
import { lessonFor } from '../content/lessons/index.ts';
import { recognizeTopic } from '../topics/recognize-topic.ts';
import { normalizeTokens } from '../triage/normalize-tokens.ts';

// "What mistakes do beginners make with for loops?", "common pitfalls with dictionaries".
const ASKS_MISTAKES =
  /\b(?:common|typical|usual|frequent|classic|beginner|beginners|newbie)\b.*\b(?:mistakes?|errors?|pitfalls?|traps?|gotchas?|problems)\b|\b(?:mistakes?|pitfalls?|traps?|gotchas?)\b.*\b(?:beginners?|people|students?|newbies?|make|avoid|watch out)\b|\bwhat (?:mistakes|pitfalls|traps|gotchas)\b/;
const MAX_MISTAKES = 5;

/**
 * The usual mistakes with the topic the message names (else `topic`), each with its fix, as the topic's lesson
 * lists them. Null when the message does not ask for mistakes or names no topic.
 */
export function commonMistakes(
  message: string,
  topic: string | null,
): { text: string; topic: string } | null {
  if (!ASKS_MISTAKES.test(normalizeTokens(message).join(' '))) return null;
  const slug = recognizeTopic(message)?.slug ?? topic;
  const lesson = slug ? lessonFor(slug) : undefined;
  if (!slug || !lesson) return null;
  const title = topicTitle(slug);
  const list = lesson.commonMistakes
    .slice(0, MAX_MISTAKES)
    .map(({ mistake, fix }, i) => `${i + 1}. ${mistake.trim()}\n   **Instead:** ${fix.trim()}`)
    .join('\n');
  return {
    topic: slug,
    text: `The mistakes beginners make most often with **${title}**:\n\n${list}\n\nAsk me about any of them for an example, or read the lesson [${title}](/topics/${slug}).`,
  };
}
