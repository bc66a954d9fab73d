/**
 * What the search understands beyond the words typed (issue 13): the
 * field's vocabulary, identifiers kept out of every link, a plain answer
 * when nothing matches, and results that say what they are and why they
 * matched, with a title no other result shares.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../build/load-content';
import { loadSearchIndex, STEMMERS } from '../../build/search-index';
import type { ContentGraph, Locale } from '../../content/types';
import { I18nProvider } from '../../i18n/i18n-context';
import en from '../../i18n/messages/en.json';
import { createTranslator, type Messages } from '../../i18n/translator';
import { searchDocuments, termFor, type SearchIndex } from '../../shared/search-documents';
import { clearHandedTrackingId, handedTrackingId, handTrackingId } from '../../shared/search-handoff';
import { expandQuery, oneEditApart, synonymPhrases } from '../../shared/search-synonyms';
import { addToOpenCase, addToSheet, CASE_ADD_EVENT, isCaseAddRequest } from '../case/case-inbox';
import { emptySheet } from '../case/case-basics';
import { distinctTitles, highlightTitle, hitDiagnosis, hitKind, searchTargets } from './hit-details';
import { carriesIdentifier, MAX_QUERY, splitIdentifiers } from './query-identifiers';
import { HitLabel } from './search-results';
import { loadIndex, MAX_SCAN, nearestDiagnoses, search } from './search-engine';
import { boxText, searchView } from './search-view';

function loaded() {
  const result = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
  if (!result.ok) throw new Error('content does not load');
  return result;
}

const targets = (hits: readonly { target: string }[]) => hits.map((hit) => hit.target);
const withoutSynonyms = (index: SearchIndex): SearchIndex => ({ ...index, synonyms: [] });
/** A locale's index without the phrases engineers type for the steps: what the pages' own text and the vocabulary find. */
function pagesOnlyIndex(locale: Locale): SearchIndex {
  const { graph, texts, synonyms } = loaded();
  return loadSearchIndex(graph, { ...texts[locale], searchPhrases: {} }, locale, synonyms);
}

