import { z } from 'zod';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['student', 'teacher']),
});
export type User = z.infer<typeof UserSchema>;

export const RegisterBodySchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(8, 'at least 8 characters').max(200),
  name: z.string().trim().min(1).max(100),
  role: z.enum(['student', 'teacher']).default('student'),
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const LoginBodySchema = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const SessionSchema = z.object({ token: z.string(), user: UserSchema });
export type Session = z.infer<typeof SessionSchema>;
