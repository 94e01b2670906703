import { type EventPayload, type Intent, TOPICS } from '@learnflow/contracts';
import type { Events, ServiceDeps } from '@learnflow/platform';
import {
  ASK_WHICH_PART,
  asksDebugFollowUp,
  asksToExplainAgain,
  choiceNamed,
  classifyIntent,
  codeOfRequest,
  followUpQuestion,
  markCheckAnswer,
  platformHelp,
  recognizeTopic,
  redirectMessage,
  refersToCode,
  saysStruggling,
  smallTalk,
} from '@learnflow/tutor';
import { progressReply } from './progress-reply.ts';
import { studentContext } from './student-context.ts';

const ROUTES = {
  concept: TOPICS.conceptsRequests.name,
  debug: TOPICS.debugRequests.name,
  review: TOPICS.codeSubmissions.name,
  exercise: TOPICS.exerciseRequests.name,
} as const;

/** Answered here (progress, off-topic), or routed to an agent's topic. */
type Target = { reply: string } | { route: (typeof ROUTES)[keyof typeof ROUTES] };

/**
 * Classifies a learning request with every signal (text, code, traceback, topic, recent
 * errors), enriches it with the student's context and routes it to its agent. Progress
 * questions and off-topic messages are answered here. What it publishes goes out in
 * `transaction` (the delivery's: it marks the request handled).
 */
export async function routeRequest(
  deps: ServiceDeps,
  request: EventPayload<'learning.requests'>,
  correlationId: string,
  transaction: Events['transaction'],
): Promise<void> {
  const publishContext = { userId: request.userId, correlationId };
  const { offered, check, lastEntry, lastQuestion, lastDebug, ...sent } = request;
  // Code pasted in the message itself (fenced, or the whole message) is always part of the question.
  const pasted = codeOfRequest({ message: request.message, code: null }) !== null;
  // "2" or "the randint one" after the tutor asked which entry was meant: the question of that entry.
  const picked = offered ? choiceNamed(request.message, offered) : null;
  // "what about a dictionary?" after "how do i loop over a list": that question, about a dictionary.
  const followed =
    !picked && lastQuestion && !pasted ? followUpQuestion(request.message, lastQuestion) : null;
  // "How do I fix it?" after an error was explained: the same message again, with the editor's code (it may
  // have changed since) or else the code explained, for the next hint.
  const debugAgain =
    !picked && lastDebug && !pasted && asksDebugFollowUp(request.message)
      ? { message: lastDebug.message, code: request.code?.trim() ? request.code : lastDebug.code }
      : null;
  const asked = picked
    ? { ...sent, message: picked.title, topic: picked.topic }
    : debugAgain
      ? { ...sent, ...debugAgain }
      : followed
        ? { ...sent, message: followed }
        : sent;
  let context = await studentContext(deps, request.userId, asked.topic);
  // The web app sends the editor's code with every message: it is the question's only when the message is
  // about it ("why is total 0", "review this"), not with "how do I reverse a string" or "thanks".
  const sentCode = codeOfRequest(asked);
  const code =
    sentCode !== null && (pasted || debugAgain || refersToCode(asked.message, sentCode)) ? sentCode : null;
  // "B" after a check question: marked here, with the bank's explanation.
  const marked = check && !picked ? markCheckAnswer(request.message, check) : null;
  // "I don't get it": the entry the last reply answered from, another way (concepts agent); else which part.
  const again = !picked && !marked && !debugAgain && !pasted && asksToExplainAgain(request.message);
  // "ok", "who are you", "can you help me": answered here; a bare "I'm stuck" gets the open exercise's next hint;
  // "how do I submit", "can my teacher see my chat": questions about LearnFlow itself, answered here too.
  const talk =
    !picked && !marked && !again
      ? ((code === null ? smallTalk(request.message) : null) ??
        (pasted ? null : platformHelp(request.message)))
      : null;
  const answered: [Intent, string] | null = picked
    ? ['concept', 'picked-choice']
    : debugAgain
      ? ['debug', 'debug-follow-up']
      : marked
        ? ['concept', 'check-answer']
        : again
          ? ['concept', 'explain-again']
          : talk
            ? [talk.kind === 'stuck' ? 'exercise' : 'other', 'small-talk']
            : null;
  const { intent, confidence, signals } = answered
    ? { intent: answered[0], confidence: 1, signals: [answered[1]] }
    : await classifyIntent({
        message: asked.message,
        code,
        topic: context.topic,
        recentErrors: context.recentErrors,
        exerciseOpen: request.lastExercise !== undefined || request.exerciseId !== undefined,
      });
  deps.log.debug({ requestId: request.requestId, intent, confidence, signals }, 'classified');
  const target: Target = marked
    ? { reply: marked }
    : talk?.kind === 'reply'
      ? { reply: talk.text }
      : again && !lastEntry
        ? { reply: ASK_WHICH_PART }
        : intent === 'progress' || intent === 'other'
          ? {
              reply:
                intent === 'progress'
                  ? await progressReply(deps, request.userId)
                  : redirectMessage(request.message),
            }
          : { route: ROUTES[intent] };
  const struggleTopic = context.topic;
  // Practice on the topic the student names ("an exercise on dicts"), at their mastery of that topic.
  const named = intent === 'exercise' ? recognizeTopic(request.message)?.slug : undefined;
  if (named && named !== context.topic) context = await studentContext(deps, request.userId, named);
  await transaction(async (tx) => {
    if (saysStruggling(request.message)) {
      await tx.publish(
        TOPICS.progressEvents.name,
        'learnflow.progress.struggle-said',
        {
          userId: request.userId,
          topic: struggleTopic,
          kind: 'struggle.said',
          score: null,
          detail: { message: request.message.slice(0, 500), requestId: request.requestId },
        },
        publishContext,
      );
    }
    if ('reply' in target) {
      await tx.publish(
        TOPICS.learningResponses.name,
        'learnflow.learning.responded',
        {
          requestId: request.requestId,
          userId: request.userId,
          intent,
          agent: 'triage',
          kind: 'final',
          text: target.reply,
          data: {},
        },
        publishContext,
      );
      return;
    }
    await tx.publish(
      target.route,
      `learnflow.${intent}.requested`,
      // The entry to explain again travels only with a message that asks for it (`asksToExplainAgain`).
      {
        ...asked,
        ...(again && lastEntry ? { lastEntry } : {}),
        code,
        topic: context.topic,
        intent,
        confidence,
        context,
      },
      publishContext,
    );
  });
}