describe('the field’s vocabulary', () => {
  it('reads "log in" as signing in, not as a log file', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    const hits = targets(search(graph, index, 'cannot log in'));
    expect(hits[0]).toBe('flow:sign-in/symptom');
    expect(hits.slice(0, 3).some((t) => t.startsWith('log:'))).toBe(false);
    // Without the vocabulary, the pages' own text leads the same query to a log file first (the phrases say "cannot log in").
    expect(targets(search(graph, withoutSynonyms(pagesOnlyIndex('en')), 'cannot log in'))[0]).toMatch(/^log:/);
  });

  it('finds a step through a word the page’s text does not use, and only with the vocabulary', () => {
    const { graph } = loaded();
    // The pages' own text: the phrases engineers type for the steps hold such words too.
    const enIndex = pagesOnlyIndex('en');
    const nlIndex = pagesOnlyIndex('nl');
    // The Dutch word for provisioning, and "pictogram", on the English page; "icoon" on the Dutch page.
    for (const [index, query, prefix] of [
      [enIndex, 'inrichting', 'flow:provisioning/'],
      [enIndex, 'pictogram', 'flow:calling/'],
      [nlIndex, 'icoon', 'flow:calling/'],
    ] as const) {
      const hits = targets(search(graph, index, query));
      expect(hits[0], query).toMatch(new RegExp(`^${prefix}`));
      expect(targets(search(graph, withoutSynonyms(index), query)), query).toEqual([]);
    }
    expect(
      targets(search(graph, enIndex, 'provizionare'))
        .slice(0, 3)
        .every((t) => t.startsWith('flow:provisioning/')),
    ).toBe(true);
  });

  it('replaces a group’s word by the page language’s own, keeps the typed word and counts the others for less', () => {
    const { synonyms } = loaded();
    const phrases = synonymPhrases(synonyms);
    const login = expandQuery('cannot log in today', phrases, 'en', STEMMERS.en);
    expect(login.rest).toEqual(['cannot', 'today']);
    expect(login.primary).toEqual(['sign in']);
    // "log" of "log in" means a log file on its own: it only counts for less.
    expect(login.secondary).toContain('log in');
    expect(login.secondary).toContain('login');
    expect(login.used).toEqual([{ group: 'sign-in', typed: 'log in', as: 'sign in' }]);
    const ro = expandQuery('inrichting org', phrases, 'ro', STEMMERS.ro);
    expect(ro.primary).toEqual(['provizionare', 'organizație']);
    expect(ro.rest).toEqual([]);
    // An inflected form of the page language matches its group ("organisaties").
    expect(expandQuery('organisaties', phrases, 'nl', STEMMERS.nl).used[0]?.group).toBe('organization');
    // The longest phrase wins: "call settings" is not "call".
    expect(expandQuery('call settings blank', phrases, 'en', STEMMERS.en).used.map((u) => u.group)).toEqual([
      'call-settings',
      'blank-page',
    ]);
  });

  it('knows a long word of the vocabulary with one typo, and no shorter word', () => {
    const { synonyms } = loaded();
    const phrases = synonymPhrases(synonyms);
    expect(expandQuery('inrichtng mislukt', phrases, 'nl', STEMMERS.nl).used).toEqual([
      { group: 'provisioning', typed: 'inrichtng', as: 'inrichting' },
    ]);
    expect(expandQuery('provizionre esuata', phrases, 'en', STEMMERS.en).primary).toEqual(['provisioning']);
    // Six letters are too few to guess at: "domian" is left to the search's own typo tolerance.
    expect(expandQuery('domian', phrases, 'en', STEMMERS.en).used).toEqual([]);
    expect(oneEditApart('certifcate', 'certificate')).toBe(true);
    expect(oneEditApart('certificaet', 'certificate')).toBe(true);
    expect(oneEditApart('certificade', 'certificate')).toBe(true);
    expect(oneEditApart('certificatex', 'certificate')).toBe(true);
    expect(oneEditApart('certifacite', 'certificate')).toBe(false);
    expect(oneEditApart('certific', 'certificate')).toBe(false);
  });

  it('reads "not found", as a log says it, as the "missing" of the guide’s titles', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    const query = 'Business Communicator - PC not found';
    const first = search(graph, index, query)[0];
    expect(first?.target).toBe('flow:calling/provision-desktop-device');
    expect(first?.words).toContain('not found → missing');
  });

  it('says which typed words matched, and through which word of the vocabulary', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    const first = search(graph, index, 'cannot log in')[0];
    expect(first?.words).toEqual(['log in → sign in']);
    const both = search(graph, index, 'untrusted email').find((hit) => hit.target === 'flow:provisioning/fix-untrusted-email');
    expect(both?.words).toEqual(['untrusted → trusted', 'email']);
  });
});

describe('what led to a step', () => {
  it('is part of the step: the answers that lead there', () => {
    const { graph, texts } = loaded();
    const docs = new Map(searchDocuments(graph, texts.en).map((doc) => [doc.id, doc]));
    const said = texts.en.flowDetails.calling?.nodes['no-sso-cause']?.answers['lost-after-other-sign-in'];
    expect(said).toBeDefined();
    expect(docs.get('flow:calling/one-session-per-platform')?.text).toContain(said);
    // The question keeps its own answers, and a step is not described by the answers that lead elsewhere.
    expect(docs.get('flow:calling/no-sso-cause')?.text).toContain(said);
    expect(docs.get('flow:calling/reset-database')?.text).not.toContain(said);
  });

  it('finds the step from what the engineer saw', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    expect(targets(search(graph, index, 'user logs into a second windows pc and the first one loses phone services'))[0]).toBe(
      'flow:calling/one-session-per-platform',
    );
  });
});

