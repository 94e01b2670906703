import { TOPICS } from '@learnflow/contracts';
import { defineService, runErrorSubscription } from '@learnflow/platform';
import { answerDebug } from './answer-debug.ts';

/** Explains errors and tracebacks for beginners with escalating hints. */
export const debugAgent = defineService({
  id: 'debug-agent',
  port: 8104,
  description: 'Error explanations with escalating hints; error pattern learning.',
  owns: ['explained_errors', 'debug_run_errors'],
  personal: { explained_errors: ['user_id'], debug_run_errors: ['user_id'] },
  publishes: [TOPICS.learningResponses.name, TOPICS.progressEvents.name],
  subscriptions: [
    {
      topics: [TOPICS.debugRequests.name],
      handle: (deps, { event }) => answerDebug(deps, event.data, event.correlationid),
    },
    runErrorSubscription('debug_run_errors'),
  ],
});
