/**
 * The deployment's ticket-system link: a URL template such as
 * `https://tickets.example.net/new?title={flowTitle}&user={ciUser}`, filled
 * from the step and, only when the engineer says so, from the open case.
 * Every value is percent-encoded, so a value can never change the address's
 * shape (host, path, another parameter); placeholders are refused in the
 * scheme and host, so no value can choose where the link goes.
 */

/** What the step itself says: no personal data, filled in at once. */
export const STEP_FIELDS = ['flow', 'flowTitle', 'step', 'stepTitle', 'link', 'locale', 'contentVersion'] as const;
/** What the open case holds: personal data, filled in only after the engineer's explicit choice. */
export const CASE_FIELDS = [
  'caseTitle',
  'ciUser',
  'bwUserId',
  'orgId',
  'windowStart',
  'windowEnd',
  'timeZone',
  'platform',
  'clientVersion',
  'trackingId',
  'feedbackNumber',
] as const;

export type StepField = (typeof STEP_FIELDS)[number];
export type CaseField = (typeof CASE_FIELDS)[number];
export type TicketValues = Partial<Record<StepField | CaseField, string>>;

const KNOWN: ReadonlySet<string> = new Set<string>([...STEP_FIELDS, ...CASE_FIELDS]);
const CASE: ReadonlySet<string> = new Set<string>(CASE_FIELDS);
const PLACEHOLDER = /\{([^{}]*)\}/g;
export const TEMPLATE_MAX = 2000;

/** Why a template cannot be used, in words for the person deploying it; undefined if it can. */
export function templateProblem(template: string): string | undefined {
  if (template.length > TEMPLATE_MAX) return `is longer than ${String(TEMPLATE_MAX)} characters`;
  if (!/^https?:\/\//i.test(template)) return 'must start with https:// or http:// (no other kind of link is opened)';
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  const unknown = names.filter((name) => !KNOWN.has(name));
  if (unknown.length > 0)
    return `has unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{${name}}`).join(', ')}; known placeholders are ${[...KNOWN].map((name) => `{${name}}`).join(', ')}`;
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return 'has a "{" or "}" that does not belong to a placeholder such as {flow}';
  const schemeAndHost = /^https?:\/\/[^/?#]*/i.exec(template)?.[0] ?? '';
  if (schemeAndHost.includes('{')) return 'may use placeholders only after the host name (in the path, query or fragment)';
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, 'x'));
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return undefined;
}

/** The placeholders of a template that would take case data. */
export function casePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').filter((name) => CASE.has(name)))];
}

/**
 * The template filled in. Case fields are left empty unless `withCase`;
 * missing values are empty. Returns undefined if the template is unusable.
 */
export function fillTicketTemplate(template: string, values: TicketValues, withCase: boolean): string | undefined {
  if (templateProblem(template) !== undefined) return undefined;
  const given = new Map<string, string | undefined>(Object.entries(values));
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    if (CASE.has(name) && !withCase) return '';
    return encodeURIComponent(given.get(name) ?? '');
  });
  try {
    const url = new URL(filled);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
