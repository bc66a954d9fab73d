import { type ReactNode, StrictMode, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { startServiceWorker } from './app/service-worker';
import { loadDeploymentConfig } from './shared/deployment-config';
import { type EarlyField, giveBackEarlyFields, noteEarlyFields } from './shared/early-fields';
import { HydratedProvider, useHydrated } from './shared/hydration';
import { installCopyCleaner } from './shared/verbatim';
import './index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root: HTMLElement = rootElement;
// The deployment's config.json comes in parallel with the first page, never before it.
void loadDeploymentConfig();
startServiceWorker();
installCopyCleaner();

/**
 * Marks the page live (`<html data-hydrated>`) once it answers to input with
 * everything the browser knows: a built page shows its content before that,
 * and the browser tests and the benchmark wait for it before they click.
 */
function LiveMark() {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.dataset.hydrated = '';
  }, [hydrated]);
  return null;
}

// Where the reader of a built page has scrolled to while it was hydrated.
let readerScroll = window.scrollY;
const trackScroll = () => {
  readerScroll = window.scrollY;
};
window.addEventListener('scroll', trackScroll, { passive: true });

/**
 * Hydrates the built page as it was built (useHydrated() false), then renders
 * it with what only the browser knows, as a transition: neither render blocks
 * the page for long, and a click meanwhile hydrates what it lands on first.
 */
function Hydration({ children, early }: { children: ReactNode; early: readonly EarlyField[] }) {
  const [hydrated, setHydrated] = useState(false);
  // What the reader typed or chose before the app was ready goes back to the page once it is live.
  useEffect(() => {
    if (hydrated) giveBackEarlyFields(early);
  }, [hydrated, early]);
  useLayoutEffect(() => {
    // The router's ScrollRestoration has just scrolled the page it loaded to
    // the top, before the browser painted: the reader stays where they were.
    window.removeEventListener('scroll', trackScroll);
    window.scrollTo(0, readerScroll);
    startTransition(() => setHydrated(true));
  }, []);
  return <HydratedProvider value={hydrated}>{children}</HydratedProvider>;
}

/**
 * Starts the router and renders, in a task of its own: the browser paints
 * and answers input between evaluating the app's code and starting it, which
 * on a slow laptop are each a long task of their own.
 */
async function start(): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const router = createRouter();
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
      <LiveMark />
    </StrictMode>
  );

  /** Resolves once the router has loaded the first page (its data and its code). */
  const initialized = (): Promise<void> => {
    if (router.state.initialized) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = router.subscribe((state) => {
        if (!state.initialized) return;
        stop();
        resolve();
      });
    });
  };

  // A page built at build time (src/build/prerender-plugin.ts) is hydrated
  // once its data and code are here, if it is the page the router arrived at:
  // another page (a link since renamed, a page that is not found) is rendered
  // in place of it. The shell (index.html) is rendered at once.
  const built = root.dataset.page;
  if (built === undefined) {
    window.removeEventListener('scroll', trackScroll);
    createRoot(root).render(app);
    return;
  }
  await initialized();
  if (router.state.location.pathname === built && router.state.errors === null) {
    const early = noteEarlyFields(root);
    startTransition(() => {
      hydrateRoot(root, <Hydration early={early}>{app}</Hydration>);
    });
  } else {
    window.removeEventListener('scroll', trackScroll);
    createRoot(root).render(app);
  }
}

void start();
