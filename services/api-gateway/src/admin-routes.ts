import {
  AdminUserListQuerySchema,
  AdminUserListSchema,
  AdminUserParamsSchema,
  AdminUserPatchSchema,
  AdminUserSchema,
  ErrorBodySchema,
  InviteBodySchema,
  OneTimeCodeSchema,
} from '@learnflow/contracts';
import { type App, issueInvite, type ServiceDeps } from '@learnflow/platform';
import { listUsers, updateUser } from './admin.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

/** Admins only: teacher invites, the list of users, role changes and disabling accounts. */
export function adminRoutes(app: App, deps: ServiceDeps): void {
  app.post(
    '/api/admin/invites',
    {
      schema: { tags: ['admin'], body: InviteBodySchema, response: { 201: OneTimeCodeSchema, ...errors } },
    },
    async (request, reply) => {
      const admin = await deps.auth.require(request, 'admin');
      return reply.code(201).send(await issueInvite(deps.db, admin.id, request.body.expiresInDays));
    },
  );
  app.get(
    '/api/admin/users',
    {
      schema: {
        tags: ['admin'],
        querystring: AdminUserListQuerySchema,
        response: { 200: AdminUserListSchema, ...errors },
      },
    },
    async (request) => {
      await deps.auth.require(request, 'admin');
      return listUsers(deps, request.query);
    },
  );
  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        params: AdminUserParamsSchema,
        body: AdminUserPatchSchema,
        response: { 200: AdminUserSchema, ...errors },
      },
    },
    async (request) =>
      updateUser(
        deps,
        await deps.auth.require(request, 'admin'),
        request.params.id,
        request.body,
        request.id,
      ),
  );
}
