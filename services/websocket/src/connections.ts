import type { LiveFrame } from '@learnflow/contracts';
import type { WebSocket } from 'ws';

/** Close code for a socket whose session ended (logout, password change, role change, disable, deletion). */
export const SESSION_ENDED = 4401;

/** The sockets this replica holds, by user: a user may have several tabs open. */
// How many frame ids a socket remembers having been sent, so a frame that arrives twice (live, and from the
// replay table's consumer catching up) is sent once.
const SENT_REMEMBERED = 500;

export class Connections {
  private readonly byUser = new Map<string, Set<WebSocket>>();
  private readonly sessionOf = new WeakMap<WebSocket, string>();
  private readonly sentTo = new WeakMap<WebSocket, Set<string>>();

  add(userId: string, sessionId: string, socket: WebSocket): void {
    const sockets = this.byUser.get(userId) ?? new Set();
    sockets.add(socket);
    this.byUser.set(userId, sockets);
    this.sessionOf.set(socket, sessionId);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) this.byUser.delete(userId);
    });
  }

  /** The sessions behind the open sockets (of one user, or of everyone). */
  sessions(userId?: string): string[] {
    const sockets = userId ? [...(this.byUser.get(userId) ?? [])] : this.all();
    return [...new Set(sockets.map((s) => this.sessionOf.get(s) ?? ''))].filter(Boolean);
  }

  /**
   * Closes every socket of the `asked` sessions that is not in `live`; returns how many it closed.
   * A socket opened while `live` was being found out is not among the asked, so it stays.
   */
  closeEnded(asked: readonly string[], live: Set<string>): number {
    const ended = new Set(asked.filter((session) => !live.has(session)));
    let closed = 0;
    for (const socket of this.all()) {
      if (!ended.has(this.sessionOf.get(socket) ?? '')) continue;
      socket.close(SESSION_ENDED, 'session ended: sign in again');
      closed++;
    }
    return closed;
  }

  /** Sends to every open socket of the user here that has not had this frame yet; returns how many got it. */
  send(userId: string, frame: LiveFrame): number {
    const sockets = this.byUser.get(userId);
    if (!sockets) return 0;
    const text = JSON.stringify(frame);
    let sent = 0;
    for (const socket of sockets) {
      if (socket.readyState !== socket.OPEN || !this.firstTime(socket, frame)) continue;
      socket.send(text);
      sent++;
    }
    return sent;
  }

  /** Sends to one socket unless it has had this frame already (a replayed frame that also came live). */
  sendOnce(socket: WebSocket, frame: LiveFrame): void {
    if (this.firstTime(socket, frame)) sendFrame(socket, frame);
  }

  private firstTime(socket: WebSocket, frame: LiveFrame): boolean {
    // A delta's id is its answer's time and request: several of one answer may share it, and none is replayed.
    if (!('id' in frame) || frame.type === 'tutor.delta') return true;
    let sent = this.sentTo.get(socket);
    if (!sent) {
      sent = new Set();
      this.sentTo.set(socket, sent);
    }
    if (sent.has(frame.id)) return false;
    sent.add(frame.id);
    if (sent.size > SENT_REMEMBERED) sent.delete(sent.values().next().value as string);
    return true;
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

/** Sends one frame to one socket. */
export function sendFrame(socket: WebSocket, frame: LiveFrame): void {
  socket.send(JSON.stringify(frame));
}

/** Frame ids are `<epoch ms>-<event or row id>`: sortable by time, unique by id. */
export const frameId = (at: Date | string, id: string) => `${new Date(at).getTime()}-${id}`;

export function parseFrameId(value: string | undefined): { at: Date; id: string } | null {
  const match = value?.match(/^(\d{10,16})-(.+)$/);
  if (!match) return null;
  return { at: new Date(Number(match[1])), id: match[2] as string };
}
