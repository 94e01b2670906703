import { type AuthUser, type Db, skipIfReferenceGone } from '@learnflow/platform';

/**
 * The caller as their session names them, kept in classroom's account read model unless it has them
 * already: a teacher who has just signed up may make a class, or a student join one, before their
 * account's own `account.changes` event has reached classroom. Dated before any change, so that event
 * still wins when it comes; the zone, which classroom does not use, is left at UTC until then.
 */
export const rememberCaller = (db: Db, caller: AuthUser) =>
  skipIfReferenceGone(db, () =>
    db
      .insertInto('classroom_accounts')
      .values({
        id: caller.id,
        name: caller.name,
        email: caller.email,
        role: caller.role,
        timezone: 'UTC',
        updated_at: new Date(0),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute(),
  );
