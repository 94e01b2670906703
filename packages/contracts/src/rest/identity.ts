import { z } from 'zod';
import { RoleSchema } from '../role.ts';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;

/** A zone `Intl` knows (`Europe/Paris`, `UTC`): what a browser's `resolvedOptions().timeZone` gives. */
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const NewPassword = z.string().min(8, 'at least 8 characters').max(200);

export const RegisterBodySchema = z.strictObject({
  email: z.email().max(254),
  password: NewPassword,
  name: z.string().trim().min(1).max(100),
  /** The IANA time zone the student's days (streaks) are counted in, as the browser reports it; UTC when left out. */
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, { error: 'timezone must be an IANA time zone such as "Europe/Paris" or "UTC"' })
    .optional(),
  /** A teacher invite code from an admin: the account is then a teacher. Without one, a student. */
  invite: z.string().trim().min(1).max(200).optional(),
  role: z
    .never({
      error:
        'a role cannot be chosen at sign-up: every new account is a student; teachers join with an invite code from an admin (the "invite" field)',
    })
    .optional(),
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const LoginBodySchema = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const SessionSchema = z.object({
  /** The access token: `Authorization: Bearer <token>`, short-lived. */
  token: z.string(),
  /** Trade it at POST /api/auth/refresh for a new token (and a new refresh token) before `expiresIn`. */
  refreshToken: z.string(),
  expiresIn: z.number().int().min(1),
  user: UserSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const RefreshBodySchema = z.strictObject({ refreshToken: z.string().min(1).max(200) });
export type RefreshBody = z.infer<typeof RefreshBodySchema>;

export const PasswordChangeBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});
export type PasswordChangeBody = z.infer<typeof PasswordChangeBodySchema>;

/** A student sets a new password with the one-time code their teacher was shown. */
export const PasswordResetBodySchema = z.strictObject({
  email: z.string().min(1).max(254),
  code: z.string().trim().min(1).max(200),
  newPassword: NewPassword,
});
export type PasswordResetBody = z.infer<typeof PasswordResetBodySchema>;

export const DeleteAccountBodySchema = z.strictObject({ password: z.string().min(1).max(200) });
export type DeleteAccountBody = z.infer<typeof DeleteAccountBodySchema>;

export const WsTicketSchema = z.object({
  /** Connect with `/ws?ticket=<ticket>`: once, within `expiresIn` seconds. */
  ticket: z.string(),
  expiresIn: z.number().int().min(1),
});

/** A one-time code shown once: a teacher invite, or a student's password reset code. */
export const OneTimeCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type OneTimeCode = z.infer<typeof OneTimeCodeSchema>;

/** Everything LearnFlow holds about the caller, table by table. */
export const AccountExportSchema = z.object({
  exportedAt: z.string(),
  user: UserSchema.extend({ createdAt: z.string(), timezone: z.string() }),
  data: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type AccountExport = z.infer<typeof AccountExportSchema>;
