import { describe, expect, it } from 'vitest';
import { pageDocument, pageFile } from './prerender-plugin.ts';

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
