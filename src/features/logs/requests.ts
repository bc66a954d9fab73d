/**
 * Ties access_log lines, which carry no tracking id, to their sign-in
 * attempt. A request is known by its client's address, the second it came in,
 * its method and its target. The XsiActionsLog and the authenticationService
 * log show the same request in an entry that has the tracking id; the
 * access_log shows its HTTP status.
 *
 * A wrong tie is worse than none: a line is tied only when exactly one
 * tracking id made a request with its key and no other access_log line has
 * that key too. The Webex IdP proxy sends every user's token request from one
 * address to one path, so two of them in the same second stay untied.
 */
import type { MatchedLine, RequestCatalogue } from './catalogue';

/** A request that a log entry or an access_log line shows. */
export interface SignInRequest {
  /** The client's address. */
  readonly client: string;
  /** The second it came in: `YYYY-MM-DD HH:MM:SS`, on the server's clock. */
  readonly at: string;
  readonly method: string;
  readonly target: string;
  /** For an access_log line: its HTTP status and the line itself. */
  readonly status?: string | undefined;
  readonly line?: MatchedLine | undefined;
}

/** The tracking id of the trace that holds a log's access_log lines without one. */
export const UNTRACKED = '';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const requestKey = (r: SignInRequest) => `${r.client} ${r.at} ${r.method} ${r.target}`;

const firstGroup = (match: RegExpExecArray | null): string | undefined =>
  match?.slice(1).find((g: string | undefined) => g !== undefined && g !== '');

/** Compiles the catalogue's request patterns once. */
export function createRequestReader(requests: RequestCatalogue) {
  const accessRe = new RegExp(requests.access);
  const lineRe = new RegExp(requests.line);
  const clientRe = new RegExp(requests.client);
  const dateRe = new RegExp(requests.date);
  return {
    candidate: requests.candidate,
    /** An access_log line, or undefined when the line is none. */
    access(line: MatchedLine): SignInRequest | undefined {
      const groups = accessRe.exec(line.text)?.groups;
      if (!groups) return undefined;
      const { client, day, month, year, time, method, target, status } = groups;
      const monthIndex = MONTHS.indexOf(month ?? '');
      if (client === undefined || time === undefined || method === undefined || target === undefined || monthIndex === -1) return undefined;
      const at = `${year ?? ''}-${String(monthIndex + 1).padStart(2, '0')}-${day ?? ''} ${time}`;
      return { client, at, method, target, status, line };
    },
    /** The date (`YYYY-MM-DD`) in an entry's first line. */
    date(first: string): string | undefined {
      const [, year, month, day] = dateRe.exec(first) ?? [];
      return year === undefined || month === undefined || day === undefined ? undefined : `${year}-${month}-${day}`;
    },
    /** The request an entry shows, when it names its client and its request line. */
    inEntry(lines: readonly MatchedLine[], date: string | undefined, time: number | undefined): SignInRequest | undefined {
      if (date === undefined || time === undefined) return undefined;
      let client: string | undefined;
      let request: RegExpExecArray | undefined;
      for (const { text } of lines) {
        client ??= firstGroup(clientRe.exec(text));
        request ??= lineRe.exec(text) ?? undefined;
      }
      const [, method, target] = request ?? [];
      if (client === undefined || method === undefined || target === undefined) return undefined;
      const clock = [Math.floor(time / 3600), Math.floor(time / 60) % 60, time % 60].map((n) => String(n).padStart(2, '0')).join(':');
      return { client, at: `${date} ${clock}`, method, target };
    },
  };
}

/**
 * Which access_log lines go with which tracking id. `tracked`: each tracking
 * id's requests; `untracked`: the access_log lines, with the file each is in.
 * A line is tied only when its key names one tracking id and one line.
 */
export function tieRequests(
  tracked: ReadonlyMap<string, readonly SignInRequest[]>,
  untracked: readonly { readonly file: string; readonly request: SignInRequest }[],
): { readonly trackingId: string; readonly file: string; readonly request: SignInRequest }[] {
  const owners = new Map<string, Set<string>>();
  for (const [trackingId, requests] of tracked) {
    for (const request of requests) {
      const key = requestKey(request);
      let ids = owners.get(key);
      if (!ids) {
        ids = new Set();
        owners.set(key, ids);
      }
      ids.add(trackingId);
    }
  }
  const lines = new Map<string, { file: string; request: SignInRequest }[]>();
  for (const item of untracked) {
    const key = requestKey(item.request);
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  const tied: { trackingId: string; file: string; request: SignInRequest }[] = [];
  for (const [key, items] of lines) {
    const ids = owners.get(key);
    const [item] = items;
    const [trackingId] = ids ?? [];
    // Two lines or two tracking ids with one key: which is whose is unknown.
    if (items.length !== 1 || ids?.size !== 1 || !item || trackingId === undefined) continue;
    tied.push({ trackingId, file: item.file, request: item.request });
  }
  return tied;
}
