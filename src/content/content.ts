/**
 * The app's access to the compiled content. The graph is small and needed on
 * every page; the text of each locale is its own chunk, fetched on first use.
 * Every record arrives without a prototype (src/build/null-prototype-module.ts):
 * see null-prototype.ts.
 */
import flowTextLoaders from 'virtual:content/flow-text';
import graph from 'virtual:content/graph';
import type { ContentGraph, ContentText, FlowDetail, Locale } from './types';

export const content: ContentGraph = graph;

export const loadContentText: Readonly<Record<Locale, () => Promise<ContentText>>> = {
  en: () => import('virtual:content/text/en').then((m) => m.default),
  ro: () => import('virtual:content/text/ro').then((m) => m.default),
  nl: () => import('virtual:content/text/nl').then((m) => m.default),
};

/** The full step text of one diagnosis in one locale, or undefined for an unknown flow. */
export function loadFlowDetail(locale: Locale, flowId: string): Promise<FlowDetail> | undefined {
  const load = Object.hasOwn(flowTextLoaders, locale) ? flowTextLoaders[locale] : undefined;
  const loader = load && Object.hasOwn(load, flowId) ? load[flowId] : undefined;
  return loader?.().then((m) => m.default);
}
