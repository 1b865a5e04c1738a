/** Short messages at the bottom of the screen ("Link copied", errors of quick actions). */
import { useSyncExternalStore } from 'react';

let message: { id: number; text: string } | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function toast(text: string) {
  const id = nextId++;
  message = { id, text };
  emit();
  window.setTimeout(() => {
    if (message?.id === id) {
      message = null;
      emit();
    }
  }, 3000);
}

export function useToast() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => message,
  );
}
