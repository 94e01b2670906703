import { audit, createAccount, fillAccountReadModels, INVITE_DAYS, issueInvite } from '@learnflow/platform';
import { boot } from '../boot.ts';
import { flag } from '../flag.ts';
import { UsageError } from '../usage-error.ts';

export const ADMIN_USAGE = `learnflow admin create --email E --name N   create an admin (the password is read from LEARNFLOW_ADMIN_PASSWORD or asked for)
  learnflow admin invite-teacher [--days N]   print a single-use teacher invite code (default ${INVITE_DAYS} days)`;

async function readPassword(): Promise<string> {
  const given = process.env.LEARNFLOW_ADMIN_PASSWORD;
  if (given) return given;
  if (!process.stdin.isTTY)
    throw new UsageError('Set LEARNFLOW_ADMIN_PASSWORD, or run in a terminal to be asked for the password.');
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('Password for the new admin (12+ characters): ');
  } finally {
    rl.close();
  }
}

/** `learnflow admin create` and `learnflow admin invite-teacher`: provisioning from the server's shell. */
export async function adminCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create' && sub !== 'invite-teacher') throw new UsageError(ADMIN_USAGE);
  const days = flag(rest, 'days');
  const email = flag(rest, 'email');
  const name = flag(rest, 'name');
  if (sub === 'create' && (!email || !name))
    throw new UsageError(`admin create needs --email and --name.\n\n${ADMIN_USAGE}`);
  if (days !== undefined && !/^([1-9]|[12]\d|30)$/.test(days))
    throw new UsageError('--days is a whole number of days from 1 to 30.');
  const password = sub === 'create' ? await readPassword() : '';
  if (sub === 'create' && password.length < 12)
    throw new UsageError('An admin password needs at least 12 characters.');
  const platform = await boot({ migrate: true, seed: false });
  try {
    if (sub === 'create') {
      const admin = await createAccount(platform.db, {
        email: email as string,
        name: name as string,
        password,
        role: 'admin',
      });
      await fillAccountReadModels(platform.db, admin);
      await audit(platform.db, null, 'admin.created', admin.id, { via: 'cli' });
      console.log(`admin ${admin.email} created: sign in at the web app and open Admin.`);
      return;
    }
    const invite = await issueInvite(platform.db, null, days ? Number(days) : undefined);
    console.log(
      `teacher invite (single use, until ${invite.expiresAt}):\n  ${invite.code}\nThe teacher signs up with it in the web app (or POST /api/auth/register {..., "invite": "<code>"}).`,
    );
  } finally {
    await platform.close();
  }
}
