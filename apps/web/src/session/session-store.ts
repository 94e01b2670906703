import type { Session } from '../api/types.ts';

const KEY = 'learnflow.session';

/** The signed-in session (access and refresh token), kept in localStorage so a reload stays signed in. */
export function loadSession(storage: Pick<Storage, 'getItem'> = localStorage): Session | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (
      typeof parsed.token !== 'string' ||
      typeof parsed.refreshToken !== 'string' ||
      !parsed.user ||
      typeof parsed.user.id !== 'string'
    )
      return null;
    return parsed as Session;
  } catch {
    return null;
  }
}

export function saveSession(
  session: Session | null,
  storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
) {
  try {
    if (session) storage.setItem(KEY, JSON.stringify(session));
    else storage.removeItem(KEY);
  } catch {
    // Private mode or a full quota: the session then lasts as long as the tab.
  }
}
