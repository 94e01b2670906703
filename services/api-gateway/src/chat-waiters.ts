import type { ChatReply } from '@learnflow/contracts';
import type { ResourceRef } from '@learnflow/platform';

/** Requests of `POST /api/chat?wait=true` in this process, waiting for their answer. */
export class ChatWaiters {
  private readonly pending = new Map<string, (reply: ChatReply) => void>();

  wait(requestId: string, timeoutMs: number): Promise<ChatReply | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve(null);
      }, timeoutMs);
      this.pending.set(requestId, (reply) => {
        clearTimeout(timer);
        this.pending.delete(requestId);
        resolve(reply);
      });
    });
  }

  /** Whether a request of this process waits for its answer. */
  waiting(requestId: string): boolean {
    return this.pending.has(requestId);
  }

  resolve(reply: ChatReply): void {
    this.pending.get(reply.requestId)?.(reply);
  }
}

export const chatWaitersRef: ResourceRef<ChatWaiters> = {
  id: 'api-gateway.chat-waiters',
  create: () => new ChatWaiters(),
};
