/**
 * Identifiers a support engineer pastes into the search box: a tracking id
 * (`CLIENT_…`, the `trackingid` / `X-BROADSOFT-CORRELATION-ID` header of the
 * XSP logs), an e-mail address, a UUID (an org or user id). They name a
 * person or a request, so they are personal data: they are taken out of the
 * words searched, never put in a URL, and offered as actions instead.
 */
import { MAX_QUERY } from './search-limits';

export type IdentifierKind = 'tracking' | 'email' | 'uuid';

export interface QueryIdentifier {
  readonly kind: IdentifierKind;
  readonly value: string;
}

// How much of a text is a query: search-limits.ts.
export { MAX_QUERY };
/** The most identifiers offered for one query. */
const MAX_IDENTIFIERS = 5;

const PATTERNS: readonly { kind: IdentifierKind; re: RegExp }[] = [
  // Taken first: a tracking id may hold a UUID.
  { kind: 'tracking', re: /\bCLIENT_[\w.:-]*\w/giu },
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu },
  { kind: 'uuid', re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/giu },
];

/** The identifiers of a query, and the query without them (each replaced by a space). */
export function splitIdentifiers(query: string): { identifiers: QueryIdentifier[]; rest: string } {
  if (query.length > MAX_QUERY) return { identifiers: [], rest: query };
  const identifiers: QueryIdentifier[] = [];
  let rest = query;
  for (const { kind, re } of PATTERNS) {
    rest = rest.replace(re, (value) => {
      if (!identifiers.some((found) => found.value === value) && identifiers.length < MAX_IDENTIFIERS) identifiers.push({ kind, value });
      return ' ';
    });
  }
  return { identifiers, rest };
}

/** Whether a text (a URL, a history entry) carries any of the identifiers. */
export function carriesIdentifier(text: string, identifiers: readonly QueryIdentifier[]): boolean {
  const plain = (() => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  })().toLowerCase();
  return identifiers.some((identifier) => plain.includes(identifier.value.toLowerCase()));
}
