/// <reference types="vite-plugin-pwa/client" />
// Modules produced at build time by src/build/content-plugin.ts.
declare module 'virtual:content/graph' {
  const graph: import('./types').ContentGraph;
  export default graph;
}
declare module 'virtual:content/text/*' {
  const text: import('./types').ContentText;
  export default text;
}
declare module 'virtual:content/flow-text' {
  /** locale -> flow id -> import of that diagnosis's full step text. */
  const loaders: Readonly<Record<string, Readonly<Record<string, () => Promise<{ default: import('./types').FlowDetail }>>>>>;
  export default loaders;
}
declare module 'virtual:content/search/*' {
  /** The packed word index of one locale (see src/shared/search-ranker.ts). */
  const index: import('../shared/search-ranker').PackedIndex;
  export default index;
  /** The field's vocabulary (content/synonyms.yaml), which the query is read with. */
  export const synonyms: readonly import('./types').SynonymGroup[];
  export const answers: readonly import('../shared/search-answers').AnswerTerms[];
  export const symptoms: readonly import('../shared/search-answers').SymptomTerms[];
}
declare module 'virtual:messages/*' {
  /** A UI message catalogue, precompiled by src/build/messages-plugin.ts. */
  const messages: import('../i18n/translator').Messages;
  export default messages;
}
declare module 'virtual:content/logs/*' {
  /** The log analyzer's catalogue and its words in one locale. */
  const logs: { catalogue: import('../features/logs/log-analyzer').LogCatalogue; text: import('../features/logs/log-analyzer').LogCatalogueText };
  export default logs;
}
declare module 'virtual:content/maps' {
  /** locale -> flow id -> import of that diagnosis's map (src/build/flow-map.ts). */
  const loaders: Readonly<Record<string, Readonly<Record<string, () => Promise<{ default: import('./types').FlowMap }>>>>>;
  export default loaders;
}
