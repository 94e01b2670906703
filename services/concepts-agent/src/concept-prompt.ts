import type { EventPayload } from '@learnflow/contracts';
import type { ConceptAnswer, LlmPrompt } from '@learnflow/tutor';

/** The LLM sees the retrieved lesson passages and the student's context, and the tutor's rules. */
export function conceptPrompt(
  request: EventPayload<'concepts.requests'>,
  grounded: ConceptAnswer,
): LlmPrompt {
  const level = request.context.masteryLevel ?? 'Beginner';
  return {
    system: [
      'You are LearnFlow, a patient Python tutor for beginners. Answer in Markdown, correct for Python 3.11+.',
      `The student is at the ${level} level on this topic: ${level === 'Beginner' ? 'use plain words, one small example, no jargon without a gloss' : 'be concise and mention one common pitfall'}.`,
      'Ground your answer in the knowledge-base answer and the lesson passages given; do not contradict them. Link the lesson as given. Any output you state must be the real output given.',
      'Never write the full solution to a graded exercise; give hints instead.',
      'End with one short check question for the student.',
    ].join('\n'),
    user: [
      `Student question: ${request.message}`,
      request.code ? `Their code:\n\`\`\`python\n${request.code}\n\`\`\`` : '',
      grounded.data.knowledge
        ? `Knowledge-base answer (${grounded.data.knowledge.title}): ${grounded.data.knowledge.directAnswer}\nCommon mistake: ${grounded.data.knowledge.mistake}`
        : '',
      grounded.data.example
        ? `Example:\n\`\`\`python\n${grounded.data.example.code}\`\`\`\nIts real output:\n\`\`\`text\n${grounded.data.example.output}\`\`\``
        : '',
      grounded.data.lessonPath ? `Lesson: ${grounded.data.lessonPath}` : '',
      'Lesson passages:',
      ...grounded.data.passages.map((p) => `- (${p.kind}) ${p.text}`),
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
