import websocket from '@fastify/websocket';
import { TOPICS } from '@learnflow/contracts';
import { defineService, type ResourceRef } from '@learnflow/platform';
import { z } from 'zod';
import { Connections, frameId, parseFrameId, SESSION_ENDED, sendFrame } from './connections.ts';
import { noticeFrame } from './notice-frame.ts';
import { missedFrames } from './replay.ts';

const HEARTBEAT_MS = 30_000;
/** Split mode: sessions ended in another process are noticed within this (in-process ones at once). */
const SESSION_SWEEP_MS = 5_000;
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
 * sockets it holds.
 */
export const websocketService = defineService({
  id: 'websocket',
  port: 8108,
  description: 'WebSocket frames to connected students and teachers.',
  owns: [],
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
        for (const frame of missed) sendFrame(socket, frame);
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
      if (open.length > 0) connections.closeEnded(await deps.auth.sessions.live(open), userId);
    };
    const warn = (error: unknown) => deps.log.warn({ err: error }, 'closing ended sessions failed');
    deps.auth.sessions.onRevoke((userId) => {
      closeEnded(userId).catch(warn);
    });
    const sweep = setInterval(() => closeEnded().catch(warn), SESSION_SWEEP_MS);
    sweep.unref();
    return async () => clearInterval(sweep);
  },
  subscriptions: [
    {
      topics: [TOPICS.learningResponses.name, TOPICS.progressUpdates.name, TOPICS.notifications.name],
      broadcast: true,
      async handle(deps, delivery) {
        const connections = await deps.resources.get(connectionsRef);
        if (delivery.topic === TOPICS.learningResponses.name) {
          const { event } = delivery;
          const { userId, kind, ...data } = event.data;
          const id = frameId(event.time, event.data.requestId);
          connections.send(
            userId,
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
          );
        } else if (delivery.topic === TOPICS.progressUpdates.name) {
          const { event } = delivery;
          connections.send(event.data.userId, {
            id: frameId(event.time, event.id),
            type: 'progress.updated',
            data: event.data,
          });
        } else {
          connections.send(delivery.event.data.recipientId, noticeFrame(delivery.event.data));
        }
      },
    },
  ],
});
