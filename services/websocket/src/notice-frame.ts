import type { EventPayload, LiveFrame } from '@learnflow/contracts';
import { frameId } from './connections.ts';

/** A stored notice as the frame its recipient receives; its id is the stored row's time and id. */
export function noticeFrame(notice: EventPayload<'notifications'>): LiveFrame {
  const id = frameId(notice.createdAt, notice.notificationId);
  switch (notice.type) {
    case 'alert.created':
      return { id, type: notice.type, data: notice.payload };
    case 'assignment.created':
      return { id, type: notice.type, data: notice.payload };
    case 'teacher.hint':
      return { id, type: notice.type, data: notice.payload };
  }
}
