import { type EventInput, TOPICS } from '@learnflow/contracts';
import type { EventsTransaction } from '@learnflow/platform';

/**
 * Announces a new exercise of the catalog in the transaction that stores it: the services that
 * name, weigh or offer exercises (progress, notification, classroom) keep it in their read model.
 */
export const publishExercise = (
  tx: EventsTransaction,
  exercise: EventInput<'exercise.catalog'>,
  correlationId: string,
) =>
  tx.publish(TOPICS.exerciseCatalog.name, 'learnflow.exercise.added', exercise, {
    userId: exercise.createdBy ?? exercise.exerciseId,
    correlationId,
  });
