import { TOPICS } from '@learnflow/contracts';
import { defineService, masterySubscription, runErrorSubscription } from '@learnflow/platform';
import { routeRequest } from './route-request.ts';

/** Reads every learning request, works out what the student needs and routes it to the right agent. */
export const triage = defineService({
  id: 'triage',
  port: 8100,
  description: 'Intent classification and routing of learning requests.',
  owns: ['triage_run_errors', 'triage_mastery'],
  personal: { triage_run_errors: ['user_id'], triage_mastery: ['user_id'] },
  publishes: [
    TOPICS.conceptsRequests.name,
    TOPICS.debugRequests.name,
    TOPICS.codeSubmissions.name,
    TOPICS.exerciseRequests.name,
    TOPICS.learningResponses.name,
    TOPICS.progressEvents.name,
  ],
  subscriptions: [
    {
      topics: [TOPICS.learningRequests.name],
      transactional: true,
      handle: (deps, { event, transaction }) =>
        routeRequest(deps, event.data, event.correlationid, transaction),
    },
    runErrorSubscription('triage_run_errors'),
    masterySubscription('triage_mastery'),
  ],
});
