import websocket from '@fastify/websocket';
import { TOPICS } from '@learnflow/contracts';
import { defineService, type ResourceRef } from '@learnflow/platform';
import { z } from 'zod';
import { Connections, frameId, parseFrameId, SESSION_ENDED, sendFrame } from './connections.ts';
import { liveFrameOf } from './live-frame-of.ts';
import { forgetOldFrames, keepFrame, missedFrames } from './replay.ts';

const HEARTBEAT_MS = 30_000;
/** Split mode: sessions ended in another process are noticed within this (in-process ones at once). */
const SESSION_SWEEP_MS = 5_000;
const FORGET_EVERY_MS = 60 * 60 * 1_000;
const connectionsRef: ResourceRef<Connections> = {
  id: 'websocket.connections',
  create: () => new Connections(),
  close: (connections) => {
    for (const socket of connections.all()) socket.close(1001, 'server shutting down');
  },
};

const QuerySchema = z.object({
  ticket: z.string().min(1).max(200).optional(),
  lastFrameId: z.string().max(200).optional(),
});

/**
 * Live delivery: tutor answers (streamed), progress, alerts for teachers, assignments for
 * students. Every replica sees every event (a broadcast subscription) and writes to the
 * sockets it holds. Tutor answers and notices are also kept (`websocket_frames`, by the durable
 * group `websocket.frames`) for a client that reconnects with the id of the last frame it saw;
 * a socket gets each frame once, whichever path brings it first.
 */
export const websocketService = defineService({
  id: 'websocket',
  port: 8108,
  description: 'WebSocket frames to connected students and teachers.',
  owns: ['websocket_frames'],
  personal: { websocket_frames: ['user_id'] },
  publishes: [],
  async routes(app, deps) {
    const connections = await deps.resources.get(connectionsRef);
    await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
    app.get(
      '/ws',
      { websocket: true, schema: { querystring: QuerySchema, hide: true } },
      async (socket, request) => {
        const { ticket } = request.query;
        const user = ticket ? await deps.auth.sessions.redeemTicket(ticket) : null;
        if (!user?.sessionId) {
          socket.close(
            SESSION_ENDED,
            'unauthenticated: connect with ?ticket=<a fresh ticket from POST /api/ws-ticket>',
          );
          return;
        }
        connections.add(user.id, user.sessionId, socket);
        let alive = true;
        socket.on('pong', () => {
          alive = true;
        });
        const heartbeat = setInterval(() => {
          if (!alive) {
            socket.terminate();
            return;
          }
          alive = false;
          socket.ping();
        }, HEARTBEAT_MS);
        socket.once('close', () => clearInterval(heartbeat));
        socket.on('message', (raw) => {
          if (raw.toString() === 'ping') sendFrame(socket, { type: 'pong' });
        });
        const since = parseFrameId(request.query.lastFrameId);
        const missed = since ? await missedFrames(deps, user.id, since) : [];
        for (const frame of missed) connections.sendOnce(socket, frame);
        sendFrame(socket, {
          id: frameId(new Date(), 'ready'),
          type: 'ready',
          data: { userId: user.id, replayed: missed.length },
        });
      },
    );
  },
  /** Sockets of ended sessions close: at once for this process's revocations, by sweep for others'. */
  async start(deps) {
    const connections = await deps.resources.get(connectionsRef);
    const closeEnded = async (userId?: string) => {
      const open = connections.sessions(userId);
      if (open.length > 0) connections.closeEnded(open, await deps.auth.sessions.live(open));
    };
    const warn = (error: unknown) => deps.log.warn({ err: error }, 'closing ended sessions failed');
    deps.auth.sessions.onRevoke((userId) => {
      closeEnded(userId).catch(warn);
    });
    const sweep = setInterval(() => closeEnded().catch(warn), SESSION_SWEEP_MS);
    sweep.unref();
    const forget = () =>
      forgetOldFrames(deps.db).catch((error: unknown) =>
        deps.log.warn({ err: error }, 'forgetting old frames failed: tried again within the hour'),
      );
    const hourly = setInterval(forget, FORGET_EVERY_MS);
    hourly.unref();
    return async () => {
      clearInterval(sweep);
      clearInterval(hourly);
    };
  },
  subscriptions: [
    {
      topics: [TOPICS.learningResponses.name, TOPICS.progressUpdates.name, TOPICS.notifications.name],
      broadcast: true,
      async handle(deps, delivery) {
        const connections = await deps.resources.get(connectionsRef);
        const { userId, frame } = liveFrameOf(delivery);
        connections.send(userId, frame);
      },
    },
    {
      // The replayable frames, in a durable group: after a restart it resumes where it stopped, so what was
      // published while this service was down is kept, and sent to the clients that have reconnected since.
      group: 'frames',
      topics: [TOPICS.learningResponses.name, TOPICS.notifications.name],
      // Kept once per frame id, and each socket gets a frame once: safe to run twice.
      idempotent: true,
      async handle(deps, delivery) {
        if (delivery.topic === TOPICS.learningResponses.name && delivery.event.data.kind === 'delta') return;
        const framed = liveFrameOf(delivery);
        await keepFrame(deps.db, framed);
        (await deps.resources.get(connectionsRef)).send(framed.userId, framed.frame);
      },
    },
  ],
});
