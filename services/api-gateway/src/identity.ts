import type { LoginBody, RegisterBody, Session, User } from '@learnflow/contracts';
import { appError, hashPassword, type ServiceDeps, verifyPassword } from '@learnflow/platform';
import { sql } from 'kysely';

const toUser = (row: { id: string; email: string; name: string; role: 'student' | 'teacher' }): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
});

// Verifying against a real hash keeps a wrong email as slow as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function register(deps: ServiceDeps, body: RegisterBody): Promise<Session> {
  const passwordHash = await hashPassword(body.password);
  const row = await deps.db
    .insertInto('users')
    .values({
      email: body.email.toLowerCase(),
      name: body.name,
      role: body.role,
      password_hash: passwordHash,
    })
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning(['id', 'email', 'name', 'role'])
    .executeTakeFirst();
  if (!row) throw appError('EMAIL_TAKEN', `An account with ${body.email} exists: sign in instead.`);
  const user = toUser(row);
  return { token: await deps.auth.tokens.sign(user), user };
}

export async function login(deps: ServiceDeps, body: LoginBody): Promise<Session> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', [eb.ref('email')]), '=', body.email.toLowerCase()))
    .executeTakeFirst();
  decoyHash ??= hashPassword('decoy-password-for-timing');
  const ok = await verifyPassword(row?.password_hash ?? (await decoyHash), body.password);
  if (!row || !ok) throw appError('INVALID_CREDENTIALS', 'Wrong email or password.');
  const user = toUser(row);
  return { token: await deps.auth.tokens.sign(user), user };
}

export async function findUser(deps: ServiceDeps, id: string): Promise<User> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw appError('UNAUTHENTICATED', 'This account no longer exists: sign in again.');
  return toUser(row);
}
