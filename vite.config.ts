/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/build/content-plugin.ts';
import { messagesPlugin } from './src/build/messages-plugin.ts';
import { securityHeaders } from './src/build/security-headers.ts';

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
  // The UI messages arrive precompiled (src/build/messages-plugin.ts): the
  // app needs intl-messageformat's formatter, not its ICU parser. Unit tests
  // keep the parser, which the content check uses.
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
    // Offline after the first visit: every page, every language. A new
    // version waits for the user to accept it (see src/app/update-prompt.tsx).
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
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once; updates still wait.
        clientsClaim: true,
        // The deployment's own config.json (README, "Deploying") is not part of
        // the build: always asked of the network first, like a page; its last
        // good copy answers only when the network does not (offline).
        runtimeCaching: [
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
    modulePreload: { polyfill: false },
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
