import { ROLES } from '@learnflow/contracts/role';
import { useState } from 'react';
import type { AdminUser, OneTimeCode, Role } from '../api/types.ts';
import { useApi, useSession } from '../session/session-context.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAction } from '../ui/use-action.ts';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';

/** The admin's page: invite a teacher (a single-use code), list accounts, change a role, disable. */
export function AdminPage() {
  useTitle('Accounts');
  const api = useApi();
  const { session } = useSession();
  const users = useAsync(() => api.adminUsers(), [api]);
  const [invite, setInvite] = useState<OneTimeCode | null>(null);
  const { act, busy, error } = useAction();
  const update = (user: AdminUser, patch: { role?: Role; disabled?: boolean }) =>
    act(user.id, async () => {
      const next = await api.adminUpdateUser(user.id, patch);
      users.setData(
        (current) => current && { users: current.users.map((u) => (u.id === next.id ? next : u)) },
      );
    });

  return (
    <div className="page admin-page">
      <header className="page-header">
        <h1>Accounts</h1>
        <p className="muted">Teachers join with an invite; every role change and disable is audited.</p>
      </header>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a teacher</h2>
        <button
          type="button"
          className="button primary"
          disabled={busy === 'invite'}
          onClick={() => act('invite', async () => setInvite(await api.inviteTeacher()))}
        >
          New teacher invite
        </button>
        {invite && (
          <p role="status" data-testid="invite-code">
            Single use, until {new Date(invite.expiresAt).toLocaleString()}: <code>{invite.code}</code>. The
            teacher signs up at{' '}
            <code>{`${window.location.origin}/sign-up?invite=${encodeURIComponent(invite.code)}`}</code>
          </p>
        )}
      </section>
      <ErrorNotice error={error} />
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">Users</h2>
        {users.loading && !users.data && <Loading />}
        <ErrorNotice error={users.error} onRetry={users.reload} />
        {users.data && (
          <table className="admin-users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <tr key={user.id} className={user.disabled ? 'disabled' : undefined}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>
                    <select
                      aria-label={`Role of ${user.name}`}
                      value={user.role}
                      disabled={busy === user.id || user.id === session?.user.id}
                      onChange={(e) => update(user, { role: e.target.value as Role })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      disabled={busy === user.id || user.id === session?.user.id}
                      onClick={() => update(user, { disabled: !user.disabled })}
                    >
                      {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
