/**
 * How much of a text the search reads. Apart from the search's logic
 * (search-logic.ts, loaded on first use), as the search box needs them from
 * its first render.
 */

/**
 * Text beyond this is a pasted log, not a query: identifiers are looked for
 * in a query only, and words in this much of a text (search-engine.ts).
 */
export const MAX_QUERY = 500;

/**
 * The most of a text the search looks at: exact codes and log signatures in
 * the first MAX_SCAN characters, words in the first MAX_QUERY. The search box
 * keeps no more (boxText), so a paste of any size costs the same.
 */
export const MAX_SCAN = 20_000;

/**
 * What the search box keeps of a typed or pasted text: no more than the
 * search reads (MAX_SCAN). A paste of megabytes then costs no more than one
 * of 20,000 characters, in the search and in the page's layout of the box.
 */
export function boxText(value: string): string {
  return value.length > MAX_SCAN ? value.slice(0, MAX_SCAN) : value;
}
