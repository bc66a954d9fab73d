import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { startServiceWorker } from './app/service-worker';
import { loadDeploymentConfig } from './shared/deployment-config';
import { useHydrated } from './shared/hydration';
import { installCopyCleaner } from './shared/verbatim';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The deployment's config.json comes in parallel with the first page, never before it.
void loadDeploymentConfig();
startServiceWorker();
installCopyCleaner();

/**
 * Marks the page live (`<html data-hydrated>`) once it answers to input: a
 * built page shows its content before that, and the browser tests and the
 * benchmark wait for it before they click.
 */
function LiveMark() {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.dataset.hydrated = '';
  }, [hydrated]);
  return null;
}

const router = createRouter();
const app = (
  <StrictMode>
    <RouterProvider router={router} />
    <LiveMark />
  </StrictMode>
);

/** Resolves once the router has loaded the first page (its data and its code). */
function initialized(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

// A page built at build time (src/build/prerender-plugin.ts) is hydrated
// once its data and code are here, if it is the page the router arrived at:
// another page (a link since renamed, a page that is not found) is rendered
// in place of it. The shell (index.html) is rendered at once.
const built = root.dataset.page;
if (built === undefined) {
  createRoot(root).render(app);
} else {
  void initialized().then(() => {
    if (router.state.location.pathname === built && router.state.errors === null) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}
