/**
 * Issue 12, parts E and G: what the content must say and how its text is
 * shown (collect-customer-info names ced.dat and prints room for values, the
 * guide's change history, no raw backticks, the by-design page, ro/nl wording).
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../build/load-content';
import { distinctTitles, searchTargets } from '../features/search/hit-details';
import { CodesPage } from '../features/reference/codes-page';
import { I18nProvider } from '../i18n/i18n-context';
import en from '../i18n/messages/en.json';
import nl from '../i18n/messages/nl.json';
import ro from '../i18n/messages/ro.json';
import { createTranslator, type Messages } from '../i18n/translator';
import { Checklist } from '../shared/ui/checklist';
import type { ContentText, Locale } from './types';

const LOCALES: readonly Locale[] = ['en', 'ro', 'nl'];
const catalogues = { en, ro, nl } as const;

function loaded() {
  const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!result.ok) throw new Error('content does not load');
  return result;
}

/** Every text file of a language, as written (flows, procedures, logs, the log catalogue…), and its UI messages. */
function allWords(locale: Locale): string {
  const dir = fileURLToPath(new URL(`../../content/text/${locale}`, import.meta.url));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'));
  expect(files.length).toBeGreaterThan(8);
  return files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n') + JSON.stringify(catalogues[locale]);
}

function render(locale: Locale, texts: Record<Locale, ContentText>, element: React.ReactNode): string {
  const compiled = Object.fromEntries(Object.entries(catalogues[locale]).map(([k, v]) => [k, parse(v)])) as Messages;
  const t = createTranslator(locale, compiled);
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider value={{ locale, t, text: texts[locale] }}>{element}</I18nProvider>
    </MemoryRouter>,
  );
}

describe('collect-customer-info (issue 12 E)', () => {
  it('asks for ced.dat, exported in the same session, in every language', () => {
    const { graph, texts } = loaded();
    const procedure = graph.procedures['collect-customer-info'];
    const ced = procedure?.steps.find((step) => step.code === 'ced.dat');
    expect(ced).toBeDefined();
    const session = { en: /same session/, ro: /aceeași sesiune/, nl: /dezelfde sessie/ } as const;
    for (const locale of LOCALES) {
      const line = texts[locale].procedures['collect-customer-info']?.steps[ced?.id ?? ''] ?? '';
      expect(line, locale).toContain('ced.dat');
      expect(line, locale).toMatch(session[locale]);
    }
  });

  it('prints a line to write each value on', () => {
    const { graph, texts } = loaded();
    const steps = graph.procedures['collect-customer-info']?.steps ?? [];
    expect(steps.length).toBeGreaterThan(6);
    expect(steps.every((step) => step.record === true)).toBe(true);
    const html = render('en', texts, <Checklist steps={steps} text={texts.en.procedures['collect-customer-info']?.steps ?? {}} />);
    expect(html.match(/data-write-line/g)?.length).toBe(steps.length);
    // A step that records nothing gets no line.
    const plain = render('en', texts, <Checklist steps={[{ id: 'a' }]} text={{ a: 'x' }} />);
    expect(plain).not.toContain('data-write-line');
  });
});

describe('the About page change history (issue 12 E)', () => {
  it('names every version of the guide, 1.0 to 1.19, in every language', () => {
    const { texts } = loaded();
    for (const locale of LOCALES) {
      const body = texts[locale].articles.about?.body ?? '';
      // The guide's history has no 1.13.
      for (const minor of [...Array(20).keys()].filter((n) => n !== 13)) expect(body, `${locale} 1.${String(minor)}`).toMatch(new RegExp(`\\b1\\.${String(minor)}\\b`));
    }
  });
});

