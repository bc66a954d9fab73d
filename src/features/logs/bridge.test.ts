import { describe, expect, it } from 'vitest';
import { createBridgeTracker } from './bridge';
import type { BridgeCatalogue } from './catalogue';

/** The catalogue's bridge patterns (content/log-catalogue.yaml), with a short reach for the limit tests. */
const catalogue = (changes: Partial<BridgeCatalogue> = {}): BridgeCatalogue => ({
  post: 'POST https?://\\S+',
  body: '<subscriberProfile',
  status: 'HTTP/1\\.[01] (\\d{3})\\b',
  message: '<message>',
  user: '<bwuserid>([^<\\s]+)</bwuserid>|<email>([^<\\s]+)</email>',
  within: 5,
  ip: { id: 'post-to-ip-address', pattern: 'POST https?://(?!127\\.)\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?/', target: 'flow:p/patch' },
  statuses: {
    '200': { id: 'bridge-200', target: 'flow:p/wait' },
    '401': { id: 'bridge-401', target: 'flow:p/credentials' },
    '409': { id: 'bridge-409', target: 'flow:p/in-ci', message: true },
  },
  ...changes,
});

/** Feeds numbered lines (from 1) and records what the tracker says, and its user() after each line. */
function run(lines: readonly string[], changes: Partial<BridgeCatalogue> = {}, end = true) {
  const events: string[] = [];
  const users: (string | undefined)[] = [];
  const tracker = createBridgeTracker(catalogue(changes), {
    found: (id, target, line, text, user) => events.push(`found ${id} ${target} @${String(line)} ${user ?? '-'} | ${text}`),
    cite: (id, line, text) => events.push(`cite ${id} @${String(line)} | ${text}`),
  });
  lines.forEach((text, i) => {
    if (text.startsWith('  ')) tracker.onProfileLine(text);
    else tracker.onLine(i + 1, text);
    users.push(tracker.user());
  });
  if (end) tracker.end();
  return { events, users, tracker };
}

const POST = 'POST https://bridge.example.com/provisioning HTTP/1.1';
const POST_IP = 'POST https://10.1.2.3:8443/provisioning HTTP/1.1';

describe('the provisioning bridge, one exchange at a time', () => {
  it('a 409 to a provisioning request: found for its user, its message cited and told apart', () => {
    const { events, users } = run([
      POST,
      '<subscriberProfile>',
      '  <bwuserid>ana@acme</bwuserid>',
      'HTTP/1.1 409 Conflict',
      '<message>in use</message>',
      'next',
    ]);
    expect(events).toEqual([
      'found bridge-409 flow:p/in-ci @4 ana@acme | HTTP/1.1 409 Conflict',
      'cite bridge-409 @5 | <message>in use</message>',
    ]);
    // The message line is the exchange's, and that user's; the line after it is no one's.
    expect(users).toEqual([undefined, undefined, undefined, undefined, 'ana@acme', undefined]);
  });

  it('a POST without a subscriberProfile (a push notification) is no provisioning request', () => {
    expect(run([POST, 'HTTP/1.1 200 OK']).events).toEqual([]);
    expect(run([POST, 'HTTP/1.1 409 Conflict', '<message>x</message>']).events).toEqual([]);
  });

  it('a status nobody asked for, or one the catalogue does not know, is nothing', () => {
    expect(run(['HTTP/1.1 409 Conflict', '<message>x</message>']).events).toEqual([]);
    expect(run([POST, '<subscriberProfile>', 'HTTP/1.1 500 Error', '<message>x</message>']).events).toEqual([]);
  });

  it('only the statuses that expect a message have one cited, and only once', () => {
    expect(run([POST, '<subscriberProfile>', 'HTTP/1.1 401 Unauthorized', '<message>x</message>']).events).toEqual([
      'found bridge-401 flow:p/credentials @3 - | HTTP/1.1 401 Unauthorized',
    ]);
    const twice = run([POST, '<subscriberProfile>', 'HTTP/1.1 409 Conflict', '<message>a</message>', '<message>b</message>']);
    expect(twice.events.filter((e) => e.startsWith('cite'))).toEqual(['cite bridge-409 @4 | <message>a</message>']);
    expect(twice.users.at(-1)).toBeUndefined();
  });

  it('the subscriberProfile on the POST line itself, with the user on it', () => {
    expect(run([`${POST} <subscriberProfile><email>bo@acme</email>`, 'HTTP/1.1 200 OK']).events).toEqual([
      'found bridge-200 flow:p/wait @2 bo@acme | HTTP/1.1 200 OK',
    ]);
  });

  it('the first user named is the request’s, whichever form comes first', () => {
    const { events } = run([
      POST,
      '<subscriberProfile>',
      '  <email>first@acme</email>',
      '  <bwuserid>second</bwuserid>',
      'HTTP/1.1 200 OK',
    ]);
    expect(events).toEqual(['found bridge-200 flow:p/wait @5 first@acme | HTTP/1.1 200 OK']);
    // Without a user pattern, nobody.
    expect(run([POST, '<subscriberProfile>', '  <email>first@acme</email>', 'HTTP/1.1 200 OK'], { user: undefined }).events).toEqual([
      'found bridge-200 flow:p/wait @4 - | HTTP/1.1 200 OK',
    ]);
  });

  it('a user line outside any request is nobody’s', () => {
    expect(run(['  <email>lost@acme</email>', POST, '<subscriberProfile>', 'HTTP/1.1 200 OK']).events).toEqual([
      'found bridge-200 flow:p/wait @4 - | HTTP/1.1 200 OK',
    ]);
  });
});

