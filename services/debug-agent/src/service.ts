import { RoutedRequestSchema, TOPICS } from '@learnflow/contracts';
import { defineService } from '@learnflow/platform';
import { answerDebug } from './answer-debug.ts';

/** Explains errors and tracebacks for beginners with escalating hints. */
export const debugAgent = defineService({
  id: 'debug-agent',
  port: 8104,
  description: 'Error explanations with escalating hints; error pattern learning.',
  subscriptions: [
    {
      topics: [TOPICS.debugRequests.name],
      handle: (deps, { event }) =>
        answerDebug(deps, RoutedRequestSchema.parse(event.data), event.correlationid),
    },
  ],
});
