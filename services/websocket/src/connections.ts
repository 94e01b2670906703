import type { WebSocket } from 'ws';

/** A frame as the client receives it: `{id, type, data}`; ids sort by time, so a client can resume. */
export interface Frame {
  id: string;
  type:
    | 'tutor.delta'
    | 'tutor.response'
    | 'progress.updated'
    | 'alert.created'
    | 'assignment.created'
    | 'ready';
  data: unknown;
}

/** The sockets this replica holds, by user: a user may have several tabs open. */
export class Connections {
  private readonly byUser = new Map<string, Set<WebSocket>>();

  add(userId: string, socket: WebSocket): void {
    const sockets = this.byUser.get(userId) ?? new Set();
    sockets.add(socket);
    this.byUser.set(userId, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) this.byUser.delete(userId);
    });
  }

  /** Sends to every open socket of the user here; returns how many got it. */
  send(userId: string, frame: Frame): number {
    const sockets = this.byUser.get(userId);
    if (!sockets) return 0;
    const text = JSON.stringify(frame);
    let sent = 0;
    for (const socket of sockets) {
      if (socket.readyState !== socket.OPEN) continue;
      socket.send(text);
      sent++;
    }
    return sent;
  }

  count(): number {
    let total = 0;
    for (const sockets of this.byUser.values()) total += sockets.size;
    return total;
  }

  all(): WebSocket[] {
    return [...this.byUser.values()].flatMap((s) => [...s]);
  }
}

/** Frame ids are `<epoch ms>-<event or row id>`: sortable by time, unique by id. */
export const frameId = (at: Date | string, id: string) => `${new Date(at).getTime()}-${id}`;

export function parseFrameId(value: string | undefined): { at: Date; id: string } | null {
  const match = value?.match(/^(\d{10,16})-(.+)$/);
  if (!match) return null;
  return { at: new Date(Number(match[1])), id: match[2] as string };
}
