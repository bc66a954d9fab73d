import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const nginx = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

describe('deploy/nginx.conf', () => {
  it('sends, in every location, the same security headers as vite preview', () => {
    const blocks = nginx.split(/\blocation\b/);
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(block, name).toContain(`add_header ${name} "${value}" always;`);
      }
    }
  });

  it('has a strict Content-Security-Policy', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('answers a page with its built HTML, any other app route with index.html, and caches hashed assets for long', () => {
    const pages = /location \/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(pages).toContain('try_files $uri $uri.html /index.html;');
    expect(nginx).toMatch(/location \/assets\/ \{[^}]*max-age=31536000, immutable/);
  });

  it('revalidates the optional config.json and never answers it with index.html', () => {
    const block = /location = \/config\.json \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(block).toContain('add_header Cache-Control "no-cache" always;');
    expect(block).toContain('try_files $uri =204;');
  });
});
