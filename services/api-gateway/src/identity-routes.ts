import {
  AccountExportSchema,
  DeleteAccountBodySchema,
  ErrorBodySchema,
  LoginBodySchema,
  OneTimeCodeSchema,
  PasswordChangeBodySchema,
  PasswordResetBodySchema,
  RefreshBodySchema,
  RegisterBodySchema,
  SessionSchema,
  StudentParamsSchema,
  UserSchema,
  WsTicketSchema,
} from '@learnflow/contracts';
import { type App, appError, type ServiceDeps, TICKET_SECONDS } from '@learnflow/platform';
import { z } from 'zod';
import { deleteAccount, exportAccount } from './account-data.ts';
import {
  changePassword,
  confirmPassword,
  login,
  refresh,
  register,
  resetPassword,
  toUser,
} from './identity.ts';
import { issueResetCode } from './reset-code.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };
const Done = z.null().describe('Done: no body.');

/** Sign-up, sign-in, sessions (refresh, logout, WebSocket tickets), the caller's account and password resets. */
export function identityRoutes(app: App, deps: ServiceDeps): void {
  app.post(
    '/api/auth/register',
    {
      schema: {
        tags: ['identity'],
        security: [],
        body: RegisterBodySchema,
        response: { 201: SessionSchema, 409: ErrorBodySchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await register(deps, request.body, request.id)),
  );
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['identity'],
        security: [],
        body: LoginBodySchema,
        response: { 200: SessionSchema, 429: ErrorBodySchema, ...errors },
      },
    },
    async (request) => login(deps, request.body, request.ip),
  );
  app.post(
    '/api/auth/refresh',
    {
      schema: {
        tags: ['identity'],
        security: [],
        body: RefreshBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (request) => refresh(deps, request.body.refreshToken),
  );
  app.post(
    '/api/auth/reset-password',
    {
      schema: {
        tags: ['identity'],
        security: [],
        body: PasswordResetBodySchema,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (request) => resetPassword(deps, request.body),
  );
  app.post(
    '/api/auth/logout',
    { schema: { tags: ['identity'], response: { 204: Done, ...errors } } },
    async (request, reply) => {
      const user = await deps.auth.require(request);
      if (user.sessionId) await deps.auth.sessions.revoke(user.sessionId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/ws-ticket',
    { schema: { tags: ['identity'], response: { 200: WsTicketSchema, ...errors } } },
    async (request) => {
      const { sessionId } = await deps.auth.require(request);
      if (!sessionId)
        throw appError('UNAUTHENTICATED', 'A WebSocket ticket needs a signed-in session token.');
      return { ticket: await deps.auth.sessions.ticket(sessionId), expiresIn: TICKET_SECONDS };
    },
  );
  app.get(
    '/api/me',
    { schema: { tags: ['identity'], response: { 200: UserSchema, ...errors } } },
    async (request) => toUser(await deps.auth.require(request)),
  );
  app.post(
    '/api/me/password',
    { schema: { tags: ['identity'], body: PasswordChangeBodySchema, response: { 204: Done, ...errors } } },
    async (request, reply) => {
      await changePassword(deps, await deps.auth.require(request), request.body);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/me/export',
    { schema: { tags: ['identity'], response: { 200: AccountExportSchema, ...errors } } },
    async (request) => exportAccount(deps, app, await deps.auth.require(request)),
  );
  app.delete(
    '/api/me',
    { schema: { tags: ['identity'], body: DeleteAccountBodySchema, response: { 204: Done, ...errors } } },
    async (request, reply) => {
      const user = await deps.auth.require(request);
      await confirmPassword(deps, user.id, request.body.password);
      await deleteAccount(deps, user, request.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/teacher/students/:id/password-reset',
    {
      schema: {
        tags: ['teacher'],
        params: StudentParamsSchema,
        response: { 201: OneTimeCodeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return reply.code(201).send(await issueResetCode(deps, teacher.id, request.params.id));
    },
  );
}
