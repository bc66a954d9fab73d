/**
 * Serves the validated content to the app as virtual modules:
 *   virtual:content/graph        the language-neutral graph
 *   virtual:content/text/<lng>   the text of one locale (its own chunk, so a
 *                                locale is downloaded only when it is used),
 *                                without the steps' full text
 *   virtual:content/text/<lng>/<flow>  the steps' full text of one diagnosis,
 *                                downloaded when that diagnosis is opened
 *   virtual:content/flow-text    import functions for the chunks above
 *   virtual:content/search/<lng> the search index of one locale, built here
 *                                so the browser only loads it (search-ranker.ts)
 *   virtual:content/map/<lng>/<flow>  the map of one diagnosis, laid out here
 *                                (flow-map.ts), loaded with the map page only
 *   virtual:content/maps         import functions for the maps
 * The graph, the texts and the maps come as objects without a prototype
 * (null-prototype-module.ts). Any content problem fails the build (and shows
 * in the dev server overlay).
 */
import { fileURLToPath } from 'node:url';
import type { Logger, Plugin } from 'vite';
import { formatProblem, loadContent, type LoadResult } from './load-content.ts';
import { layoutFlowMaps } from './flow-map.ts';
import { nullPrototypeModule } from './null-prototype-module.ts';
import { searchIndexModule } from './search-index.ts';
import type { FlowMap, Locale } from '../content/types.ts';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0' + PREFIX;

/** A module of import functions, locale -> diagnosis -> `virtual:content/<kind>/<locale>/<flow>`: each its own chunk. */
function importTable(result: Extract<LoadResult, { ok: true }>, kind: 'text' | 'map'): string {
  const entries = result.graph.locales.map(
    (locale) =>
      `${locale}: {${result.graph.flowOrder.map((flowId) => `${JSON.stringify(flowId)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${locale}/${flowId}`)})`).join(', ')}}`,
  );
  return `export default {${entries.join(', ')}};`;
}

export function contentPlugin(root = fileURLToPath(new URL('../../content', import.meta.url))): Plugin {
  let cached: LoadResult | undefined;
  // One layout per diagnosis, for all its locales, made when first asked for.
  let maps = new Map<string, Promise<Partial<Record<Locale, FlowMap>>>>();
  // What laying the maps out costs the build (from the first start to the
  // last end: the layouts overlap), said at its end.
  let mapSpan: { start: number; end: number } | undefined;
  let logger: Logger | undefined;
  let building = false;
  const load = (): Extract<LoadResult, { ok: true }> => {
    cached ??= loadContent(root);
    if (!cached.ok) {
      const lines = cached.problems.map(formatProblem);
      throw new Error(`content/ has ${String(lines.length)} problem(s):\n${lines.join('\n')}`);
    }
    return cached;
  };
  return {
    name: 'wizard-content',
    configResolved(config) {
      logger = config.logger;
      building = config.command === 'build';
    },
    buildEnd() {
      if (building && maps.size > 0)
        logger?.info(
          `wizard-content: maps of ${String(maps.size)} diagnoses laid out in ${String(Math.round(mapSpan ? mapSpan.end - mapSpan.start : 0))} ms`,
        );
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const result = load();
      for (const file of result.files) this.addWatchFile(file);
      const name = id.slice(RESOLVED.length);
      if (name === 'graph') return nullPrototypeModule(result.graph);
      if (name === 'maps') return importTable(result, 'map');
      const mapName = /^map\/([a-z]{2})\/([a-z0-9-]+)$/.exec(name);
      if (mapName) {
        const [, locale = '', flowId = ''] = mapName;
        const graph = Object.hasOwn(result.flowGraphs, flowId) ? result.flowGraphs[flowId] : undefined;
        if (!graph || !result.graph.locales.some((known) => known === locale)) throw new Error(`unknown content module ${PREFIX}${name}`);
        let pending = maps.get(flowId);
        if (!pending) {
          mapSpan ??= { start: performance.now(), end: performance.now() };
          pending = layoutFlowMaps(
            graph,
            result.graph.locales.map((known) => result.texts[known]),
          ).then((laid) => {
            if (mapSpan) mapSpan.end = Math.max(mapSpan.end, performance.now());
            return laid;
          });
          maps.set(flowId, pending);
        }
        const map = Object.entries(await pending).find(([key]) => key === locale)?.[1];
        if (!map) throw new Error(`unknown content module ${PREFIX}${name}`);
        return nullPrototypeModule(map);
      }
      const logs = /^logs\/([a-z]{2})$/.exec(name);
      if (logs) {
        const text = Object.entries(result.logTexts).find(([key]) => key === logs[1])?.[1];
        if (!text) throw new Error(`unknown content module ${PREFIX}${name}`);
        return `export default ${JSON.stringify({ catalogue: result.logCatalogue, text })};`;
      }
      if (name === 'flow-text') return importTable(result, 'text');
      const detail = /^text\/([a-z]{2})\/([a-z0-9-]+)$/.exec(name);
      if (detail) {
        const texts = Object.entries(result.texts).find(([key]) => key === detail[1])?.[1];
        const flowDetail = texts ? Object.entries(texts.flowDetails).find(([key]) => key === detail[2])?.[1] : undefined;
        if (!flowDetail) throw new Error(`unknown content module ${PREFIX}${name}`);
        return nullPrototypeModule(flowDetail);
      }
      const [, kind, locale] = /^(text|search)\/([a-z]{2})$/.exec(name) ?? [];
      const text = Object.entries(result.texts).find(([key]) => key === locale)?.[1];
      const known = result.graph.locales.find((candidate) => candidate === locale);
      if (text === undefined || known === undefined) throw new Error(`unknown content module ${PREFIX}${name}`);
      // The pages' text, field by field: what only the search reads (the phrases engineers type) is in the index.
      if (kind === 'text') {
        const { locale: textLocale, guideTitle, sections, topics, references, procedures, flows, codes, logs, articles } = text;
        return nullPrototypeModule({
          locale: textLocale,
          guideTitle,
          sections,
          topics,
          references,
          procedures,
          flows,
          flowDetails: {},
          codes,
          logs,
          articles,
        });
      }
      // The packed index, prepared by search-ranker.ts in the browser.
      return searchIndexModule(result.graph, text, known, result.synonyms);
    },
    watchChange(id) {
      if (!id.startsWith(root)) return;
      cached = undefined;
      maps = new Map();
      mapSpan = undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return undefined;
      cached = undefined;
      maps = new Map();
      const modules = [...server.moduleGraph.idToModuleMap.entries()].filter(([key]) => key.startsWith(RESOLVED)).map(([, mod]) => mod);
      for (const mod of modules) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