describe('the Solution Guide link (issue 12 E)', () => {
  it('is on every calling and webview node whose text sends the engineer to a Solution Guide topic', () => {
    const { graph, texts } = loaded();
    const solutionGuide = graph.references['solution-guide'];
    expect(solutionGuide?.url).toBe('https://help.webex.com/en-us/z9gt5j/Webex-for-BroadWorks-Solution-Guide#id_137726');
    let checked = 0;
    for (const flowId of ['calling', 'webview', 'sign-in', 'provisioning']) {
      const nodes = texts.en.flowDetails[flowId]?.nodes ?? {};
      for (const [nodeId, node] of Object.entries(nodes)) {
        const said = [node.body, ...Object.values(node.steps), node.why ?? ''].join(' ');
        if (!/solution guide/i.test(said)) continue;
        checked++;
        expect(graph.flows[flowId]?.nodes[nodeId]?.links, `${flowId}/${nodeId}`).toContain('solution-guide');
      }
    }
    // Device profiles, XSP services, the required tags, Call Settings Webview and the firewall topics.
    expect(checked).toBeGreaterThanOrEqual(8);
    for (const id of ['auth-service', 'fix-auth-service', 'tags', 'provision-desktop-device']) {
      expect(graph.flows.calling?.nodes[id]?.links, id).toContain('solution-guide');
    }
    for (const id of ['check-template', 'fix-template']) expect(graph.flows.webview?.nodes[id]?.links, id).toContain('solution-guide');
  });
});

describe('text as shown (issue 12 G)', () => {
  it('shows no raw backticks in the codes table', () => {
    const { texts } = loaded();
    for (const locale of LOCALES) {
      const visible = render(locale, texts, <CodesPage />).replace(/<[^>]+>/g, '');
      expect(visible, locale).not.toContain('`');
    }
    // The content does mark code there, which the table must turn into <code>.
    expect(render('en', texts, <CodesPage />)).toContain('<code');
  });

  it('gives search results titles without backticks', () => {
    const { graph, texts } = loaded();
    for (const locale of LOCALES) {
      const titles = distinctTitles(graph, texts[locale], searchTargets(graph));
      const marked = [...titles.values()].filter((title) => title.includes('`'));
      expect(marked, locale).toEqual([]);
    }
    const codeTitle = distinctTitles(graph, texts.en, ['code:200040']).get('code:200040') ?? '';
    expect(codeTitle).toContain('configSet');
  });

  it('puts no on-screen button label alone in a code box', () => {
    const { graph } = loaded();
    const steps = [
      ...Object.values(graph.procedures).flatMap((p) => p.steps),
      ...Object.values(graph.flows).flatMap((f) => Object.values(f.nodes).flatMap((n) => n.steps)),
    ];
    expect(steps.filter((step) => step.code === 'Copy')).toEqual([]);
  });

  it('says which repository holds config-wxt.xml', () => {
    const { texts } = loaded();
    for (const locale of LOCALES) {
      const nodes = texts[locale].flowDetails.webview?.nodes ?? {};
      for (const id of ['escalate-link', 'escalate-cswv-xsp']) {
        expect(nodes[id]?.steps['repository-file'], `${locale} ${id}`).toContain('Device Management (DMS)');
      }
    }
  });

  it('marks one SSO session per platform as by design, with no fix to apply', () => {
    const { graph } = loaded();
    expect(graph.flows.calling?.nodes['one-session-per-platform']?.byDesign).toBe(true);
    for (const locale of LOCALES) {
      expect(catalogues[locale]['step.endByDesign']).not.toEqual(catalogues[locale]['step.endResolution']);
    }
    expect(en['step.endByDesign']).toMatch(/no fix/);
  });

  it('keeps the header search placeholder short enough for its field', () => {
    // The header field is 18rem wide at 14px: about 36 characters fit.
    for (const locale of LOCALES) expect(catalogues[locale]['search.placeholderShort'].length, locale).toBeLessThanOrEqual(34);
  });
});