describe('identifiers in a query', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearHandedTrackingId();
  });

  it('recognises tracking ids, e-mail addresses and UUIDs, and takes them out of the words', () => {
    const split = splitIdentifiers(
      'CLIENT_6b2f1c0e-8d3a-4e5b-9f7c-2a1d0e3b4c5d_17 fails for jane.doe@example.com in org 3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
    );
    expect(split.identifiers).toEqual([
      { kind: 'tracking', value: 'CLIENT_6b2f1c0e-8d3a-4e5b-9f7c-2a1d0e3b4c5d_17' },
      { kind: 'email', value: 'jane.doe@example.com' },
      { kind: 'uuid', value: '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f' },
    ]);
    expect(split.rest.replace(/\s+/g, ' ').trim()).toBe('fails for in org');
    // Words that only look alike are no identifiers.
    expect(splitIdentifiers('client-side login fails, client logs').identifiers).toEqual([]);
    expect(splitIdentifiers('trackingid: CLIENT_abc-123.').identifiers).toEqual([{ kind: 'tracking', value: 'CLIENT_abc-123' }]);
  });

  it('searches the words around an identifier, not the identifier', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    expect(search(graph, index, 'jane.doe@example.com')).toEqual([]);
    expect(search(graph, index, 'CLIENT_abc-123')).toEqual([]);
    expect(targets(search(graph, index, 'CLIENT_abc-123 xsp sign in logs')).slice(0, 3)).toContain('procedure:analyze-xsp-sign-in-logs');
  });

  it('never puts an identifier in a link: results, nearest diagnoses and actions', async () => {
    const { graph, texts } = loaded();
    for (const locale of ['en', 'ro', 'nl'] as const satisfies readonly Locale[]) {
      const index = await loadIndex(locale);
      const titles = distinctTitles(graph, texts[locale], searchTargets(graph));
      for (const query of [
        'CLIENT_6b2f1c0e-8d3a-4e5b-9f7c-2a1d0e3b4c5d_17',
        'sign in fails CLIENT_jane-1 jane.doe@example.com',
        '403 for 3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
        "the device profile 'Business Communicator - PC' is not found. user=jane.doe@example.com",
      ]) {
        const view = searchView(graph, texts[locale], index, locale, query, titles);
        const found = splitIdentifiers(query).identifiers;
        expect(found.length, query).toBeGreaterThan(0);
        const hrefs = [
          ...view.hits.map((hit) => hit.href),
          ...view.nearest.map((item) => item.href),
          ...view.identifiers.flatMap((item) => [item.analyzeHref, item.procedureHref].filter((href) => href !== undefined)),
        ];
        expect(hrefs.length, query).toBeGreaterThan(0);
        for (const href of hrefs) expect(carriesIdentifier(href, found), `${locale}: ${href}`).toBe(false);
      }
    }
  });

  it('offers the log analyzer and the XSP procedure for a tracking id, and hands the id over in memory', async () => {
    const { graph, texts } = loaded();
    const index = await loadIndex('en');
    const view = searchView(graph, texts.en, index, 'en', 'CLIENT_abc-123', new Map());
    expect(view.identifiers).toEqual([
      {
        identifier: { kind: 'tracking', value: 'CLIENT_abc-123' },
        analyzeHref: '/en/analyze',
        procedureHref: '/en/procedures/analyze-xsp-sign-in-logs',
      },
    ]);
    const email = searchView(graph, texts.en, index, 'en', 'jane@example.com', new Map());
    expect(email.identifiers[0]).toEqual({
      identifier: { kind: 'email', value: 'jane@example.com' },
      analyzeHref: undefined,
      procedureHref: undefined,
    });
    expect(handedTrackingId()).toBeUndefined();
    handTrackingId('CLIENT_abc-123');
    expect(handedTrackingId()).toBe('CLIENT_abc-123');
    clearHandedTrackingId();
    expect(handedTrackingId()).toBeUndefined();
  });

  it('adds an identifier to the case sheet without overwriting what is there', () => {
    const sheet = emptySheet('UTC');
    const first = addToSheet(sheet, { field: 'trackingId', value: 'CLIENT_a-1' });
    expect(first).toEqual({ sheet: { ...sheet, trackingId: 'CLIENT_a-1' }, result: 'added' });
    const second = addToSheet(first.sheet, { field: 'trackingId', value: 'CLIENT_b-2' });
    expect(second.sheet.trackingId).toBe('CLIENT_a-1, CLIENT_b-2');
    expect(addToSheet(second.sheet, { field: 'trackingId', value: 'CLIENT_a-1' }).result).toBe('already');
    expect(addToSheet({ ...sheet, trackingId: 'x'.repeat(190) }, { field: 'trackingId', value: 'CLIENT_c-3' }).result).toBe('occupied');
    const user = addToSheet(sheet, { field: 'ciUser', value: 'jane@example.com' });
    expect(user.sheet.ciUser).toBe('jane@example.com');
    expect(addToSheet(user.sheet, { field: 'ciUser', value: 'JANE@example.com' }).result).toBe('already');
    expect(addToSheet(user.sheet, { field: 'ciUser', value: 'bob@example.com' })).toEqual({ sheet: user.sheet, result: 'occupied' });
    expect(addToSheet(sheet, { field: 'orgId', value: '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f' }).sheet.orgId).toBe(
      '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
    );
  });

  it('lets the open case on the page take the addition, and says when no case is open', async () => {
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    // No case on the page and no session storage: no case is open.
    expect(await addToOpenCase({ field: 'trackingId', value: 'CLIENT_a-1' })).toBe('no-case');
    const seen: unknown[] = [];
    target.addEventListener(CASE_ADD_EVENT, (event) => {
      const request: unknown = event instanceof CustomEvent ? event.detail : undefined;
      seen.push(request);
      if (isCaseAddRequest(request)) request.result = 'added';
    });
    expect(await addToOpenCase({ field: 'trackingId', value: 'CLIENT_a-1' })).toBe('added');
    expect(seen).toEqual([{ addition: { field: 'trackingId', value: 'CLIENT_a-1' }, result: 'added' }]);
  });
});

