import { parse } from '@formatjs/icu-messageformat-parser';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutFlowMaps } from '../../../build/flow-map';
import { loadContent } from '../../../build/load-content';
import type { ContentText, FlowMap, Locale } from '../../../content/types';
import { I18nProvider } from '../../../i18n/i18n-context';
import en from '../../../i18n/messages/en.json';
import nl from '../../../i18n/messages/nl.json';
import ro from '../../../i18n/messages/ro.json';
import { createTranslator, type Messages } from '../../../i18n/translator';
import { readStepUrl } from '../step-url';
import { FlowMapView } from './flow-map-view';
import { takenPath } from './map-links';
import { MapOutline } from './map-outline';

const loaded = loadContent(fileURLToPath(new URL('../../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const { texts, flowGraphs } = loaded;
const catalogues = { en, ro, nl } as const;
let maps: Partial<Record<Locale, FlowMap>> = {};

beforeAll(async () => {
  const model = flowGraphs.provisioning;
  if (!model) throw new Error('no provisioning graph');
  maps = await layoutFlowMaps(model, [texts.en, texts.ro, texts.nl]);
}, 120_000);

function render(locale: Locale, query: string, text: ContentText = texts[locale], map = maps[locale]): string {
  const read = readStepUrl(loaded.ok ? loaded.graph : ({} as never), 'provisioning', 'request-target', new URLSearchParams(query));
  if (!read.ok || !map) throw new Error('bad link');
  const { state } = read;
  const taken = takenPath(state.flow, state.answers, state.stepId);
  const compiled = Object.fromEntries(Object.entries(catalogues[locale]).map(([k, v]) => [k, parse(v)])) as Messages;
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider value={{ locale, t: createTranslator(locale, compiled), text }}>
        <FlowMapView map={map} state={state} taken={taken} />
        <MapOutline map={map} flow={state.flow} answers={state.answers} ticks={state.ticks} taken={taken} />
      </I18nProvider>
    </MemoryRouter>,
  );
}

const QUERY = 'v=1&scope=not-sure&pslog-capture=status-403';
const drawing = (html: string) =>
  html.slice(html.indexOf('<svg class="flow-map"'), html.indexOf('</svg>', html.indexOf('<svg class="flow-map"')));
const outline = (html: string) => html.slice(html.indexOf('map-outline'));
const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

describe('the drawing of the map', () => {
  it('has no style attribute, no inline script and no foreign markup: presentation attributes and classes only', () => {
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const html = render(locale, QUERY);
      expect(drawing(html)).toContain('<path d="M');
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
    }
  });

  it('highlights the path taken and the current step', () => {
    const svg = drawing(render('en', QUERY));
    const nodes = [...svg.matchAll(/<a[^>]*class="([^"]*)"[^>]*data-node="([^"]*)"/g)].map((m) => [m[2], m[1]]);
    expect(nodes.filter(([, cls]) => cls?.includes('on-path')).map(([id]) => id)).toEqual(['scope', 'pslog-capture', 'request-target']);
    expect(nodes.filter(([, cls]) => cls?.includes('is-current')).map(([id]) => id)).toEqual(['request-target']);
    const edges = [...svg.matchAll(/<g class="map-edge [^"]*on-path" data-edge="([^"]*)"/g)].map((m) => m[1]?.replace(/&gt;/g, '>'));
    expect(edges).toEqual(['scope.not-sure>pslog-capture', 'pslog-capture.status-403>request-target']);
    expect(svg).toContain('You are here');
  });

  it('links each node to its step, with the answers that reach it', () => {
    const svg = drawing(render('en', QUERY));
    const href = (id: string) => new RegExp(`<a [^>]*data-node="${id}" href="([^"]*)"`).exec(svg)?.[1]?.replace(/&amp;/g, '&');
    expect(href('pslog-capture')).toBe('/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure&pslog-capture=status-403');
    expect(href('user-in-ci')).toBe('/en/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409');
    expect(href('scope')).toBe('/en/diagnose/provisioning/scope?v=1&scope=not-sure&pslog-capture=status-403');
  });

  it('keeps the drawing out of the accessibility tree and the tab order, for the outline has it all', () => {
    const svg = drawing(render('en', QUERY));
    expect(svg).toMatch(/^<svg class="flow-map"[^>]*aria-hidden="true"/);
    const links = [...svg.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link).toContain('tabindex="-1"');
  });

  it('shows the content as text, never as markup', () => {
    const hostile: ContentText = {
      ...texts.en,
      flows: {
        ...texts.en.flows,
        provisioning: {
          ...texts.en.flows.provisioning!,
          nodeTitles: { ...texts.en.flows.provisioning!.nodeTitles, scope: '<img src=x onerror=alert(1)>' },
        },
      },
    };
    const html = render('en', QUERY, hostile);
    expect(html).not.toContain('<img');
    expect(outline(html)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the outline of the map', () => {
  it("has the same steps as the drawing, each step's title once as a list item", () => {
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const html = render(locale, QUERY);
      const inDrawing = new Set(attr(drawing(html), 'data-node'));
      const inOutline = new Set(attr(outline(html), 'data-node'));
      expect([...inOutline].sort()).toEqual([...inDrawing].sort());
      const items = attr(outline(html), 'id').filter((id) => id.startsWith('outline-'));
      expect(new Set(items).size).toBe(items.length);
      expect(items).toHaveLength(maps[locale]?.nodes.filter((node) => node.kind !== 'handover').length ?? -1);
    }
  });

  it('marks the current step for assistive technology, and words it in the language', () => {
    const here = { en: 'You are here', ro: 'Sunteți aici', nl: 'U bent hier' } as const;
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const list = outline(render(locale, QUERY));
      expect(list).toMatch(/aria-current="step" data-node="request-target"/);
      expect(list).toContain(here[locale]);
      expect(list).toContain(texts[locale].flowDetails.provisioning?.nodes['pslog-capture']?.answers['status-403'] ?? '-');
    }
  });
});
