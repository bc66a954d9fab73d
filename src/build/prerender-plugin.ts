/**
 * Renders every page of the app to its own HTML file at the end of the
 * client build (`vite build`), so a cold link paints its content before any
 * script runs:
 *
 *   /en                              -> dist/en.html
 *   /en/diagnose/provisioning/scope  -> dist/en/diagnose/provisioning/scope.html
 *
 * The pages are rendered by the app's own router (src/app/prerender.tsx),
 * built for Node by a second, SSR build of this config. Each file is the
 * built index.html with the page in #root: same scripts and styles, its own
 * language and title. nginx (deploy/nginx.conf: `try_files $uri $uri.html`)
 * answers a page's path with its file; any other path still gets index.html,
 * the shell that renders in the browser. The service worker does not
 * precache the pages: it keeps those visited (src/build/sw-pages.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

interface RenderedPage {
  readonly url: string;
  readonly page: string;
  readonly lang: string;
  readonly html: string;
}

interface ServerEntry {
  pageUrls(): string[];
  renderPage(url: string): Promise<RenderedPage>;
}

const ENTRY = 'src/app/prerender.tsx';

function isServerEntry(value: unknown): value is ServerEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'pageUrls') === 'function' &&
    typeof Reflect.get(value, 'renderPage') === 'function'
  );
}
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a page's HTML is written, below the output folder; throws for a path that is no plain file name. */
export function pageFile(pathname: string): string {
  const segments = pathname.split('/').slice(1);
  if (segments.length === 0 || !segments.every((segment) => SEGMENT.test(segment))) {
    throw new Error(`prerender: ${pathname} cannot be a file name (only letters, digits, '.', '-' and '_' per segment)`);
  }
  return `${segments.join('/')}.html`;
}

/**
 * The built index.html with one page in it: the page's language, its title
 * (React renders <title> first in the page's HTML; it moves to <head>, where
 * React finds it again when it hydrates), the HTML in #root, and the path it
 * was rendered for, which the browser checks before it hydrates.
 */
export function pageDocument(template: string, page: RenderedPage): string {
  const title = /^<title>([^<]*)<\/title>/.exec(page.html);
  if (!title) throw new Error(`prerender: ${page.url} renders no <title> first`);
  const body = page.html.slice(title[0].length);
  const parts = {
    lang: /<html lang="[^"]*">/,
    title: /<title>[^<]*<\/title>/,
    root: '<div id="root"></div>',
    noscript: /\s*<noscript>[\s\S]*?<\/noscript>/,
  };
  for (const [name, pattern] of Object.entries(parts)) {
    if (!(typeof pattern === 'string' ? template.includes(pattern) : pattern.test(template))) {
      throw new Error(`prerender: index.html has no ${name} to fill`);
    }
  }
  return (
    template
      .replace(parts.lang, `<html lang="${escapeHtml(page.lang)}">`)
      .replace(parts.title, () => title[0])
      // The page reads without JavaScript; the shell's notice is for the shell.
      .replace(parts.noscript, '')
      .replace(parts.root, () => `<div id="root" data-page="${escapeHtml(page.page)}">${body}</div>`)
  );
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // Before vite-plugin-pwa writes the service worker (which precaches no page: src/build/sw-pages.ts).
      order: 'pre',
      sequential: true,
      async handler() {
        const started = performance.now();
        const outDir = resolve(config.root, config.build.outDir);
        const serverDir = resolve(config.root, 'node_modules/.cache/prerender');
        await build({
          configFile: config.configFile ?? false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: ENTRY,
            outDir: serverDir,
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
            rolldownOptions: { output: { entryFileNames: 'prerender.js' } },
          },
        });
        const entry: unknown = await import(pathToFileURL(join(serverDir, 'prerender.js')).href);
        if (!isServerEntry(entry)) throw new Error(`prerender: ${ENTRY} must export pageUrls() and renderPage()`);
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const urls = entry.pageUrls();
        const written = new Set<string>();
        let bytes = 0;
        for (const url of urls) {
          const file = pageFile(new URL(url, 'http://prerender.invalid').pathname);
          if (written.has(file)) continue;
          written.add(file);
          const page = await entry.renderPage(url);
          const html = pageDocument(template, page);
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), html);
          bytes += Buffer.byteLength(html);
        }
        config.logger.info(
          `prerendered ${String(written.size)} pages (${(bytes / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
