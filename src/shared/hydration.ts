/**
 * Pages are rendered to HTML at build time (src/app/prerender.tsx), from the
 * path alone, and the browser hydrates that HTML. What only the browser knows
 * (the answers and ticks in the query string, this browser's saved steps, the
 * open case) must not be in that first render, or React would find HTML that
 * does not match. `useHydrated()` is false while building the HTML and while
 * hydrating it, then true: React renders once more, before the user can
 * act, with what the browser knows. A page rendered in the browser alone is
 * hydrated from its first render.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
