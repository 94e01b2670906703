import { type ChatRole, TOPICS } from '@learnflow/contracts';
import { type Db, type EventSubscription, skipIfReferenceGone, UUID } from '@learnflow/platform';

/** How much of a message the student detail shows; one character more is kept, to know it was cut. */
export const CHAT_SHOWN = 500;

type ChatMessage = {
  requestId: string;
  userId: string;
  role: ChatRole;
  content: string;
  topic: string | null;
};

/** Keeps one message of a student's chat once (by its request and who said it), cut to what is shown. */
async function keepMessage(db: Db, message: ChatMessage, at: string): Promise<void> {
  if (!UUID.test(message.userId)) return;
  await skipIfReferenceGone(db, () =>
    db
      .insertInto('classroom_chat')
      .values({
        request_id: message.requestId,
        role: message.role,
        user_id: message.userId,
        content: message.content.slice(0, CHAT_SHOWN + 1),
        topic: message.topic,
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['request_id', 'role']).doNothing())
      .execute(),
  );
}

/**
 * Classroom's read model of the chat (`classroom_chat`), in a consumer group of its own
 * (`classroom.chat`): the student's message from `learning.requests`, the tutor's whole answer from
 * the final `learning.responses` (a streamed piece is not kept).
 */
export const chatSubscription: EventSubscription<'learning.requests' | 'learning.responses'> = {
  background: true,
  group: 'chat',
  topics: [TOPICS.learningRequests.name, TOPICS.learningResponses.name],
  idempotent: true,
  handle: async (deps, delivery) => {
    if (delivery.topic === TOPICS.learningRequests.name) {
      const request = delivery.event.data;
      return keepMessage(
        deps.db,
        {
          requestId: request.requestId,
          userId: request.userId,
          role: 'student',
          content: request.message,
          topic: request.topic,
        },
        delivery.event.time,
      );
    }
    const response = delivery.event.data;
    if (response.kind !== 'final') return;
    await keepMessage(
      deps.db,
      {
        requestId: response.requestId,
        userId: response.userId,
        role: 'tutor',
        content: response.text,
        topic: null,
      },
      delivery.event.time,
    );
  },
};
