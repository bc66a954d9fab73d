/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/build/content-plugin.ts';
import { messagesPlugin } from './src/build/messages-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { securityHeaders } from './src/build/security-headers.ts';
import { PAGES_KEPT, pageKey, pageOfThisVersion, shellWhenOffline } from './src/build/sw-pages.ts';

// React Router 7 exports only its development build (remix-run/react-router
// #12532, #14753: meant to be temporary), dev warnings and all. Production
// builds take its production build, which it ships beside it.
const reactRouterProduction = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  {
    find: /^react-router\/dom$/,
    replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)),
  },
];

export default defineConfig(({ mode, command }) => ({
  // The UI messages arrive precompiled (src/build/messages-plugin.ts) and
  // are formatted by src/i18n/translator.ts: the app needs no ICU parser.
  // Unit tests keep the parser, which the content check uses.
  resolve: {
    alias:
      mode === 'test'
        ? []
        : [
            { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
            ...(command === 'build' ? reactRouterProduction : []),
          ],
  },
  plugins: [
    contentPlugin(),
    messagesPlugin(),
    react(),
    tailwindcss(),
    // Every page as its own HTML file (src/build/prerender-plugin.ts).
    prerenderPlugin(),
    // Offline after the first visit. A new version waits for the user to
    // accept it (see src/app/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'BroadWorks Troubleshooter',
        short_name: 'Troubleshooter',
        description: 'Guided troubleshooting for Webex for Cisco BroadWorks.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#1d4ed8',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // The shell and every script, style and icon: with them the shell
        // renders any page in every language. Not the ~500 pages built at
        // build time (a first visit would download them all): those are kept
        // as they are visited (src/build/sw-pages.ts).
        globPatterns: ['index.html', '**/*.{js,css,svg,webmanifest}'],
        ignoreURLParametersMatching: [/./],
        // Pages come from the network first (runtimeCaching below), never the shell from the cache.
        navigateFallback: null,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once; updates still wait.
        clientsClaim: true,
        runtimeCaching: [
          {
            // A page: its own HTML (or the shell) from nginx, kept for offline;
            // offline, the copy kept, else the precached shell.
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pages',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: PAGES_KEPT },
              plugins: [{ cacheKeyWillBeUsed: pageKey, cachedResponseWillBeUsed: pageOfThisVersion, handlerDidError: shellWhenOffline }],
            },
          },
          // The deployment's own config.json (README, "Deploying") is not part of
          // the build: always asked of the network first, like a page; its last
          // good copy answers only when the network does not (offline).
          {
            urlPattern: /\/config\.json$/,
            handler: 'NetworkFirst',
            options: {
              cacheName: 'deployment-config',
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              plugins: [
                {
                  // A file taken away is forgotten, offline too.
                  fetchDidSucceed: async ({ request, response }) => {
                    if (response.status === 204 || response.status === 404) await (await caches.open('deployment-config')).delete(request);
                    return response;
                  },
                  // Offline with no copy: "no config" (as nginx says it), never
                  // a failed request in the page's console.
                  handlerDidError: () => Promise.resolve(new Response(null, { status: 204 })),
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Keep every script and style in files: a strict Content-Security-Policy
    // (no 'unsafe-inline') must be able to run the app.
    assetsInlineLimit: 0,
    modulePreload: {
      polyfill: false,
      // A page's own HTML preloads what its entry imports. A lazy route's
      // chunks are not preloaded from script: appending a <link> per chunk
      // while the router starts was a long task of its own on a cold link
      // (Lighthouse's blocking time on a step 655 -> 370 ms, median of six
      // runs each); the browser fetches those chunks as the import asks.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        // Name content chunks by locale (and diagnosis): en-provisioning-[hash].js,
        // and the maps map-en-provisioning-[hash].js.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const map = /virtual:content\/map\/([a-z]{2})\/([a-z0-9-]+)$/.exec(id);
          if (map) return `assets/map-${map[1] ?? ''}-${map[2] ?? ''}-[hash].js`;
          const match = /virtual:content\/(?:text|search)\/([a-z]{2})(?:\/([a-z0-9-]+))?$/.exec(id);
          if (!match) return 'assets/[name]-[hash].js';
          return `assets/${[match[1], match[2]].filter(Boolean).join('-')}-[hash].js`;
        },
      },
    },
  },
  preview: {
    port: 4173,
    headers: securityHeaders,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Several tests copy or load the whole content folder; CI machines are shared.
    testTimeout: 20_000,
  },
}));
