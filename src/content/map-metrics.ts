/**
 * The measures of the map of a diagnosis, shared by its layout at build time
 * (src/build/flow-map.ts) and its drawing (src/features/map): the boxes are
 * sized for text drawn at these sizes and offsets.
 */
export const MAP_METRICS = {
  /** A step's title: font size and line height, px. */
  title: { size: 13, line: 17 },
  /** The kind above a title ("Question"), and the answers on the edges. */
  small: { size: 11, line: 14 },
  /** Padding inside a step's box. */
  padX: 10,
  padY: 8,
  /** Room for the kind above the title, worded by the UI in each language. */
  header: 18,
  /** Padding inside an answer's label. */
  labelPad: 3,
} as const;
