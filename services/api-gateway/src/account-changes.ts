import { type Role, TOPICS } from '@learnflow/contracts';
import type { EventsTransaction } from '@learnflow/platform';

/** An account as `account.changes` carries it. */
export interface AccountState {
  id: string;
  name: string;
  email: string;
  role: Role;
  timezone: string;
}

/**
 * Announces an account as it is now, or that it is gone, in the transaction that changed it: the
 * services that keep an account read model (progress, notification, classroom) follow it.
 */
export const publishAccount = (
  tx: EventsTransaction,
  account: AccountState,
  change: 'changed' | 'deleted',
  correlationId: string,
) =>
  tx.publish(
    TOPICS.accountChanges.name,
    `account.${change}`,
    {
      userId: account.id,
      name: account.name,
      email: account.email,
      role: account.role,
      timezone: account.timezone,
      deleted: change === 'deleted',
    },
    { userId: account.id, correlationId },
  );
