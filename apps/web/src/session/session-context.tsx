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
  /** Set when the session ended on its own (expired token), for the sign-in page to say so. */
  notice: string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the session, the API client and the live socket of the signed-in user. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);
  const [liveState, setLiveState] = useState<LiveState>('closed');
  const tokenRef = useRef<string | null>(session?.token ?? null);
  tokenRef.current = session?.token ?? null;

  const signOut = useCallback(() => {
    saveSession(null);
    setSession(null);
  }, []);
  const expire = useCallback(() => {
    setNotice('Your session has ended. Sign in again.');
    signOut();
  }, [signOut]);
  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setNotice(null);
    setSession(next);
  }, []);

  const api = useMemo(
    () => endpoints(createHttpClient({ token: () => tokenRef.current, onUnauthorized: expire })),
    [expire],
  );

  const token = session?.token ?? null;
  const live = useMemo(
    () =>
      token
        ? new LiveSocket({
            url: (lastFrameId) => liveUrl(window.location, token, lastFrameId),
            onExpired: expire,
          })
        : null,
    [token, expire],
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

  // A stored session may be stale: refresh the user (a 401 signs out through onUnauthorized).
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    api
      .me()
      .then((user) => {
        if (cancelled) return;
        setSession((current) => {
          if (!current || current.token !== token) return current;
          const next = { token, user };
          saveSession(next);
          return next;
        });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [api, token]);

  const value = useMemo(
    () => ({ session, api, live, liveState, signIn, signOut, notice }),
    [session, api, live, liveState, signIn, signOut, notice],
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
