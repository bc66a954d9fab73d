import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, routePatterns, SHARED_CASE_PARAM, stepSearch, TICKS_PREFIX, VERSION_PARAM, type StepLocation } from './paths';

const location: StepLocation = {
  flowId: 'provisioning',
  stepId: 'request-target',
  answers: [
    ['scope', 'not-sure'],
    ['pslog-capture', 'status-403'],
  ],
  version: 3,
};

describe('the query string of a step', () => {
  it('names the version, the shared case and the ticks with fixed parameter names', () => {
    expect(VERSION_PARAM).toBe('v');
    expect(SHARED_CASE_PARAM).toBe('case');
    expect(TICKS_PREFIX).toBe('t.');
  });

  it('puts the version first, then the answers in path order', () => {
    expect(stepSearch(location)).toBe('?v=3&scope=not-sure&pslog-capture=status-403');
    expect(stepSearch({ answers: [], version: 1 })).toBe('?v=1');
  });

  it('adds ticked steps per checklist, joined by dots, and leaves out empty checklists', () => {
    expect(
      stepSearch({
        ...location,
        ticks: [
          ['scope', ['check-user', 'check-group']],
          ['pslog-capture', []],
          ['request-target.analyze-logs', ['open-log']],
        ],
      }),
    ).toBe('?v=3&scope=not-sure&pslog-capture=status-403&t.scope=check-user.check-group&t.request-target.analyze-logs=open-log');
    expect(stepSearch({ ...location, ticks: [] })).toBe('?v=3&scope=not-sure&pslog-capture=status-403');
  });

  it('escapes what the query string cannot carry as it is', () => {
    expect(stepSearch({ answers: [['a b', 'c&d=e']], version: 1 })).toBe('?v=1&a+b=c%26d%3De');
  });
});

describe('paths', () => {
  it('builds every page address', () => {
    expect(paths.root()).toBe('/');
    expect(paths.home('en')).toBe('/en');
    expect(paths.readingList('ro')).toBe('/ro/reading-list');
    expect(paths.readingList('ro', '')).toBe('/ro/reading-list');
    expect(paths.readingList('ro', 'ref 1/2')).toBe('/ro/reading-list#ref-ref%201%2F2');
    expect(paths.procedure('nl', 'check-dns')).toBe('/nl/procedures/check-dns');
    expect(paths.cases('en')).toBe('/en/cases');
    expect(paths.analyze('en')).toBe('/en/analyze');
    expect(paths.codes('en')).toBe('/en/codes');
    expect(paths.code('en', '100006')).toBe('/en/codes/100006');
    expect(paths.logs('en')).toBe('/en/logs');
    expect(paths.logs('en', '')).toBe('/en/logs');
    expect(paths.logs('en', 'ps-log')).toBe('/en/logs#log-ps-log');
    expect(paths.article('en', 'privacy')).toBe('/en/about/privacy');
    expect(paths.flowStart('en', 'sign-in')).toBe('/en/diagnose/sign-in');
    expect(paths.step('en', location)).toBe('/en/diagnose/provisioning/request-target?v=3&scope=not-sure&pslog-capture=status-403');
  });

  it('escapes ids that come from outside in every path segment', () => {
    const odd = 'a/b?c#d';
    const escaped = 'a%2Fb%3Fc%23d';
    expect(paths.procedure('en', odd)).toBe(`/en/procedures/${escaped}`);
    expect(paths.code('en', odd)).toBe(`/en/codes/${escaped}`);
    expect(paths.article('en', odd)).toBe(`/en/about/${escaped}`);
    expect(paths.flowStart('en', odd)).toBe(`/en/diagnose/${escaped}`);
    expect(paths.logs('en', odd)).toBe(`/en/logs#log-${escaped}`);
    expect(paths.step('en', { ...location, flowId: odd, stepId: odd })).toBe(
      `/en/diagnose/${escaped}/${escaped}?v=3&scope=not-sure&pslog-capture=status-403`,
    );
  });

  it('builds addresses the router matches, with the same parameters', () => {
    const cases: [string, string, Record<string, string>][] = [
      [routePatterns.root, paths.root(), {}],
      [routePatterns.home, paths.home('en'), { lang: 'en' }],
      [routePatterns.readingList, paths.readingList('ro'), { lang: 'ro' }],
      [routePatterns.cases, paths.cases('nl'), { lang: 'nl' }],
      [routePatterns.analyze, paths.analyze('en'), { lang: 'en' }],
      [routePatterns.procedure, paths.procedure('en', 'check-dns'), { lang: 'en', procedureId: 'check-dns' }],
      [routePatterns.codes, paths.codes('en'), { lang: 'en' }],
      [routePatterns.code, paths.code('en', '100006'), { lang: 'en', code: '100006' }],
      [routePatterns.logs, paths.logs('en'), { lang: 'en' }],
      [routePatterns.article, paths.article('en', 'privacy'), { lang: 'en', articleId: 'privacy' }],
      [routePatterns.flowStart, paths.flowStart('en', 'sign-in'), { lang: 'en', flowId: 'sign-in' }],
      [
        routePatterns.step,
        paths.step('en', location).split('?')[0] ?? '',
        { lang: 'en', flowId: 'provisioning', stepId: 'request-target' },
      ],
      [routePatterns.map, paths.map('en', location).split('?')[0] ?? '', { lang: 'en', flowId: 'provisioning', stepId: 'request-target' }],
    ];
    for (const [pattern, path, params] of cases) {
      expect(matchPath(pattern, path)?.params, `${pattern} for ${path}`).toEqual(params);
    }
    expect(routePatterns).toEqual({
      root: '/',
      home: '/:lang',
      readingList: '/:lang/reading-list',
      cases: '/:lang/cases',
      analyze: '/:lang/analyze',
      procedure: '/:lang/procedures/:procedureId',
      codes: '/:lang/codes',
      code: '/:lang/codes/:code',
      logs: '/:lang/logs',
      article: '/:lang/about/:articleId',
      flowStart: '/:lang/diagnose/:flowId',
      step: '/:lang/diagnose/:flowId/:stepId',
      map: '/:lang/diagnose/:flowId/:stepId/map',
    });
  });

  it('switches the language by changing only the first path segment', () => {
    expect(paths.switchLocale('/en/diagnose/provisioning/scope', '?v=1&scope=not-sure', '#steps', 'ro')).toBe(
      '/ro/diagnose/provisioning/scope?v=1&scope=not-sure#steps',
    );
    expect(paths.switchLocale('/en', '', '', 'nl')).toBe('/nl');
    expect(paths.switchLocale('/', '', '', 'nl')).toBe('/nl');
    expect(paths.switchLocale('/nl/codes', '', '', 'en')).toBe('/en/codes');
  });
});