describe('a query that matches nothing', () => {
  it('finds nothing, and lists the nearest diagnoses, each a diagnosis’s first question', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    expect(search(graph, index, 'zzzzqqq')).toEqual([]);
    const starts = graph.flowOrder.map((flowId) => `flow:${flowId}/${graph.flows[flowId]?.start ?? ''}`);
    const nearest = nearestDiagnoses(graph, index, 'zzzzqqq');
    expect(nearest).toEqual(starts.slice(0, 3));
    expect(nearest.every((target) => starts.includes(target))).toBe(true);
  });

  it('puts the diagnosis closest to the words first', async () => {
    const { graph } = loaded();
    const index = await loadIndex('en');
    // Too far from every word for the search, near enough to "domain" for the looser look.
    expect(search(graph, index, 'dommmainnn')).toEqual([]);
    expect(nearestDiagnoses(graph, index, 'dommmainnn')[0]).toBe('flow:domain-claim/find-claim');
  });

  it('lists nearest diagnoses in the view only when there is no result', async () => {
    const { graph, texts } = loaded();
    const index = await loadIndex('en');
    expect(searchView(graph, texts.en, index, 'en', 'zzzzqqq', new Map()).nearest).toHaveLength(3);
    expect(searchView(graph, texts.en, index, 'en', '403', new Map()).nearest).toEqual([]);
  });
});

describe('a text pasted far longer than a query', () => {
  it('is cut in the box to what the search reads, so a 10 MB paste costs what 20,000 characters cost', () => {
    const huge = `${'x'.repeat(5_000_000)} 200010 ${'y'.repeat(5_000_000)}`;
    expect(boxText(huge)).toHaveLength(MAX_SCAN);
    expect(boxText(huge)).toBe(huge.slice(0, MAX_SCAN));
    expect(boxText('sso lost')).toBe('sso lost');
  });

  it('says so: codes within the part read are still found, and the view flags a text longer than a query', async () => {
    const { graph, texts } = loaded();
    const index = await loadIndex('en');
    const log = `${'2024-05-01 10:00:00 INFO nothing to see here\n'.repeat(100)}code 200010 returned\n`.repeat(10);
    const view = searchView(graph, texts.en, index, 'en', boxText(log), new Map());
    expect(view.long).toBe(true);
    expect(targets(view.hits)).toContain('code:200010');
    expect(searchView(graph, texts.en, index, 'en', 'a'.repeat(MAX_QUERY), new Map()).long).toBe(false);
    expect(searchView(graph, texts.en, index, 'en', 'a'.repeat(MAX_QUERY + 1), new Map()).long).toBe(true);
  });
});

