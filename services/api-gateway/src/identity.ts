import type {
  LoginBody,
  PasswordChangeBody,
  PasswordResetBody,
  RegisterBody,
  Session,
  User,
} from '@learnflow/contracts';
import {
  type AuthUser,
  appError,
  audit,
  checkNewPassword,
  createAccount,
  hashCode,
  hashPassword,
  type ResourceRef,
  redeemInvite,
  type ServiceDeps,
  verifyPassword,
} from '@learnflow/platform';
import { publishAccount } from './account-changes.ts';
import { LoginThrottle } from './login-throttle.ts';

export const loginThrottleRef: ResourceRef<LoginThrottle> = {
  id: 'api-gateway.login-throttle',
  create: () => new LoginThrottle(),
};

/**
 * The public view of an account. For the caller (`GET /api/me`) it is built from `auth.require`:
 * the session check read the account, and every change to it ends the session first.
 */
export const toUser = (row: Pick<AuthUser, 'id' | 'email' | 'name' | 'role'>): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
});

const signedIn = async (deps: ServiceDeps, user: User): Promise<Session> => ({
  ...(await deps.auth.sessions.open(user)),
  user,
});

// Verifying against a real hash keeps a wrong email as slow as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Public sign-up: a student, or a teacher with a valid invite (used in the same transaction). */
export async function register(
  deps: ServiceDeps,
  body: RegisterBody,
  correlationId: string,
): Promise<Session> {
  const { invite } = body;
  const role = invite ? 'teacher' : 'student';
  const user = await deps.events.transaction(async (tx) => {
    const created = await createAccount(tx.db, { ...body, role });
    if (invite) await redeemInvite(tx.db, invite, created.id);
    await publishAccount(tx, created, 'changed', correlationId);
    return created;
  });
  return signedIn(deps, toUser(user));
}

export async function login(deps: ServiceDeps, body: LoginBody, ip: string): Promise<Session> {
  const throttle = await deps.resources.get(loginThrottleRef);
  throttle.check(body.email, ip);
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'password_hash', 'disabled_at'])
    .where((eb) => eb(eb.fn('lower', [eb.ref('email')]), '=', body.email.toLowerCase()))
    .executeTakeFirst();
  decoyHash ??= hashPassword('decoy-password-for-timing');
  const ok = await verifyPassword(row?.password_hash ?? (await decoyHash), body.password);
  if (!row || !ok) {
    throttle.failed(body.email, ip);
    throw appError('INVALID_CREDENTIALS', 'Wrong email or password.');
  }
  throttle.succeeded(body.email);
  if (row.disabled_at)
    throw appError('ACCOUNT_DISABLED', 'This account is disabled: ask your school’s LearnFlow admin.');
  return signedIn(deps, toUser(row));
}

export async function refresh(deps: ServiceDeps, refreshToken: string): Promise<Session> {
  const renewed = await deps.auth.sessions.refresh(refreshToken);
  if (!renewed)
    throw appError('UNAUTHENTICATED', 'This refresh token is unknown, used or ended: sign in again.');
  return { ...renewed.session, user: toUser(renewed.user) };
}

/**
 * The caller's password, or WRONG_PASSWORD: what changing the password or deleting the account asks first.
 * Not a 401: the caller is signed in, and a client rightly ends its session on a 401.
 */
export async function confirmPassword(deps: ServiceDeps, userId: string, password: string): Promise<void> {
  const row = await deps.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, password)))
    throw appError('WRONG_PASSWORD', 'The current password is wrong: type the one you sign in with now.');
}

/** A new password; every other session of the account ends, the caller's own stays. */
export async function changePassword(
  deps: ServiceDeps,
  caller: AuthUser,
  body: PasswordChangeBody,
): Promise<void> {
  await confirmPassword(deps, caller.id, body.currentPassword);
  checkNewPassword(body.newPassword, caller);
  await deps.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(body.newPassword) })
    .where('id', '=', caller.id)
    .execute();
  await deps.auth.sessions.revokeAll(caller.id, caller.sessionId);
}

/**
 * A student sets a new password with the one-time code their teacher was shown: the code is
 * used up, every session of the account ends and a new one starts.
 */
export async function resetPassword(deps: ServiceDeps, body: PasswordResetBody): Promise<Session> {
  const invalid = () =>
    appError(
      'INVALID_RESET_CODE',
      'This reset code is unknown, expired or already used for this email: ask your teacher for a new one.',
    );
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where((eb) => eb(eb.fn('lower', [eb.ref('email')]), '=', body.email.toLowerCase()))
    .executeTakeFirst();
  if (!user) throw invalid();
  const passwordHash = await hashPassword(body.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('password_resets')
      .set({ used_at: new Date() })
      .where('code_hash', '=', hashCode(body.code.toUpperCase()))
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .returning('created_by')
      .executeTakeFirst();
    if (!used) throw invalid();
    // After the code: the answer for a wrong code never depends on the account (rolled back, the code stays usable).
    checkNewPassword(body.newPassword, user);
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
    await audit(trx, used.created_by, 'password.reset', user.id);
  });
  await deps.auth.sessions.revokeAll(user.id);
  return signedIn(deps, toUser(user));
}
