import { describe, expect, it } from 'vitest';
import { content } from '../content/content';
import { readStepUrl } from '../features/wizard/step-url';
import { LOCALES } from '../i18n/locales';
import { pageUrls, routePatterns } from './prerender';
import { prerenderPages } from './prerender-pages';
import { routes } from './router';

const BASE = 'http://x';
const urls = pageUrls();
const pathsOf = new Map(urls.map((url) => [new URL(url, BASE).pathname, url]));

describe('the pages built at build time', () => {
  it('are named for every route of the router, and for no other', () => {
    expect(Object.keys(prerenderPages).sort()).toEqual(routePatterns().sort());
  });

  it('are every step of every diagnosis in every language, each at a link the app reads as that step', () => {
    for (const lang of LOCALES) {
      for (const flow of Object.values(content.flows)) {
        for (const stepId of Object.keys(flow.nodes)) {
          const url = pathsOf.get(`/${lang}/diagnose/${flow.id}/${stepId}`);
          expect(url, `${lang} ${flow.id}/${stepId}`).toBeDefined();
          const result = readStepUrl(content, flow.id, stepId, new URL(url ?? '', BASE).searchParams);
          expect(result.ok && result.state.stepId, `${lang} ${flow.id}/${stepId}`).toBe(stepId);
        }
      }
    }
  });

  it('are the codes, procedures, reference pages and the pages of each language', () => {
    for (const lang of LOCALES) {
      for (const page of ['', '/reading-list', '/codes', '/logs', '/analyze', '/cases'])
        expect(pathsOf.has(`/${lang}${page}`), page).toBe(true);
      for (const code of content.codes) expect(pathsOf.has(`/${lang}/codes/${code.code}`)).toBe(true);
      for (const id of Object.keys(content.procedures)) expect(pathsOf.has(`/${lang}/procedures/${id}`)).toBe(true);
      for (const article of content.articles) expect(pathsOf.has(`/${lang}/about/${article.id}`)).toBe(true);
      for (const flowId of content.flowOrder) expect(pathsOf.has(`/${lang}/diagnose/${flowId}`)).toBe(true);
    }
    // The root goes to this browser's language; an unknown page is the shell's.
    expect(pathsOf.has('/')).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('stop the build at a route nobody said how to build, or at a name for no route', () => {
    const withMap = [...routes, { path: '/:lang/diagnose/:flowId/map', element: null }];
    expect(() => pageUrls(withMap)).toThrow('route /:lang/diagnose/:flowId/map is not in src/app/prerender-pages.ts');
    expect(() => pageUrls(withMap, { ...prerenderPages, '/:lang/diagnose/:flowId/map': null })).not.toThrow();
    expect(() => pageUrls(routes, { ...prerenderPages, '/:lang/gone': null })).toThrow('names /:lang/gone, which is no route');
  });
});
