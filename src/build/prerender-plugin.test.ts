import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { chunkMap, pageDocument, pageFile, preloadsFor, trackDynamicImports } from './prerender-plugin.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>BroadWorks Troubleshooter</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>This troubleshooting wizard needs JavaScript.</noscript>
  </body>
</html>`;

const page = {
  url: '/ro/codes/200010',
  page: '/ro/codes/200010',
  lang: 'ro',
  html: '<title>Codul de eroare 200010 · BroadWorks Troubleshooter</title><div class="flex"><h1>Codul de eroare 200010</h1></div>',
  imports: [],
};

describe('pageFile', () => {
  it('puts a page beside the folder of its path', () => {
    expect(pageFile('/en')).toBe('en.html');
    expect(pageFile('/en/diagnose/provisioning/scope')).toBe('en/diagnose/provisioning/scope.html');
  });

  it('refuses a path that is no plain file name', () => {
    for (const path of ['/', '/en/', '/en/../secret', '/en/codes/a%2Fb', '/en/.hidden', '/en/a b']) {
      expect(() => pageFile(path), path).toThrow(/cannot be a file name/);
    }
  });
});

describe('pageDocument', () => {
  it('is index.html with the page in #root, its language and title, and no notice that JavaScript is needed', () => {
    const html = pageDocument(TEMPLATE, page);
    expect(html).toContain('<html lang="ro">');
    expect(html).toContain('<title>Codul de eroare 200010 · BroadWorks Troubleshooter</title>');
    expect(html).not.toContain('<title>BroadWorks Troubleshooter</title>');
    expect(html).toContain('<div id="root" data-page="/ro/codes/200010"><div class="flex"><h1>Codul de eroare 200010</h1></div></div>');
    expect(html).not.toContain('noscript');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-A.js"></script>');
  });

  it('asks for the chunks the page loads before the head ends', () => {
    const html = pageDocument(TEMPLATE, page, ['assets/step-route-B.js', 'assets/ro-C.js']);
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/step-route-B.js"><link rel="modulepreload" crossorigin href="/assets/ro-C.js"></head>',
    );
  });

  it('keeps $ patterns of the page as they are', () => {
    const html = pageDocument(TEMPLATE, { ...page, html: "<title>$& · x</title><p>$' and $1</p>" });
    expect(html).toContain('<title>$& · x</title>');
    expect(html).toContain("<p>$' and $1</p>");
  });

  it('stops the build when the page has no title or index.html lacks a part', () => {
    expect(() => pageDocument(TEMPLATE, { ...page, html: '<h1>x</h1>' })).toThrow(/renders no <title> first/);
    expect(() => pageDocument(TEMPLATE.replace('<div id="root"></div>', '<main></main>'), page)).toThrow(/no root to fill/);
  });
});

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports }) as unknown as Rolldown.OutputChunk;

describe('preloadsFor', () => {
  const bundle: Rolldown.OutputBundle = {
    'assets/index-A.js': chunk('assets/index-A.js', '/app/src/main.tsx', ['assets/runtime-R.js']),
    'assets/runtime-R.js': chunk('assets/runtime-R.js', null),
    'assets/step-route-B.js': chunk('assets/step-route-B.js', '/app/src/app/step-route.tsx', ['assets/runtime-R.js', 'assets/case-D.js']),
    'assets/case-D.js': chunk('assets/case-D.js', null, ['assets/runtime-R.js']),
    'assets/ro-C.js': chunk('assets/ro-C.js', '\0virtual:content/text/ro', ['assets/case-D.js']),
  };
  const chunks = chunkMap(bundle);

  it("gives each module's chunk with what it imports, once each, leaving out what the page already loads", () => {
    const named = new Set(['assets/index-A.js', 'assets/runtime-R.js']);
    expect(preloadsFor(['/app/src/app/step-route.tsx', '\0virtual:content/text/ro', '/app/src/unknown.ts'], chunks, bundle, named)).toEqual(
      ['assets/step-route-B.js', 'assets/case-D.js', 'assets/ro-C.js'],
    );
    expect(preloadsFor([], chunks, bundle, named)).toEqual([]);
  });
});

describe('trackDynamicImports', () => {
  type Transform = (this: unknown, code: string, id: string) => Promise<{ code: string } | undefined>;
  const transform = trackDynamicImports('/app/src').transform as Transform;
  const context = { resolve: (specifier: string) => Promise.resolve(specifier === 'missing' ? null : { id: `/app/src/${specifier}.tsx` }) };

  it("reports the module each of the app's import() calls loads", async () => {
    const result = await transform.call(context, 'const a = () => import(\'./b\');\nconst c = import("missing");', '/app/src/x.tsx');
    expect(result?.code).toBe(
      'const a = () => (globalThis.__prerenderImports?.add("/app/src/./b.tsx"), import(\'./b\'));\nconst c = import("missing");',
    );
  });

  it('leaves the content and the libraries alone', async () => {
    expect(await transform.call(context, 'export default \'import("./b")\'', '\0virtual:content/text/en')).toBeUndefined();
    expect(await transform.call(context, "import('./b')", '/app/node_modules/lib/index.js')).toBeUndefined();
    expect(await transform.call(context, 'const x = 1;', '/app/src/x.tsx')).toBeUndefined();
  });
});
