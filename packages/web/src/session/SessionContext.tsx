/** Who is signed in: loaded once from `GET /me`, updated by sign-in, sign-out and profile edits. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.ts';
import { ApiError } from '../api/ApiError.ts';
import type { Me } from '../api/types.ts';

interface Session {
  /** undefined while loading, null when signed out. */
  me: Me | null | undefined;
  setMe(user: Me | null): void;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      // Sets the CSRF cookie that every later POST, PATCH and DELETE echoes.
      await api.csrf().catch(() => undefined);
      setMe(await api.me());
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setMe(null);
      else setMe((prev) => (prev === undefined ? null : prev));
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ me, setMe, refresh }), [me, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
