import { type Envelope, type EventPayload, type LiveFrame, TOPICS } from '@learnflow/contracts';
import { frameId } from './connections.ts';
import { noticeFrame } from './notice-frame.ts';

/** An event the websocket service turns into a frame, as its subscriptions deliver it. */
export type FramedEvent =
  | { topic: typeof TOPICS.learningResponses.name; event: Envelope<EventPayload<'learning.responses'>> }
  | { topic: typeof TOPICS.progressUpdates.name; event: Envelope<EventPayload<'progress.updates'>> }
  | { topic: typeof TOPICS.notifications.name; event: Envelope<EventPayload<'notifications'>> };

/** The frame an event becomes and who receives it; its id is the event's time and id, the same on every path. */
export function liveFrameOf(delivery: FramedEvent): { userId: string; frame: LiveFrame } {
  if (delivery.topic === TOPICS.learningResponses.name) {
    const { event } = delivery;
    const { userId, kind, ...data } = event.data;
    const id = frameId(event.time, event.data.requestId);
    return {
      userId,
      frame:
        kind === 'delta'
          ? { id, type: 'tutor.delta', data }
          : {
              id,
              type: 'tutor.response',
              data: {
                requestId: data.requestId,
                intent: data.intent,
                agent: data.agent,
                reply: { ...data.data, text: data.text },
              },
            },
    };
  }
  if (delivery.topic === TOPICS.progressUpdates.name) {
    const { event } = delivery;
    return {
      userId: event.data.userId,
      frame: { id: frameId(event.time, event.id), type: 'progress.updated', data: event.data },
    };
  }
  return { userId: delivery.event.data.recipientId, frame: noticeFrame(delivery.event.data) };
}
