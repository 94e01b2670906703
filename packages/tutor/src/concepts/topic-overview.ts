import type { Lesson } from '@learnflow/contracts';
import { curriculum, topicTitle } from '../content/curriculum.ts';
import { lessonFor } from '../content/lessons/index.ts';
import { normalizeTokens } from '../triage/normalize-tokens.ts';

// "Explain dictionaries and sets with an example.", "tell me about handling exceptions": a whole topic.
const ASKS_TOPIC =
  /^(?:(?:can you |could you |please )?(?:explain|teach me|tell me about|introduce|show me)|what (?:is|are))(?: the topic)? (.+?)(?: with (?:an|some) examples?)?(?: please)?$/;
const slugOfTitle = new Map(
  curriculum.modules.flatMap((m) =>
    m.topics.map((t) => [normalizeTokens(t.title).join(' '), t.slug] as const),
  ),
);

/**
 * A whole curriculum topic, asked for by its title ("Explain dictionaries and sets with an example", the topic
 * page's own suggestion): its lesson's summary and first example, with the output the lesson states (a
 * content test runs every lesson example in the sandbox). Null for any other question.
 */
export function topicOverview(
  message: string,
): { text: string; topic: string; example: Lesson['examples'][number] } | null {
  const named = ASKS_TOPIC.exec(normalizeTokens(message).join(' '))?.[1];
  const slug = named ? slugOfTitle.get(named) : undefined;
  const lesson = slug ? lessonFor(slug) : undefined;
  const [example] = lesson?.examples ?? [];
  if (!slug || !lesson || !example) return null;
  const title = topicTitle(slug);
  const text = [
    `**${title}**: ${lesson.summary.trim()}`,
    `**An example: ${example.title}**`,
    `\`\`\`python\n${example.code.trimEnd()}\n\`\`\``,
    example.expectedOutput.trim()
      ? `It prints:\n\n\`\`\`text\n${example.expectedOutput.trimEnd()}\n\`\`\``
      : '',
    example.explanation.trim(),
    `The whole lesson, with more examples and the usual mistakes: [${title}](/topics/${slug}). Ask me about any part of it.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { text, topic: slug, example };
}
