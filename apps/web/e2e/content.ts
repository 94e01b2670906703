import { exercises, quizzes } from '@learnflow/tutor';

// The journeys play students who know the answers: they come from the curriculum content itself.

/** The bank solution of a topic's exercise, by its title. */
export function exerciseSolution(topic: string, title: string): string {
  const found = exercises.find((e) => e.topic === topic && e.title === title);
  if (!found) throw new Error(`no bank exercise "${title}" in ${topic}`);
  return found.solution;
}

/** The right choice of each question of the topic's quiz, in question order. */
export function quizAnswers(topic: string): number[] {
  const quiz = quizzes.find((q) => q.topic === topic);
  if (!quiz) throw new Error(`no quiz for ${topic}`);
  return quiz.questions.map((q) => q.answer);
}
