import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { startServiceWorker } from './app/service-worker';
import { loadDeploymentConfig } from './shared/deployment-config';
import { installCopyCleaner } from './shared/verbatim';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The deployment's config.json comes in parallel with the first page, never before it.
void loadDeploymentConfig();
startServiceWorker();
installCopyCleaner();
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
