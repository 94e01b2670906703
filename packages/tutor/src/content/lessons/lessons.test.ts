import { readFileSync } from 'node:fs';
import { LessonSchema, QuizDefinitionSchema } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { quizzes } from '../quizzes/index.ts';
import { lessonFor, lessons } from './index.ts';

interface Curriculum {
  modules: { slug: string; title: string; topics: { slug: string; title: string }[] }[];
}

const curriculum = JSON.parse(
  readFileSync(new URL('../../../../../db/seed/curriculum.json', import.meta.url), 'utf8'),
) as Curriculum;
const topics = curriculum.modules.flatMap((module) => module.topics.map((topic) => topic.slug));

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('lessons', () => {
  it('covers exactly the 24 topics of the curriculum', () => {
    expect(topics).toHaveLength(24);
    expect(Object.keys(lessons).sort()).toEqual([...topics].sort());
  });

  it.each(topics)('%s has a lesson that parses with LessonSchema', (slug) => {
    const lesson = lessonFor(slug);
    expect(lesson).toBeDefined();
    expect(LessonSchema.safeParse(lesson).success).toBe(true);
  });

  it.each(topics)('%s meets the quality bar', (slug) => {
    const lesson = LessonSchema.parse(lessons[slug]);
    expect(lesson.summary).not.toContain('\n');
    const words = wordCount(lesson.explanation);
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(400);
    expect(lesson.commonMistakes.length).toBeGreaterThanOrEqual(3);
    expect(lesson.keyTerms.length).toBeGreaterThanOrEqual(3);
    for (const example of lesson.examples) {
      expect(example.expectedOutput, example.title).toMatch(/\n$/);
      // The sandbox gives examples an empty stdin: no input() outside comments.
      expect(example.code, example.title).not.toMatch(/^[^#\n]*\binput\(/m);
    }
    // Retrieval finds a lesson by its key terms, so the explanation names each of them.
    const explanation = lesson.explanation.toLowerCase();
    for (const { term } of lesson.keyTerms) {
      expect(explanation, `key term "${term}"`).toContain(term.toLowerCase());
    }
  });

  it('lessonFor answers undefined for an unknown slug', () => {
    expect(lessonFor('no-such-topic')).toBeUndefined();
    expect(lessonFor('constructor')).toBeUndefined();
  });
});

describe('quizzes', () => {
  it('has exactly one quiz per topic, with the slug <topic>-quiz', () => {
    expect(quizzes.map((quiz) => quiz.topic).sort()).toEqual([...topics].sort());
    for (const quiz of quizzes) expect(quiz.slug).toBe(`${quiz.topic}-quiz`);
  });

  it.each(quizzes.map((quiz) => [quiz.slug, quiz] as const))(
    '%s parses and its answers are valid',
    (_, quiz) => {
      expect(QuizDefinitionSchema.safeParse(quiz).success).toBe(true);
      expect(quiz.questions).toHaveLength(6);
      for (const question of quiz.questions) {
        expect(question.answer, question.prompt).toBeLessThan(question.choices.length);
        expect(new Set(question.choices).size, question.prompt).toBe(question.choices.length);
      }
      // The right answer is not always in the same position.
      expect(new Set(quiz.questions.map((question) => question.answer)).size).toBeGreaterThan(1);
    },
  );
});
