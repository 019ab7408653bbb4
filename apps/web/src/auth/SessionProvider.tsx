import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { createApiClient, dataOf, type ApiClient } from '../api/client';
import type { components } from '../api/openapi';
import { clearSession, readKnownUser, readSession, writeKnownUser, writeSession, type StoredSession } from './session-store';

export type Me = components['schemas']['SessionDto'];

export interface SessionContextValue {
  api: ApiClient;
  session: StoredSession | null;
  /** The API refused the last session's token (expired or revoked), as opposed to the user signing out. */
  ended: boolean;
  /** Who the API takes the token to be; undefined while it is asked. */
  me: Me | undefined;
  signedIn: (session: StoredSession) => void;
  signOut: () => Promise<void>;
  /** The user may do this (a permission of the API's access policy). */
  may: (permission: string) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Set when the API refused the token, so the sign-in page can say why the user is there. */
export const EXPIRED_PARAM = 'expired';

export function SessionProvider({ children, fetchImpl }: { children: ReactNode; fetchImpl?: typeof fetch }) {
  const [session, setSession] = useState<StoredSession | null>(readSession);
  const [ended, setEnded] = useState(false);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const expire = useCallback(() => {
    if (sessionRef.current === null) return;
    clearSession();
    sessionRef.current = null;
    // The pages' guard sends the user to sign-in, keeping the page they were on to return to it.
    setEnded(true);
    setSession(null);
    queryClient.clear();
  }, [queryClient]);

  const expireRef = useRef(expire);
  expireRef.current = expire;
  const api = useMemo(
    () => createApiClient({ token: () => sessionRef.current?.token ?? null, expired: () => expireRef.current() }, window.location.origin, fetchImpl),
    [fetchImpl],
  );

  const token = session?.token ?? null;
  const me = useQuery({
    queryKey: ['me', token],
    enabled: token !== null,
    staleTime: Infinity,
    // What the API said of this token last time, so the pages need not wait for it; asked again at once.
    initialData: token === null ? undefined : readKnownUser<Me>(token),
    initialDataUpdatedAt: 0,
    queryFn: async () => {
      const answer = dataOf(await api.GET('/auth/me'));
      if (token !== null) writeKnownUser(token, answer);
      return answer;
    },
  });

  const value = useMemo<SessionContextValue>(
    () => ({
      api,
      session,
      ended,
      me: me.data,
      signedIn: (next) => {
        setEnded(false);
        writeSession(next);
        sessionRef.current = next;
        setSession(next);
      },
      signOut: async () => {
        const ended = sessionRef.current;
        clearSession();
        sessionRef.current = null;
        setSession(null);
        queryClient.clear();
        if (ended?.kind === 'oidc') {
          const { forgetOidcUser } = await import('./oidc');
          await forgetOidcUser();
        }
        void navigate('/sign-in', { replace: true });
      },
      may: (permission) => me.data?.permissions.includes(permission) ?? false,
    }),
    [api, session, ended, me.data, navigate, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
