import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Api, endpoints } from '../api/endpoints.ts';
import { createHttpClient } from '../api/http-client.ts';
import type { Session } from '../api/types.ts';
import { LiveSocket, type LiveState, liveUrl } from '../live/live-socket.ts';
import { loadSession, saveSession } from './session-store.ts';

export interface SessionValue {
  session: Session | null;
  api: Api;
  live: LiveSocket | null;
  liveState: LiveState;
  signIn(session: Session): void;
  signOut(): void;
  /** Forgets a session the server has already ended (the account was deleted) and says why on the sign-in page. */
  forget(notice: string): void;
  /** Set when the session ended on its own (signed out elsewhere, revoked), for the sign-in page to say so. */
  notice: string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Holds the session, the API client and the live socket of the signed-in user. Access tokens
 * are short-lived: a 401 trades the refresh token for a new one once (shared by concurrent
 * requests) and retries; the socket opens with a single-use ticket.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const [liveState, setLiveState] = useState<LiveState>('closed');
  const sessionRef = useRef<Session | null>(session);
  sessionRef.current = session;
  const refreshing = useRef<Promise<boolean> | null>(null);

  const keep = useCallback((next: Session | null) => {
    sessionRef.current = next;
    saveSession(next);
    setSession(next);
  }, []);
  // Only a session still held can end on its own: after a sign-out or `forget`, a late 401 or socket close says nothing.
  const expire = useCallback(() => {
    if (!sessionRef.current) return;
    setNotice('Your session has ended. Sign in again.');
    keep(null);
  }, [keep]);
  const signIn = useCallback(
    (next: Session) => {
      setNotice(null);
      keep(next);
    },
    [keep],
  );

  const api = useMemo(() => {
    const refresh = () => {
      const current = sessionRef.current;
      if (!current) return Promise.resolve(false);
      refreshing.current ??= bare
        .refresh(current.refreshToken)
        .then((next) => {
          sessionRef.current = next;
          saveSession(next);
          return true;
        })
        .catch(() => false)
        .finally(() => {
          refreshing.current = null;
        });
      return refreshing.current;
    };
    const bare = endpoints(createHttpClient({ token: () => null }));
    return endpoints(
      createHttpClient({ token: () => sessionRef.current?.token ?? null, onUnauthorized: expire, refresh }),
    );
  }, [expire]);

  const signOut = useCallback(() => {
    api.logout().catch(() => {});
    keep(null);
  }, [api, keep]);
  const forget = useCallback(
    (why: string) => {
      setNotice(why);
      keep(null);
    },
    [keep],
  );

  const userId = session?.user.id ?? null;
  const live = useMemo(
    () =>
      userId
        ? new LiveSocket({
            url: async (lastFrameId) => liveUrl(window.location, (await api.wsTicket()).ticket, lastFrameId),
            onExpired: expire,
          })
        : null,
    [userId, api, expire],
  );
  useEffect(() => {
    if (!live) return;
    const off = live.onState(setLiveState);
    live.start();
    return () => {
      off();
      live.stop();
      setLiveState('closed');
    };
  }, [live]);

  // A stored session may be stale: refresh the user (a 401 refreshes or signs out).
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    api
      .me()
      .then((user) => {
        const current = sessionRef.current;
        if (cancelled || !current || current.user.id !== user.id) return;
        keep({ ...current, user });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [api, userId, keep]);

  const value = useMemo(
    () => ({ session, api, live, liveState, signIn, signOut, forget, notice }),
    [session, api, live, liveState, signIn, signOut, forget, notice],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user's API client; pages behind sign-in use this. */
export const useApi = () => useSession().api;
