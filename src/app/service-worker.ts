/**
 * Registers the service worker (vite-plugin-pwa / Workbox) that keeps the
 * whole app available offline, and tells the UI when a new version waits.
 */
import { registerSW } from 'virtual:pwa-register';

export interface Update {
  readonly apply: () => Promise<void>;
}

type Listener = (update: Update) => void;
const listeners = new Set<Listener>();
let waiting: Update | undefined;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const updateSW = registerSW({
    onNeedRefresh() {
      waiting = {
        apply: () => {
          // Reload once the new version has taken over, whichever way it was found.
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
          return updateSW(true);
        },
      };
      for (const listener of listeners) listener(waiting);
    },
  });
}

/** Calls back when a new version is ready; returns the unsubscribe. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting) listener(waiting);
  return () => listeners.delete(listener);
}
