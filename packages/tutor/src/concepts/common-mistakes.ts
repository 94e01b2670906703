import { topicTitle } from '../content/curriculum.ts';
import { knowledgeBase } from '../knowledge/knowledge-base.ts';
import { recognizeTopic } from '../topics/recognize-topic.ts';
import { normalizeTokens } from '../triage/normalize-tokens.ts';

// "What mistakes do beginners make with for loops?", "common pitfalls with dictionaries".
const ASKS_MISTAKES =
  /\b(?:common|typical|usual|frequent|classic|beginner|beginners|newbie)\b.*\b(?:mistakes?|errors?|pitfalls?|traps?|gotchas?|problems)\b|\b(?:mistakes?|pitfalls?|traps?|gotchas?)\b.*\b(?:beginners?|people|students?|newbies?|make|avoid|watch out)\b|\bwhat (?:mistakes|pitfalls|traps|gotchas)\b/;
const MAX_MISTAKES = 5;

/**
 * The usual mistakes with the topic the message names (else `topic`), from the knowledge base: the common
 * mistake of the topic's most asked-about entries, each with its title. Null when the message does not ask
 * for mistakes or names no topic.
 */
export function commonMistakes(
  message: string,
  topic: string | null,
): { text: string; topic: string } | null {
  if (!ASKS_MISTAKES.test(normalizeTokens(message).join(' '))) return null;
  const slug = recognizeTopic(message)?.slug ?? topic;
  if (!slug) return null;
  const entries = knowledgeBase()
    .entries.filter((entry) => entry.topic === slug)
    .sort((a, b) => b.questions.length - a.questions.length)
    .slice(0, MAX_MISTAKES);
  if (entries.length === 0) return null;
  const title = topicTitle(slug);
  const list = entries.map((entry, i) => `${i + 1}. **${entry.title}**: ${entry.mistake}`).join('\n');
  return {
    topic: slug,
    text: `The mistakes beginners make most often with **${title}**:\n\n${list}\n\nAsk me about any of them for an example, or read the lesson [${title}](/topics/${slug}).`,
  };
}