describe('each result', () => {
  function nodeOfKind(graph: ContentGraph, kind: string): string {
    for (const flowId of graph.flowOrder) {
      const node = Object.values(graph.flows[flowId]?.nodes ?? {}).find((n) => n.kind === kind);
      if (node) return `flow:${flowId}/${node.id}`;
    }
    throw new Error(`no ${kind} node`);
  }

  it('has its kind: question, fix, escalation, procedure, code or reference', () => {
    const { graph } = loaded();
    expect(hitKind(graph, nodeOfKind(graph, 'question'))).toBe('question');
    expect(hitKind(graph, nodeOfKind(graph, 'procedure'))).toBe('fix');
    expect(hitKind(graph, nodeOfKind(graph, 'resolution'))).toBe('fix');
    expect(hitKind(graph, nodeOfKind(graph, 'escalation'))).toBe('escalation');
    expect(hitKind(graph, 'procedure:collect-customer-info')).toBe('procedure');
    expect(hitKind(graph, 'code:200010')).toBe('code');
    expect(hitKind(graph, 'log:client-log')).toBe('reference');
    expect(hitKind(graph, `reference:${Object.keys(graph.references)[0] ?? ''}`)).toBe('reference');
  });

  it('names its diagnosis: its own, or the first that sends the engineer to it', () => {
    const { graph, texts } = loaded();
    expect(hitDiagnosis(graph, texts.en, 'flow:provisioning/request-target')).toBe(texts.en.flows['provisioning']?.title);
    expect(hitDiagnosis(graph, texts.ro, 'flow:sign-in/xsp-logs')).toBe(texts.ro.flows['sign-in']?.title);
    const user = graph.flowOrder.find((flowId) =>
      Object.values(graph.flows[flowId]?.nodes ?? {}).some((n) => n.procedures.includes('analyze-xsp-sign-in-logs')),
    );
    expect(user).toBeDefined();
    expect(hitDiagnosis(graph, texts.nl, 'procedure:analyze-xsp-sign-in-logs')).toBe(texts.nl.flows[user ?? '']?.title);
    expect(hitDiagnosis(graph, texts.en, 'log:client-log')).toBeUndefined();
  });

  it('highlights the title words it matched', async () => {
    const { graph, texts } = loaded();
    const index = await loadIndex('en');
    const titles = distinctTitles(graph, texts.en, searchTargets(graph));
    const hit = searchView(graph, texts.en, index, 'en', 'untrusted broadworks emails', titles).hits[0];
    expect(hit?.title.filter((part) => part.match).length).toBeGreaterThan(0);
    const parts = highlightTitle('Sign-in fails: <b>SSO</b>', ['sign', 'sso'], termFor(STEMMERS.en));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Sign', 'SSO']);
    expect(parts.map((p) => p.text).join('')).toBe('Sign-in fails: <b>SSO</b>');
    // A hyphenated word matched as written together, and a camelCase word through one of its parts.
    const email = highlightTitle("Fix the user's e-mail address", ['email'], termFor(STEMMERS.en));
    expect(email.filter((p) => p.match).map((p) => p.text)).toEqual(['e', 'mail']);
    expect(email.map((p) => p.text).join('')).toBe("Fix the user's e-mail address");
    expect(highlightTitle('XsiActionsLog', ['log'], termFor(STEMMERS.en)).filter((p) => p.match)).toEqual([
      { text: 'XsiActionsLog', match: true },
    ]);
    // A label joined by an ampersand is one word.
    const imp = highlightTitle('Integrated IM&P settings & more', ['imp'], termFor(STEMMERS.en));
    expect(imp.filter((p) => p.match).map((p) => p.text)).toEqual(['IM&P']);
    expect(imp.map((p) => p.text).join('')).toBe('Integrated IM&P settings & more');
  });

  it('is drawn as text: matched words in <mark>, markup in a title never parsed', () => {
    const { texts } = loaded();
    const compiled = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, parse(v)])) as Messages;
    const t = createTranslator('en', compiled);
    const html = renderToStaticMarkup(
      <I18nProvider value={{ locale: 'en', t, text: texts.en }}>
        <HitLabel
          hit={{
            target: 'flow:x/y',
            kind: 'fix',
            exact: false,
            terms: ['sso'],
            words: ['sso'],
            href: '/en',
            external: false,
            title: highlightTitle('<img src=x onerror=alert(1)> SSO', ['sso'], termFor(STEMMERS.en)),
            diagnosis: 'Sign-in',
          }}
          label="Fix"
          signature={undefined}
        />
      </I18nProvider>,
    );
    expect(html).toContain('<mark>SSO</mark>');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
    expect(html).toContain('Diagnosis: Sign-in');
    expect(html).toContain('Matched: sso');
  });

  it('says of a step added after a check in order which check it follows', () => {
    const { graph, texts } = loaded();
    // The pages' own text: with the phrases engineers type, this query finds the step by its words.
    const index = pagesOnlyIndex('en');
    const titles = distinctTitles(graph, texts.en, searchTargets(graph));
    const first = searchView(graph, texts.en, index, 'en', 'device types assigned to user in bw, sso still fails', titles).hits[0];
    expect(first?.target).toBe('flow:sign-in/auth-mode');
    expect(first?.afterTitle).toBe(titles.get('flow:sign-in/device-types'));
    const compiled = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, parse(v)])) as Messages;
    const t = createTranslator('en', compiled);
    const html = renderToStaticMarkup(
      <I18nProvider value={{ locale: 'en', t, text: texts.en }}>
        {first && <HitLabel hit={first} label="Question" signature={undefined} />}
      </I18nProvider>,
    );
    // (React writes an apostrophe as &#x27;.)
    const check = (titles.get('flow:sign-in/device-types') ?? '').replaceAll("'", '&#x27;');
    expect(html).toContain(`Comes after “${check}”, which your words say is in order`);
    expect(html).not.toContain('Matched:');
  });

  it('has a title no other result of its language shares, over the whole index', () => {
    const { graph, texts } = loaded();
    const all = searchTargets(graph);
    // The same targets as the index's documents.
    expect(new Set(all)).toEqual(new Set(searchDocuments(graph, texts.en).map((doc) => doc.id)));
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const titles = distinctTitles(graph, texts[locale], all);
      const seen = new Map<string, string>();
      for (const [target, title] of titles) {
        const key = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
        expect(seen.get(key), `${locale}: "${title}" for ${target}`).toBeUndefined();
        seen.set(key, target);
      }
    }
  });

  it('tells apart two results titled alike by their diagnosis, then by the step before', () => {
    const { graph, texts } = loaded();
    const text = {
      ...texts.en,
      flows: {
        ...texts.en.flows,
        provisioning: {
          ...texts.en.flows['provisioning']!,
          nodeTitles: { ...texts.en.flows['provisioning']!.nodeTitles, 'user-errors': 'Same', 'primary-number': 'Same' },
        },
        'sign-in': { ...texts.en.flows['sign-in']!, nodeTitles: { ...texts.en.flows['sign-in']!.nodeTitles, 'portal-scope': 'Same' } },
      },
    };
    const titles = distinctTitles(graph, text, [
      'flow:provisioning/user-errors',
      'flow:provisioning/primary-number',
      'flow:sign-in/portal-scope',
    ]);
    expect(titles.get('flow:sign-in/portal-scope')).toBe(`Same (${text.flows['sign-in'].title})`);
    const a = titles.get('flow:provisioning/user-errors');
    const b = titles.get('flow:provisioning/primary-number');
    expect(a).toMatch(new RegExp(`^Same \\(${text.flows.provisioning.title}\\) \\(.+\\)$`));
    expect(a).not.toBe(b);
  });
});
