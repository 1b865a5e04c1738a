/** A tiny client router on the History API: one current location, listeners, navigate(). */
import { useSyncExternalStore } from 'react';

export interface Location {
  path: string;
  search: URLSearchParams;
  href: string;
}

const listeners = new Set<() => void>();
let current = read();

function read(): Location {
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search), href: window.location.pathname + window.location.search };
}

function emit() {
  current = read();
  for (const l of listeners) l();
}

window.addEventListener('popstate', emit);

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  if (to === current.href) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  emit();
  window.scrollTo(0, 0);
}

export function useLocation(): Location {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