describe('how far an exchange reaches', () => {
  const filler = (n: number) => Array.from({ length: n }, () => 'INFO something else');
  it('an answer exactly `within` lines after its POST still answers it; one line later it does not', () => {
    // POST at 1, answer at 6: 5 lines on.
    expect(run([POST, '<subscriberProfile>', ...filler(3), 'HTTP/1.1 200 OK']).events).toHaveLength(1);
    expect(run([POST, '<subscriberProfile>', ...filler(4), 'HTTP/1.1 200 OK']).events).toEqual([]);
  });
  it('a message exactly `within` lines after its answer is cited; one line later it is not', () => {
    const head = [POST, '<subscriberProfile>', 'HTTP/1.1 409 Conflict'];
    expect(run([...head, ...filler(4), '<message>x</message>']).events).toContain('cite bridge-409 @8 | <message>x</message>');
    expect(run([...head, ...filler(5), '<message>x</message>']).events.some((e) => e.startsWith('cite'))).toBe(false);
  });
  it('a new POST ends the one before and the message its answer waited for', () => {
    const { events } = run([POST, '<subscriberProfile>', 'HTTP/1.1 409 Conflict', POST, '<message>x</message>', 'HTTP/1.1 200 OK']);
    expect(events).toEqual(['found bridge-409 flow:p/in-ci @3 - | HTTP/1.1 409 Conflict']);
  });
});

describe('a provisioning request sent to an IP address', () => {
  it('is found once, with its user, before its answer', () => {
    const { events } = run([POST_IP, '<subscriberProfile>', '<subscriberProfile>', '  <bwuserid>cy</bwuserid>', 'HTTP/1.1 200 OK']);
    expect(events).toEqual([
      `found post-to-ip-address flow:p/patch @1 cy | ${POST_IP}`,
      'found bridge-200 flow:p/wait @5 cy | HTTP/1.1 200 OK',
    ]);
  });
  it('is found when the next POST comes, or when the text ends, and only once', () => {
    expect(run([POST_IP, '<subscriberProfile>', POST]).events).toEqual([`found post-to-ip-address flow:p/patch @1 - | ${POST_IP}`]);
    const open = run([POST_IP, '<subscriberProfile>'], {}, false);
    expect(open.events).toEqual([]);
    open.tracker.end();
    open.tracker.end();
    expect(open.events).toEqual([`found post-to-ip-address flow:p/patch @1 - | ${POST_IP}`]);
  });
  it('is not found for a POST without a profile, nor for the loopback, nor for a host name', () => {
    expect(run([POST_IP, 'HTTP/1.1 200 OK']).events).toEqual([]);
    expect(run(['POST http://127.0.0.1:80/authService/token', '<subscriberProfile>']).events).toEqual([]);
    expect(run([POST, '<subscriberProfile>']).events).toEqual([]);
  });
});
