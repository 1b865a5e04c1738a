/** One sound switch for every video: muted until the viewer taps to listen. */
import { useSyncExternalStore } from 'react';

let muted = true;
const listeners = new Set<() => void>();

export function setMuted(value: boolean) {
  muted = value;
  for (const l of listeners) l();
}

export function useMuted(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => muted,
  );
}
