import { type Envelope, runErrorType, TOPICS, type TopicEvent } from '@learnflow/contracts';
import { type Database, UUID } from '@learnflow/platform';
import { codeExcerpt } from './code-excerpt.ts';

export type FactKind = Database['learning_facts']['kind'];

/** An event progress learns from: a graded submission, a learning activity or a sandbox run. */
export type LearningEvent = TopicEvent<'exercise.graded' | 'progress.events' | 'code.execution.results'>;

/** One learning fact, normalised from whichever event told us. */
export interface Fact {
  userId: string;
  /** Stable across redeliveries and replays: the submission, run or attempt id. */
  sourceKey: string;
  kind: FactKind;
  /** A topic slug. */
  topic: string | null;
  exerciseId: string | null;
  ref: string | null;
  score: number | null;
  passed: boolean | null;
  quality: number | null;
  errorType: string | null;
  occurredAt: Date;
  detail: Record<string, unknown>;
}

/** Exercise ids are uuids; anything else cannot name a stored exercise. */
const exerciseIdOf = (value: string | null) => (value && UUID.test(value) ? value.toLowerCase() : null);

const timeOf = (event: Envelope<unknown>) => {
  const at = new Date(event.time);
  return Number.isNaN(at.getTime()) ? new Date() : at;
};

/** The fact an event of `exercise.graded`, `progress.events` or `code.execution.results` carries. */
export function toFact(learning: LearningEvent): Fact {
  const occurredAt = timeOf(learning.event);
  if (learning.topic === TOPICS.exerciseGraded.name) {
    const graded = learning.event.data;
    return {
      userId: graded.userId,
      sourceKey: `submission:${graded.submissionId}`,
      kind: 'exercise.graded',
      topic: graded.topic,
      exerciseId: exerciseIdOf(graded.exerciseId),
      ref: graded.submissionId,
      score: graded.score,
      passed: graded.passed,
      quality: graded.qualityScore,
      errorType: graded.passed ? null : (graded.errorType ?? null),
      occurredAt,
      detail: graded.code ? { code: codeExcerpt(graded.code, null) } : {},
    };
  }
  if (learning.topic === TOPICS.codeExecutionResults.name) {
    const run = learning.event.data;
    const errorType = runErrorType({ ...run, errorType: run.error?.type ?? null });
    const failed = errorType !== null;
    return {
      userId: run.userId,
      sourceKey: `run:${run.requestId}`,
      kind: 'code.run',
      topic: run.topic,
      exerciseId: null,
      ref: run.requestId,
      score: null,
      passed: !failed,
      quality: null,
      errorType,
      occurredAt,
      detail: failed
        ? {
            message: run.error?.message.slice(0, 300) ?? null,
            line: run.error?.line ?? null,
            code: codeExcerpt(run.code, run.error?.line ?? null),
          }
        : {},
    };
  }
  const { event } = learning;
  const progress = event.data;
  const base = {
    userId: progress.userId,
    kind: progress.kind,
    topic: progress.topic,
    exerciseId: null,
    score: null,
    passed: null,
    quality: null,
    errorType: null,
    occurredAt,
    detail: {},
  };
  switch (progress.kind) {
    case 'quiz.attempted':
      return {
        ...base,
        sourceKey: `quiz:${progress.detail.attemptId}`,
        ref: progress.detail.attemptId,
        score: progress.score,
        passed: progress.score === null ? null : progress.score >= 50,
        detail: { quizId: progress.detail.quizId },
      };
    case 'code.reviewed':
      return {
        ...base,
        sourceKey: `review:${progress.detail.requestId ?? event.id}`,
        ref: progress.detail.requestId ?? null,
        quality: progress.score,
      };
    case 'error.observed':
      return { ...base, sourceKey: `error:${event.id}`, ref: null, errorType: progress.detail.type };
    case 'struggle.said':
      return {
        ...base,
        sourceKey: `said:${progress.detail.requestId}`,
        ref: progress.detail.requestId,
        detail: { message: progress.detail.message.slice(0, 200) },
      };
  }
}
