/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/build/content-plugin.ts';
import { securityHeaders } from './src/build/security-headers.ts';

export default defineConfig({
  plugins: [contentPlugin(), react(), tailwindcss()],
  build: {
    target: 'es2022',
    // Keep every script and style in files: a strict Content-Security-Policy
    // (no 'unsafe-inline') must be able to run the app.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    headers: securityHeaders,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
