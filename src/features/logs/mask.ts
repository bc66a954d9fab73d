/**
 * Hides personal data in log lines that are shown or copied: e-mail
 * addresses, phone numbers, people's names, and passwords, credentials and
 * tokens. Nothing else: timestamps, session ids, tracking ids, UUIDs of
 * organizations, IP addresses and versions stay as they are, because the
 * diagnosis and the escalation need them.
 *
 * Within one report the same value always gets the same numbered placeholder
 * (‹e-mail 1›, ‹e-mail 2›), so lines stay comparable: the engineer still sees
 * that the profile step and the token request name different users.
 *
 * Phone numbers, names and secrets are found by where they stand (a field,
 * a header, a URI), never by the shape of a bare number: a run of digits in a
 * log is far more often a time, a session id or a count than a phone number.
 */

export type MaskKind = 'email' | 'phone' | 'name' | 'secret';

/** The words of the placeholders, in the reader's language. */
export type MaskLabels = Readonly<Record<MaskKind, string>>;

/** A masker for one report: call it on each line, in the order shown. */
export type Masker = (text: string) => string;

const EMAIL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

/** A JSON Web Token, wherever it appears (three base64url parts, the first two JSON). */
const JWT = /\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;

/** An E.164 number standing alone: a plus and 8 to 15 digits, maybe grouped. */
const E164 = /(?<![\w.+/:-])\+\d(?:[ ()-]{0,2}\d){7,14}(?![\w.:-])/g;

/** The user part of a tel: or sip: URI when it is a number. */
const TEL_URI = /\b((?:tel|sips?):)(\+?\d{4,15})(?=[@;>\s"',]|$)/gi;

const FIELD_KINDS = ['phone', 'name', 'secret'] as const;
const FIELDS: Readonly<Record<(typeof FIELD_KINDS)[number], readonly string[]>> = {
  phone: [
    'phoneNumber',
    'primaryPhoneNumber',
    'mobilePhoneNumber',
    'mobileNumber',
    'mobile',
    'pagerPhoneNumber',
    'callingLineIdPhoneNumber',
    'telephoneNumber',
    'msisdn',
  ],
  name: [
    'firstName',
    'lastName',
    'displayName',
    'fullName',
    'givenName',
    'familyName',
    'callingLineIdFirstName',
    'callingLineIdLastName',
    'hiraganaFirstName',
    'hiraganaLastName',
  ],
  secret: [
    'password',
    'passwd',
    'newPassword',
    'oldPassword',
    'passcode',
    'token',
    'accessToken',
    'access_token',
    'refreshToken',
    'refresh_token',
    'id_token',
    'secret',
    'client_secret',
    'apiKey',
  ],
};

const alternation = (names: readonly string[]) => names.join('|');

/** `<field>value</field>`, `<ns:field attr="x">value</ns:field>` */
const xmlField = (names: readonly string[]) => new RegExp(`(<(?:[\\w-]+:)?(?:${alternation(names)})(?:\\s[^>]*)?>)([^<]+)(?=</)`, 'gi');
/** `"field": "value"` and `'field': 'value'` */
const jsonField = (names: readonly string[]) =>
  new RegExp(`((["'])(?:${alternation(names)})\\2\\s*:\\s*(["']))((?:(?!\\3)[^\\\\]|\\\\.)+)(?=\\3)`, 'gi');
/**
 * `field=value` and `field: value` outside JSON (query strings, key-value
 * logs); not the last segment of a path (`/authService/token : …`).
 */
const plainField = (names: readonly string[]) =>
  new RegExp(`((?<![\\w"'</])(?:${alternation(names)})\\s*[=:]\\s*)(?![\\s"'<])([^\\s&,;"'<>]+)`, 'gi');

/** Credentials in HTTP headers: the scheme stays, the credential goes. */
const AUTH_HEADER = /\b((?:proxy-)?authorization\s*[:=]\s*(?:(?:basic|bearer|digest|negotiate)\s+)?)([^\s,"']+)/gi;
const TOKEN_HEADER = /\b((?:x-auth-token|x-api-key|cookie|set-cookie)\s*:\s*)(\S[^\r\n]*)/gi;

export function createMasker(labels: MaskLabels): Masker {
  const numbers = new Map<string, number>();
  const counts: Record<MaskKind, number> = { email: 0, phone: 0, name: 0, secret: 0 };
  const placeholder = (kind: MaskKind, value: string): string => {
    const key = `${kind}\u0000${kind === 'email' ? value.toLowerCase().replace(/%40/i, '@') : value}`;
    let n = numbers.get(key);
    if (n === undefined) {
      counts[kind] += 1;
      n = counts[kind];
      numbers.set(key, n);
    }
    return `‹${labels[kind]} ${String(n)}›`;
  };
  const fieldRes = FIELD_KINDS.map((kind) => ({
    kind,
    xml: xmlField(FIELDS[kind]),
    json: jsonField(FIELDS[kind]),
    plain: plainField(FIELDS[kind]),
  }));

  return (text) => {
    // Secrets first: a token or a Basic credential may hide anything.
    let out = text
      .replace(AUTH_HEADER, (m, head: string, value: string) => (alreadyHidden(value) ? m : head + placeholder('secret', value)))
      .replace(TOKEN_HEADER, (m, head: string, value: string) => (alreadyHidden(value) ? m : head + placeholder('secret', value.trimEnd())))
      .replace(JWT, (value) => placeholder('secret', value));
    for (const { kind, xml, json, plain } of fieldRes) {
      const value = (head: string, found: string) => head + (alreadyHidden(found) ? found : placeholder(kind, found));
      out = out
        .replace(xml, (_m, open: string, found: string) => value(open, found))
        .replace(json, (_m, head: string, _q1: string, _q2: string, found: string) => value(head, found))
        .replace(plain, (_m, head: string, found: string) => value(head, found));
    }
    // A number as the user part of a SIP URI is a phone number, not an address.
    return out
      .replace(TEL_URI, (_m, scheme: string, value: string) => scheme + placeholder('phone', value))
      .replace(EMAIL, (value) => placeholder('email', value))
      .replace(E164, (value) => placeholder('phone', value.replace(/[ ()-]/g, '')));
  };
}

/** One of our placeholders, or a value the server already hid (`*****`, `…`). */
const alreadyHidden = (value: string) => /^‹[^›]*›$/.test(value) || /^[*…]+$/.test(value.trim());
