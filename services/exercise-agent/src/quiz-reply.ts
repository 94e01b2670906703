import type { Level } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { topicId } from './find-exercise.ts';
import { findQuiz } from './list-quizzes.ts';

const ADVICE: Record<Level, string> = {
  Beginner:
    'You are just starting this topic, so read the lesson first if a question stumps you: every answer comes with an explanation.',
  Learning: 'You are learning this topic: every question you get right here raises your mastery.',
  Proficient: 'You are already proficient here: aim for a perfect score.',
  Mastered: 'You have mastered this topic: this is a quick check that it stays that way.',
};

/** The chat reply to "quiz me on <topic>": the topic's quiz, its first question, advice fitted to the level. */
export async function quizReply(
  deps: ServiceDeps,
  topic: string,
  level: Level,
): Promise<{ text: string; data: Record<string, unknown> }> {
  const { title: topicTitle } = await topicId(deps, topic);
  const { quiz } = await findQuiz(deps, `${topic}-quiz`);
  const first = quiz.questions[0];
  const choices = first?.choices.map((choice, i) => `${String.fromCharCode(65 + i)}. ${choice}`).join('\n');
  const text = [
    `Here is the quiz on **${topicTitle}**: ${quiz.questions.length} questions. [Take it on the topic page](/topics/${topic}) to have it scored and count towards your mastery.`,
    `_${ADVICE[level]}_`,
    first ? `The first question:\n\n${first.prompt}\n\n${choices}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
  return {
    text,
    data: {
      quizId: quiz.id,
      title: quiz.title,
      topic,
      level,
      questions: quiz.questions.length,
      url: `/topics/${topic}`,
    },
  };
}
