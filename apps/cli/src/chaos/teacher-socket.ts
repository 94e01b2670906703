import { LiveFrameSchema } from '@learnflow/contracts';
import WebSocket from 'ws';
import { liveUrl } from '../live-url.ts';

/**
 * The teacher's live connection as the web app keeps it: when it drops (the WebSocket service was
 * killed), it reconnects with the last frame id it saw, so the service replays what it missed.
 * Collects the alert id of every alert frame it received, live or replayed.
 */
export function teacherSocket(gateway: string, token: string) {
  const alertFrames: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let lastFrameId: string | undefined;
  let reconnects = 0;
  let closed = false;
  let socket: WebSocket | null = null;

  const connect = async (): Promise<void> => {
    while (!closed) {
      try {
        const url = await liveUrl(gateway, token, lastFrameId);
        socket = new WebSocket(url);
        await new Promise<void>((resolve, reject) => {
          socket?.once('open', () => resolve());
          socket?.once('error', reject);
        });
        socket.on('message', (raw) => {
          const frame = LiveFrameSchema.parse(JSON.parse(raw.toString()));
          // As the web app does: resume from the first ready frame, then from the last frame seen,
          // and drop a frame whose id it has seen (a frame sent live while it was also replayed).
          if (frame.type === 'ready') {
            lastFrameId ??= frame.id;
            return;
          }
          if (frame.type === 'pong') return;
          if (seen.has(frame.id)) {
            duplicates++;
            return;
          }
          seen.add(frame.id);
          lastFrameId = frame.id;
          if (frame.type === 'alert.created') alertFrames.push(frame.data.alertId);
        });
        socket.once('close', () => {
          if (closed) return;
          reconnects++;
          setTimeout(() => void connect(), 250);
        });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };

  return {
    connect,
    alertFrames,
    reconnects: () => reconnects,
    /** Frames received again with an id already seen, dropped as the web app drops them. */
    duplicates: () => duplicates,
    close() {
      closed = true;
      socket?.close();
    },
  };
}
