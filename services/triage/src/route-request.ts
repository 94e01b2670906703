import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { classifyIntent, detectStruggle, recognizeTopic, redirectMessage } from '@learnflow/tutor';
import { progressReply } from './progress-reply.ts';
import { studentContext } from './student-context.ts';

const ROUTES = {
  concept: TOPICS.conceptsRequests.name,
  debug: TOPICS.debugRequests.name,
  review: TOPICS.codeSubmissions.name,
  exercise: TOPICS.exerciseRequests.name,
} as const;

/**
 * Classifies a learning request with every signal (text, code, traceback, topic, recent
 * errors), enriches it with the student's context and routes it to its agent. Progress
 * questions and off-topic messages are answered here.
 */
export async function routeRequest(
  deps: ServiceDeps,
  request: EventPayload<'learning.requests'>,
  correlationId: string,
): Promise<void> {
  const publishContext = { userId: request.userId, correlationId };
  let context = await studentContext(deps, request.userId, request.topic);
  const { intent, confidence, signals } = classifyIntent({
    message: request.message,
    code: request.code,
    topic: context.topic,
    recentErrors: context.recentErrors,
  });
  deps.log.debug({ requestId: request.requestId, intent, confidence, signals }, 'classified');
  if (detectStruggle(request.message)) {
    await deps.events.publish(
      TOPICS.progressEvents.name,
      'learnflow.progress.struggle-said',
      {
        userId: request.userId,
        topic: context.topic,
        kind: 'struggle.said',
        score: null,
        detail: { message: request.message.slice(0, 500), requestId: request.requestId },
      },
      publishContext,
    );
  }
  if (intent === 'progress' || intent === 'other') {
    const text =
      intent === 'progress' ? await progressReply(deps, request.userId) : redirectMessage(request.message);
    await deps.events.publish(
      TOPICS.learningResponses.name,
      'learnflow.learning.responded',
      {
        requestId: request.requestId,
        userId: request.userId,
        intent,
        agent: 'triage',
        kind: 'final',
        text,
        data: {},
      },
      publishContext,
    );
    return;
  }
  // Practice on the topic the student names ("an exercise on dicts"), at their mastery of that topic.
  const named = intent === 'exercise' ? recognizeTopic(request.message)?.slug : undefined;
  if (named && named !== context.topic) context = await studentContext(deps, request.userId, named);
  await deps.events.publish(
    ROUTES[intent],
    `learnflow.${intent}.requested`,
    { ...request, topic: context.topic, intent, confidence, context },
    publishContext,
  );
}
