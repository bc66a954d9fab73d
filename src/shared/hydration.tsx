/**
 * Pages are rendered to HTML at build time (src/app/prerender.tsx), from the
 * path alone, and the browser hydrates that HTML (src/main.tsx). What only
 * the browser knows (the answers and ticks in the query string, this
 * browser's saved steps, the open case, config.json) must not be in that
 * first render, or React would find HTML that does not match.
 *
 * `useHydrated()` is false while the HTML is built and while the browser
 * hydrates it, then true: React renders once more with what the browser
 * knows. A page rendered in the browser alone (the shell, a client-side
 * navigation) sees true from its first render.
 */
import { createContext, use } from 'react';

const HydratedContext = createContext(true);

/** Provides whether the page is past hydration; absent, it is (a render in the browser alone). */
export const HydratedProvider = HydratedContext;

export function useHydrated(): boolean {
  return use(HydratedContext);
}
