import type { CheckQuestionRef, Level, OfferedChoice } from '@learnflow/contracts';
import { topicTitle } from '../content/curriculum.ts';
import { exercises } from '../content/exercises/index.ts';
import { quizzes } from '../content/quizzes/index.ts';
import { findEntry } from '../knowledge/find-entry.ts';
import { type Hit, lessonIndex } from '../retrieval/lesson-index.ts';
import { IN_ENGLISH, notEnglish } from '../triage/human-language.ts';
import { commonMistakes } from './common-mistakes.ts';
import { pickCheckQuestion } from './pick-check-question.ts';
import { topicOverview } from './topic-overview.ts';

export interface ConceptQuestion {
  message: string;
  /** The topic the student is on (from the request or their context). */
  topic: string | null;
  masteryLevel: Level | null;
}

export interface ConceptAnswer {
  /** The offline engine's Markdown answer. */
  text: string;
  topic: string | null;
  /** What the answer quotes, for the LLM prompt and for the client. */
  data: {
    topic: string | null;
    lessonPath: string | null;
    /** The knowledge-base entry answered from, with its retrieval score. */
    knowledge: {
      id: string;
      title: string;
      score: number;
      mistake: string;
      directAnswer: string;
      /** The question answered, as the tutor read it ("what about a dict?" read as "how do i loop over a dict"). */
      question: string;
    } | null;
    /** When the question was unclear: the closest entries, to ask which one was meant. */
    choices: OfferedChoice[];
    example: { title: string; code: string; output: string } | null;
    /** `ref` names it in the quiz bank, so the student's "B" can be marked (`markCheckAnswer`). */
    checkQuestion: { prompt: string; choices: string[]; ref: CheckQuestionRef } | null;
    suggestedExercise: { slug: string; title: string; difficulty: string } | null;
    passages: { kind: Hit['kind']; text: string }[];
  };
}

const hashOf = (text: string) =>
  [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7) >>> 0;

const EMPTY: ConceptAnswer['data'] = {
  topic: null,
  lessonPath: null,
  knowledge: null,
  choices: [],
  example: null,
  checkQuestion: null,
  suggestedExercise: null,
  passages: [],
};

const DIFFICULTY: Record<Level, string> = {
  Beginner: 'easy',
  Learning: 'medium',
  Proficient: 'hard',
  Mastered: 'hard',
};

/**
 * The offline engine's concept explanation: the knowledge-base entry that answers the
 * question (direct answer, an example with its real output, the common mistake, the lesson),
 * ending with a check question; a clarifying question with the closest entries when
 * retrieval is unsure; never an unrelated lesson presented as the answer.
 */
export async function explainConcept(question: ConceptQuestion): Promise<ConceptAnswer> {
  // "Explain dictionaries and sets with an example": the topic's lesson in short, not one of its entries.
  const overview = topicOverview(question.message);
  if (overview)
    return {
      text: overview.text,
      topic: overview.topic,
      data: {
        ...EMPTY,
        topic: overview.topic,
        lessonPath: `/topics/${overview.topic}`,
        example: {
          title: overview.example.title,
          code: overview.example.code,
          output: overview.example.expectedOutput,
        },
      },
    };
  // "What mistakes do beginners make with for loops?": the topic's usual mistakes, not one entry.
  const mistakes = commonMistakes(question.message, question.topic);
  if (mistakes)
    return {
      text: mistakes.text,
      topic: mistakes.topic,
      data: { ...EMPTY, topic: mistakes.topic, lessonPath: `/topics/${mistakes.topic}` },
    };
  const match = await findEntry(question.message, { topic: question.topic });
  const choices = match.choices.map(({ entry }) => ({
    id: entry.id,
    title: entry.title,
    topic: entry.topic,
  }));
  if (!match.best && choices.length === 0) {
    if (notEnglish(question.message)) return { text: IN_ENGLISH, topic: null, data: EMPTY };
    return {
      text: 'I couldn\'t match that to a lesson yet. Could you tell me which Python idea you\'re asking about, or paste the code you\'re looking at? For example: *"How do for loops work?"* or *"What does `return` do?"*',
      topic: null,
      data: EMPTY,
    };
  }
  if (!match.best) {
    const list = choices.map((c, i) => `${i + 1}. **${c.title}** (${topicTitle(c.topic)})`).join('\n');
    return {
      text: `I want to answer the right question. Which of these do you mean?\n\n${list}\n\nPick one, or ask again in other words.`,
      topic: null,
      data: { ...EMPTY, choices },
    };
  }
  const { entry, output, score } = match.best;
  const level = question.masteryLevel ?? 'Beginner';
  const topic = entry.topic;
  const title = topicTitle(topic);
  const quiz = quizzes.find((q) => q.topic === topic);
  const checkIndex = quiz
    ? pickCheckQuestion(entry, quiz.questions, hashOf(question.message) % quiz.questions.length)
    : 0;
  const check = quiz?.questions[checkIndex];
  const exercise = exercises.find((e) => e.topic === topic && e.difficulty === DIFFICULTY[level]);
  const paragraphs = entry.answer.split(/\n\n+/);
  const parts = [
    ...(level === 'Beginner' ? paragraphs.slice(0, 2) : paragraphs),
    `\`\`\`python\n${entry.code.trimEnd()}\n\`\`\``,
    output ? `It prints:\n\n\`\`\`text\n${output.trimEnd()}\n\`\`\`` : '',
    level === 'Beginner' ? `**A common mistake:** ${entry.mistake}` : `**Watch out:** ${entry.mistake}`,
    `More in the lesson [${title}](/topics/${topic}).`,
    level !== 'Beginner' && exercise
      ? `**Try it:** the exercise [${exercise.title}](/exercises/${exercise.slug}).`
      : '',
    check
      ? `**Check yourself:** ${check.prompt}\n\n${check.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${c}`).join('\n')}\n\n_Reply with a letter and I will tell you whether it is right._`
      : '',
  ];
  const passages = lessonIndex()
    .search(question.message, { topic, limit: 8 })
    .filter((h) => h.topic === topic)
    .slice(0, 4);
  return {
    text: parts.filter(Boolean).join('\n\n'),
    topic,
    data: {
      topic,
      lessonPath: `/topics/${topic}`,
      knowledge: {
        id: entry.id,
        title: entry.title,
        score: Number(score.toFixed(2)),
        mistake: entry.mistake,
        directAnswer: entry.answer,
        question: question.message,
      },
      choices: [],
      example: { title: entry.title, code: entry.code, output },
      checkQuestion:
        check && quiz
          ? { prompt: check.prompt, choices: check.choices, ref: { quiz: quiz.slug, question: checkIndex } }
          : null,
      suggestedExercise: exercise
        ? { slug: exercise.slug, title: exercise.title, difficulty: exercise.difficulty }
        : null,
      passages: passages.map((h) => ({ kind: h.kind, text: h.text })),
    },
  };
}
