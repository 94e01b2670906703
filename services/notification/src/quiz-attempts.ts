import { type EventPayload, TOPICS } from '@learnflow/contracts';
import { type Db, type EventSubscription, skipIfReferenceGone, topicBySlug, UUID } from '@learnflow/platform';

/**
 * Keeps a student's quiz attempt for the history of an alert on its topic (`notification_quiz_attempts`),
 * once by its attempt id. Other learning activity, an attempt without a topic, and one published before
 * it carried the quiz's title leave nothing to keep.
 */
export async function keepQuizAttempt(
  db: Db,
  activity: EventPayload<'progress.events'>,
  at: Date | string,
): Promise<void> {
  if (activity.kind !== 'quiz.attempted' || !activity.topic || activity.score === null) return;
  const { attemptId, title } = activity.detail;
  if (title === undefined || !UUID.test(activity.userId) || !UUID.test(attemptId)) return;
  const topic = await topicBySlug(db, activity.topic);
  if (!topic) return;
  const score = activity.score;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('notification_quiz_attempts')
      .values({
        id: attemptId,
        user_id: activity.userId,
        topic_id: topic.id,
        title,
        score: Math.round(score),
        created_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute(),
  );
}

/** Notification's quiz attempts, in a consumer group of their own (`notification.quiz-attempts`). */
export const quizAttemptSubscription: EventSubscription<'progress.events'> = {
  background: true,
  group: 'quiz-attempts',
  topics: [TOPICS.progressEvents.name],
  idempotent: true,
  handle: (deps, delivery) => keepQuizAttempt(deps.db, delivery.event.data, delivery.event.time),
};
