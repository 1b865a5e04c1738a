import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client.ts';

let unread = 0;
const listeners = new Set<() => void>();

/** Set the unread count shown on the Inbox tab (the inbox page sets 0 once it marked all read). */
export function setUnreadCount(n: number) {
  unread = n;
  for (const l of listeners) l();
}

/** Unread notifications of the signed-in user, refreshed on each page change and every 30 s. */
export function useUnreadCount(signedIn: boolean, initial: number, path: string): number {
  useEffect(() => {
    setUnreadCount(signedIn ? initial : 0);
  }, [signedIn, initial]);
  useEffect(() => {
    if (!signedIn || path === '/notifications') return;
    let alive = true;
    const load = () => api.me().then((me) => alive && setUnreadCount(me.unreadNotifications), () => undefined);
    void load();
    const timer = window.setInterval(load, 30_000);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [signedIn, path]);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unread,
  );
}
