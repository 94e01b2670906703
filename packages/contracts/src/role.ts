import { z } from 'zod';

/** Least privilege first: public sign-up makes a student; teachers are invited, admins provisioned. */
export const RoleSchema = z.enum(['student', 'teacher', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/** The roles, least privilege first. */
export const ROLES: readonly Role[] = RoleSchema.options;
