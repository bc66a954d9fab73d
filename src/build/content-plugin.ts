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
 * Any content problem fails the build (and shows in the dev server overlay).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblem, loadContent, type LoadResult } from './load-content.ts';
import { searchIndexModule } from './search-index.ts';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0' + PREFIX;

export function contentPlugin(root = fileURLToPath(new URL('../../content', import.meta.url))): Plugin {
  let cached: LoadResult | undefined;
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
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const result = load();
      for (const file of result.files) this.addWatchFile(file);
      const name = id.slice(RESOLVED.length);
      if (name === 'graph') return `export default ${JSON.stringify(result.graph)};`;
      const logs = /^logs\/([a-z]{2})$/.exec(name);
      if (logs) {
        const text = Object.entries(result.logTexts).find(([key]) => key === logs[1])?.[1];
        if (!text) throw new Error(`unknown content module ${PREFIX}${name}`);
        return `export default ${JSON.stringify({ catalogue: result.logCatalogue, text })};`;
      }
      if (name === 'flow-text') {
        const entries = result.graph.locales.map(
          (locale) =>
            `${locale}: {${result.graph.flowOrder.map((flowId) => `${JSON.stringify(flowId)}: () => import(${JSON.stringify(`${PREFIX}text/${locale}/${flowId}`)})`).join(', ')}}`,
        );
        return `export default {${entries.join(', ')}};`;
      }
      const detail = /^text\/([a-z]{2})\/([a-z0-9-]+)$/.exec(name);
      if (detail) {
        const texts = Object.entries(result.texts).find(([key]) => key === detail[1])?.[1];
        const flowDetail = texts ? Object.entries(texts.flowDetails).find(([key]) => key === detail[2])?.[1] : undefined;
        if (!flowDetail) throw new Error(`unknown content module ${PREFIX}${name}`);
        return `export default ${JSON.stringify(flowDetail)};`;
      }
      const [, kind, locale] = /^(text|search)\/([a-z]{2})$/.exec(name) ?? [];
      const text = Object.entries(result.texts).find(([key]) => key === locale)?.[1];
      const known = result.graph.locales.find((candidate) => candidate === locale);
      if (text === undefined || known === undefined) throw new Error(`unknown content module ${PREFIX}${name}`);
      if (kind === 'text') return `export default ${JSON.stringify({ ...text, flowDetails: {} })};`;
      // The packed index, prepared by search-ranker.ts in the browser.
      return searchIndexModule(result.graph, text, known, result.synonyms);
    },
    watchChange(id) {
      if (id.startsWith(root)) cached = undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return undefined;
      cached = undefined;
      const modules = [...server.moduleGraph.idToModuleMap.entries()].filter(([key]) => key.startsWith(RESOLVED)).map(([, mod]) => mod);
      for (const mod of modules) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