describe('Romanian and Dutch wording (issue 12 G)', () => {
  it('gives 200040 and 200050 an action that names what it compares', () => {
    const { texts } = loaded();
    for (const code of ['200040', '200050']) {
      const action = texts.ro.codes[code]?.action ?? '';
      expect(action).not.toContain('O diferență între ele');
      expect(action).toContain('linkul de verificare');
    }
  });

  it('keeps the Romanian webview title short and in Romanian', () => {
    const { texts } = loaded();
    expect((texts.ro.flows.webview?.title ?? '').length).toBeLessThanOrEqual(70);
    expect(Object.values(texts.ro.sections).join(' ')).not.toContain('deschiderea self-care');
  });

  it('explains "provisioning bridge" at the first use of the term in each page of running text', () => {
    const { texts } = loaded();
    const term = { ro: /\bpun(?:tea|ții|te)\b/i, nl: /\b(?:inrichtings)?brug\b/i } as const;
    for (const locale of ['ro', 'nl'] as const) {
      const pages: string[][] = [];
      for (const [flowId, flow] of Object.entries(texts[locale].flows)) {
        pages.push([flow.summary]);
        for (const node of Object.values(texts[locale].flowDetails[flowId]?.nodes ?? {})) pages.push([node.body, ...Object.values(node.steps), node.why ?? '']);
      }
      for (const proc of Object.values(texts[locale].procedures)) pages.push([proc.body, ...Object.values(proc.steps)]);
      let checked = 0;
      for (const page of pages) {
        const text = page.join('\n');
        const match = term[locale].exec(text);
        if (!match) continue;
        checked++;
        expect(text.slice(match.index, match.index + 60), `${locale}: ${text.slice(0, 60)}`).toMatch(/\(provisioning bridge\)/);
      }
      expect(checked, locale).toBeGreaterThan(5);
    }
  });

  it('uses "het logboek" in Dutch, never "de log" or "deze log"', () => {
    const { texts } = loaded();
    // The phrases engineers type for the search ("welke log") are never shown: only what the pages say counts.
    const { searchPhrases: _typed, ...shown } = texts.nl;
    const all = JSON.stringify(shown) + JSON.stringify(nl);
    // PSLog is a name of its own (de PSLog), not the noun.
    expect(all.replaceAll('PSLog', 'PS')).not.toMatch(/\b(?:de|deze|welke|elke) (?:`?[A-Za-z]+`?-?)?log\b/i);
    expect(all).toContain('het logboek');
  });

  it('names the bwc log as the bwc log of the client, never as call history, in Romanian and Dutch', () => {
    const { texts } = loaded();
    expect(allWords('ro').toLowerCase()).not.toMatch(/jurnal(?:ul|e|ele)? de apel/);
    expect(allWords('nl').toLowerCase()).not.toMatch(/logboek voor bellen|bellog/);
    expect(texts.ro.logs['bwc-log']?.name).toMatch(/^Jurnalul bwc /);
    expect(texts.nl.logs['bwc-log']?.name).toMatch(/^BWC-logboek /);
  });

  it('writes Romanian without colloquial verbs or "vreo", with comma-below ș ț and the guide with its article', () => {
    const ro = allWords('ro');
    expect(ro).not.toMatch(/se (?:împac|lovește|lovesc|ciocne)/i);
    expect(ro).not.toMatch(/\bvreo\b/i);
    expect(ro).not.toMatch(/[şţŞŢ]/);
    expect(ro).toMatch(/[șț]/);
    expect(catalogues.ro['footer.guide']).toMatch(/se bazează pe ghidul „\{title\}”/);
  });

  it('counts what is still to collect in plain Dutch', () => {
    expect(allWords('nl')).not.toMatch(/Ontbre(?:ekt|ken) nog voordat/);
    expect(catalogues.nl['case.collectMissing']).toContain('Nog te verzamelen voordat u escaleert');
  });

  it('words the one-session-per-platform workaround in its own Dutch', () => {
    const { texts } = loaded();
    const workaround = texts.nl.flowDetails.calling?.nodes['one-session-per-platform']?.steps.workaround ?? '';
    expect(workaround).not.toMatch(/valt buiten het bereik/);
    expect(workaround).toContain('SIP-adres');
  });
});
