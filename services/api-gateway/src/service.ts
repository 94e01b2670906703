import {
  ChatAcceptedSchema,
  ChatBodySchema,
  ChatHistoryQuerySchema,
  ChatHistorySchema,
  ChatQuerySchema,
  ChatReplySchema,
  CurriculumSchema,
  ErrorBodySchema,
  SlugParamsSchema,
  TOPICS,
  TopicSchema,
} from '@learnflow/contracts';
import { defineService, rosterSubscription } from '@learnflow/platform';
import { adminRoutes } from './admin-routes.ts';
import { chatHistory, sendChat, storeReply, toChatReply } from './chat.ts';
import { chatWaitersRef } from './chat-waiters.ts';
import { getCurriculum, getTopic } from './curriculum.ts';
import { identityRoutes } from './identity-routes.ts';
import { webApp } from './web-app.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** The edge: identity, the curriculum, the chat, and the web app. */
export const apiGateway = defineService({
  id: 'api-gateway',
  port: 8180,
  description: 'HTTP entry point: JWT auth, identity, curriculum, routing to the services.',
  owns: ['users', 'password_resets', 'modules', 'topics', 'chat_messages', 'gateway_rosters'],
  reference: ['modules', 'topics'],
  personal: { chat_messages: ['user_id'], gateway_rosters: ['student_id', 'teacher_id'] },
  publishes: [TOPICS.learningRequests.name, TOPICS.accountChanges.name],
  routes(app, deps) {
    identityRoutes(app, deps);
    adminRoutes(app, deps);
    app.get(
      '/api/curriculum',
      { schema: { tags: ['curriculum'], response: { 200: CurriculumSchema, ...errors } } },
      async (request) => {
        await deps.auth.require(request);
        return getCurriculum(deps);
      },
    );
    app.get(
      '/api/topics/:slug',
      {
        schema: { tags: ['curriculum'], params: SlugParamsSchema, response: { 200: TopicSchema, ...errors } },
      },
      async (request) => {
        await deps.auth.require(request);
        return getTopic(deps, request.params.slug);
      },
    );
    app.post(
      '/api/chat',
      {
        schema: {
          tags: ['tutor'],
          body: ChatBodySchema,
          querystring: ChatQuerySchema,
          response: { 200: ChatReplySchema, 202: ChatAcceptedSchema, 503: ErrorBodySchema, ...errors },
        },
      },
      async (request, reply) => {
        const user = await deps.auth.require(request);
        const wait = request.query.wait === 'true';
        const sent = await sendChat(deps, user, request.body, request.id, wait);
        return sent.reply
          ? reply.code(200).send(sent.reply)
          : reply.code(202).send({ requestId: sent.requestId });
      },
    );
    app.get(
      '/api/chat/history',
      {
        schema: {
          tags: ['tutor'],
          querystring: ChatHistoryQuerySchema,
          response: { 200: ChatHistorySchema, ...errors },
        },
      },
      async (request) => {
        const user = await deps.auth.require(request);
        return chatHistory(deps, user.id, request.query.limit, request.query.before);
      },
    );
    app.register(webApp, {});
  },
  subscriptions: [
    {
      group: 'chat-store',
      // The insert is idempotent on its own (request id and role): no check before it.
      transactional: true,
      topics: [TOPICS.learningResponses.name],
      handle: (deps, { event }) => storeReply(deps, event),
    },
    {
      group: 'chat-waiters',
      broadcast: true,
      topics: [TOPICS.learningResponses.name],
      async handle(deps, { event }) {
        if (event.data.kind !== 'final') return;
        const waiters = await deps.resources.get(chatWaitersRef);
        // A reply someone here waits for is stored first (idempotent, like chat-store's insert), so the
        // student's next message already sees it: "2" right after "Which of these do you mean?".
        if (waiters.waiting(event.data.requestId)) await storeReply(deps, event);
        waiters.resolve(toChatReply(event.data));
      },
    },
    rosterSubscription('gateway_rosters'),
  ],
});
