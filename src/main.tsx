import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { startServiceWorker } from './app/service-worker';
import { installCopyCleaner } from './shared/verbatim';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startServiceWorker();
installCopyCleaner();
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
