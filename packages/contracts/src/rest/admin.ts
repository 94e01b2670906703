import { z } from 'zod';
import { RoleSchema } from '../role.ts';

export const AdminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const AdminUserListQuerySchema = z.strictObject({
  role: RoleSchema.optional(),
  /** Part of the name or email, case-insensitive. */
  q: z.string().trim().min(1).max(100).optional(),
});

export const AdminUserListSchema = z.object({ users: z.array(AdminUserSchema) });

export const AdminUserParamsSchema = z.strictObject({ id: z.uuid('a user id (uuid)') });

/** Change a role, disable or re-enable: each change ends the account's sessions and is audited. */
export const AdminUserPatchSchema = z
  .strictObject({ role: RoleSchema.optional(), disabled: z.boolean().optional() })
  .refine((b) => b.role !== undefined || b.disabled !== undefined, 'send role, disabled or both')
  .meta({ minProperties: 1 });
export type AdminUserPatch = z.infer<typeof AdminUserPatchSchema>;

export const InviteBodySchema = z.strictObject({
  /** How long the invite can be used; 7 days when absent. */
  expiresInDays: z.number().int().min(1).max(30).optional(),
});
