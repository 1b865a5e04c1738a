import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

/** Unread notifications of the signed-in user, refreshed on each page change and every 30 s. */
export function useUnreadCount(signedIn: boolean, initial: number, path: string): number {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    if (!signedIn) {
      setCount(0);
      return;
    }
    let alive = true;
    const load = () =>
      api.me().then(
        (me) => alive && setCount(me.unreadNotifications),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(load, 30_000);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [signedIn, path]);
  return count;
}
