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
declare module 'virtual:content/search/*' {
  /** A serialised MiniSearch index (see src/shared/search-documents.ts). */
  const index: string;
  export default index;
}
