import { type LiveFrame, LiveFrameSchema } from '@learnflow/contracts';
import WebSocket from 'ws';
import { wsTicketUrl } from './ws-ticket-url.ts';

/** Frame types whose id starts with the event's `time` in epoch ms (see services/websocket). */
const TIMED = new Set(['tutor.response', 'tutor.delta', 'progress.updated']);

export interface LiveSocketHooks {
  /** Event time to frame received, same clock, ms resolution. */
  onDelivery(type: string, ms: number): void;
  onUnexpectedClose(code: number): void;
}

/**
 * A student's WebSocket: remembers when each tutor answer arrived (it may arrive before the
 * 202 of its POST) and reports the delivery latency of every timed frame.
 */
export class LiveSocket {
  private socket: WebSocket | null = null;
  private closing = false;
  private ready = false;
  private readonly answers = new Map<string, number>();
  private readonly waiting = new Map<string, (at: number) => void>();
  progressFrames = 0;

  constructor(private readonly hooks: LiveSocketHooks) {}

  /** Opens `/ws` with a fresh ticket and resolves once the server's `ready` frame arrives. */
  async connect(wsUrl: string, token: string, timeoutMs = 15_000): Promise<void> {
    const url = await wsTicketUrl(wsUrl, token);
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      this.socket = socket;
      const timer = setTimeout(() => {
        reject(new Error('timeout'));
        socket.terminate();
      }, timeoutMs);
      socket.on('message', (raw) => {
        const receivedAt = Date.now();
        const at = performance.now();
        let frame: LiveFrame;
        try {
          frame = LiveFrameSchema.parse(JSON.parse(raw.toString()));
        } catch (error) {
          reject(new Error(`the server sent a frame outside the contract: ${String(error)}`));
          return;
        }
        if (frame.type === 'ready') {
          clearTimeout(timer);
          this.ready = true;
          resolve();
          return;
        }
        if (frame.type === 'pong') return;
        if (TIMED.has(frame.type)) {
          const eventMs = Number(frame.id.split('-')[0]);
          if (Number.isFinite(eventMs)) this.hooks.onDelivery(frame.type, receivedAt - eventMs);
        }
        if (frame.type === 'progress.updated') this.progressFrames++;
        if (frame.type === 'tutor.response') {
          const requestId = frame.data.requestId;
          const waiter = this.waiting.get(requestId);
          if (waiter) waiter(at);
          else this.answers.set(requestId, at);
        }
      });
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`closed ${code}`));
        // Before `ready`, the rejection above is the one error; after it, a close we did not ask for is.
        if (this.ready && !this.closing) this.hooks.onUnexpectedClose(code);
      });
    });
  }

  /** When the tutor answer of `requestId` arrived (performance.now()), or null after `timeoutMs`. */
  answer(requestId: string, timeoutMs: number): Promise<number | null> {
    const already = this.answers.get(requestId);
    if (already !== undefined) {
      this.answers.delete(requestId);
      return Promise.resolve(already);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve(null);
      }, timeoutMs);
      this.waiting.set(requestId, (at) => {
        clearTimeout(timer);
        this.waiting.delete(requestId);
        resolve(at);
      });
    });
  }

  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.closing = true;
    this.socket?.close(1000);
  }

  terminate(): void {
    this.closing = true;
    this.socket?.terminate();
  }
}
