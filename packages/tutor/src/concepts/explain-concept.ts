import type { Lesson } from '@learnflow/contracts';
import { topicTitle } from '../content/curriculum.ts';
import { exercises } from '../content/exercises/index.ts';
import { lessons } from '../content/lessons/index.ts';
import { quizzes } from '../content/quizzes/index.ts';
import { type Hit, lessonIndex } from '../retrieval/lesson-index.ts';

export type MasteryLevel = 'Beginner' | 'Learning' | 'Proficient' | 'Mastered';

export interface ConceptQuestion {
  message: string;
  /** The topic the student is on (from the request or their context). */
  topic: string | null;
  masteryLevel: MasteryLevel | null;
}

export interface ConceptAnswer {
  /** The offline engine's Markdown answer. */
  text: string;
  topic: string | null;
  /** What the answer quotes, for the LLM prompt and for the client. */
  data: {
    topic: string | null;
    lessonPath: string | null;
    example: { title: string; code: string; output: string } | null;
    checkQuestion: { prompt: string; choices: string[] } | null;
    suggestedExercise: { slug: string; title: string; difficulty: string } | null;
    passages: { kind: Hit['kind']; text: string }[];
  };
}

const hashOf = (text: string) =>
  [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7) >>> 0;

/**
 * The offline engine's concept explanation: retrieved from the lessons, shorter with an
 * example for a beginner, deeper with a common pitfall for someone further on, ending
 * with a check question or a suggested exercise.
 */
export function explainConcept(question: ConceptQuestion): ConceptAnswer {
  const index = lessonIndex();
  const topic = index.bestTopic(question.message, question.topic);
  const lesson: Lesson | undefined = topic ? lessons[topic] : undefined;
  if (!topic || !lesson) {
    return {
      text: 'I couldn\'t match that to a lesson yet. Could you tell me which Python idea you\'re asking about, or paste the code you\'re looking at? For example: *"How do for loops work?"* or *"What does `return` do?"*',
      topic: null,
      data: {
        topic: null,
        lessonPath: null,
        example: null,
        checkQuestion: null,
        suggestedExercise: null,
        passages: [],
      },
    };
  }
  const level = question.masteryLevel ?? 'Beginner';
  const hits = index.search(question.message, { topic, limit: 8 }).filter((h) => h.topic === topic);
  const paragraphs = hits
    .filter((h) => h.kind === 'explanation')
    .slice(0, level === 'Beginner' ? 1 : 2)
    .sort((a, b) => a.index - b.index)
    .map((h) => h.text);
  if (paragraphs.length === 0) paragraphs.push(lesson.explanation.split(/\n\n+/)[0] ?? lesson.summary);
  const exampleHit = hits.find((h) => h.kind === 'example');
  const example = lesson.examples[exampleHit?.index ?? 0] ?? lesson.examples[0];
  const mistakeHit = hits.find((h) => h.kind === 'mistake');
  const mistake = level === 'Beginner' ? undefined : lesson.commonMistakes[mistakeHit?.index ?? 0];
  const quiz = quizzes.find((q) => q.topic === topic);
  const check = quiz?.questions[hashOf(question.message) % quiz.questions.length];
  const exercise = exercises.find(
    (e) =>
      e.topic === topic &&
      e.difficulty === (level === 'Beginner' ? 'easy' : level === 'Learning' ? 'medium' : 'hard'),
  );
  const title = topicTitle(topic);
  const parts = [
    `**${title}.** ${lesson.summary}`,
    ...paragraphs,
    example
      ? `Here is an example from the lesson, *${example.title}*:\n\n\`\`\`python\n${example.code.trimEnd()}\n\`\`\`\n\nIt prints:\n\n\`\`\`text\n${example.expectedOutput.trimEnd()}\n\`\`\`\n\n${example.explanation}`
      : '',
    mistake ? `**Watch out:** ${mistake.mistake} ${mistake.fix}` : '',
    `From the lesson [${title}](/topics/${topic}).`,
    check
      ? `**Check yourself:** ${check.prompt}\n\n${check.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${c}`).join('\n')}`
      : exercise
        ? `**Try it:** the exercise [${exercise.title}](/exercises/${exercise.slug}).`
        : '',
  ];
  return {
    text: parts.filter(Boolean).join('\n\n'),
    topic,
    data: {
      topic,
      lessonPath: `/topics/${topic}`,
      example: example ? { title: example.title, code: example.code, output: example.expectedOutput } : null,
      checkQuestion: check ? { prompt: check.prompt, choices: check.choices } : null,
      suggestedExercise: exercise
        ? { slug: exercise.slug, title: exercise.title, difficulty: exercise.difficulty }
        : null,
      passages: hits.slice(0, 5).map((h) => ({ kind: h.kind, text: h.text })),
    },
  };
}
