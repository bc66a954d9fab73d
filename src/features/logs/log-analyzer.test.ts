import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { combineSignIns, createAnalyzer, MAX_LINE } from './log-analyzer';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Feeds text in small uneven pieces, as a stream would. */
function analyze(text: string, pieces = 7, kind?: string) {
  const analyzer = createAnalyzer(catalogue, { kind });
  const size = Math.max(1, Math.ceil(text.length / pieces));
  for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size));
  return analyzer.end();
}

const ids = (text: string, pieces?: number) =>
  analyze(text, pieces)
    .findings.map((f) => f.id)
    .sort();

describe('log analyzer: each signature in its fixture', () => {
  it('PSLog: a 403 to an IP address instead of the bridge URL', () => {
    const result = analyze(fixture('pslog-403-ip.log'));
    expect(result.kind).toBe('pslog');
    expect(result.findings.map((f) => f.id).sort()).toEqual(['bridge-403', 'post-to-ip-address']);
    expect(result.findings.find((f) => f.id === 'bridge-403')?.lines[0]).toEqual({ line: 6, text: 'HTTP/1.1 403 Forbidden' });
  });

  it('PSLog: a profile without primary number and with a malformed e-mail, answered by a 400 message', () => {
    expect(ids(fixture('pslog-profile-problems.log'))).toEqual([
      'bridge-400',
      'bridge-untrusted-email',
      'profile-with-bad-email',
      'profile-without-primary-number',
    ]);
  });

  it('PSLog: a good profile and a 200 OK give only the 200 finding', () => {
    expect(ids(fixture('pslog-ok.log'))).toEqual(['bridge-200']);
  });

  it('Application Server errors 18215 and 18211', () => {
    const result = analyze(fixture('as-errors.log'));
    expect(result.kind).toBe('as-errors');
    expect(result.findings.map((f) => [f.id, f.target])).toEqual([
      ['imp-provisioning-error', 'flow:provisioning/email-in-helpdesk'],
      ['imp-communication-error', 'flow:provisioning/email-in-helpdesk'],
    ]);
  });

  it('client bwc log: desktop device profile not found', () => {
    const result = analyze(fixture('client-bwc.log'));
    expect(result.findings.map((f) => f.id)).toEqual(['desktop-device-not-provisioned']);
    expect(result.findings[0]?.target).toBe('flow:calling/provision-desktop-device');
  });

  it('error codes anywhere in a line lead to their pages', () => {
    expect(
      analyze(fixture('codes.log'))
        .findings.map((f) => f.target)
        .sort(),
    ).toEqual(['code:200010', 'code:600014']);
  });

  it('XSP sign-in: one log alone groups its entries by tracking id and by server thread', () => {
    const { kind, signIns } = analyze(fixture('xsp-xsi-actions.log'), 13);
    expect(kind).toBe('xsi-actions-log');
    const jane = signIns.find((s) => s.trackingId === 'CLIENT_abc-123');
    const bob = signIns.find((s) => s.trackingId === 'CLIENT_def-456');
    // The OCI-P entries carry no tracking id: they follow the thread of the request.
    expect(jane?.seen).toEqual([
      'profile-request',
      'oci-authentication',
      'subscriber-data',
      'profile-returned',
      'device-profile-request',
      'token-validation',
      'device-list',
    ]);
    expect(jane?.failed).toEqual([]);
    expect(jane?.users).toEqual({ webex: 'jane@acme.example', broadworks: 'jane_bw@acme.example' });
    expect(jane?.platform).toBe('desktop');
    // Bob's profile request was answered 401 and BroadWorks refused the OCI-P
    // authentication: failed steps are not also seen.
    expect(bob?.seen).toEqual([]);
    expect(bob?.failed).toEqual(['profile-request', 'oci-authentication']);
    expect(bob?.reasons).toEqual({ 'profile-request': '401', 'oci-authentication': 'ErrorResponse' });
    expect(bob?.refused).toEqual(['profile-request', 'oci-authentication']);
    expect(bob?.lines.map((l) => l.line)).toContain(22);
    // The thread's later work for other requests is not mixed in.
    expect(signIns.map((s) => s.trackingId).sort()).toEqual(['CLIENT_abc-123', 'CLIENT_def-456']);
  });

  it('XSP sign-in: the three logs together show where each attempt stops', () => {
    const logs = ['xsp-access.log', 'xsp-xsi-actions.log', 'xsp-authentication-service.log'].map((file) => ({
      file,
      traces: analyze(fixture(file), 5).signIns,
    }));
    const attempts = combineSignIns(catalogue, logs);
    const byId = (id: string) => attempts.find((a) => a.trackingId === id);
    expect(byId('CLIENT_abc-123')).toMatchObject({ stop: undefined, target: undefined, failed: [] });
    expect(byId('CLIENT_abc-123')?.seen).toHaveLength(catalogue.signIn.steps.length);
    // Refused at the profile request (401 in the access_log) because the OCI-P
    // authentication was: the step that says why is where it stops.
    expect(byId('CLIENT_def-456')).toMatchObject({
      stop: 'oci-authentication',
      stopKind: 'failed',
      target: 'flow:sign-in/use-web-access-password',
    });
    expect(byId('CLIENT_def-456')?.failed).toEqual(['profile-request', 'oci-authentication']);
    // No long-lived token: the token manager answered 401.
    expect(byId('CLIENT_ghi-789')).toMatchObject({ stop: 'token-generated', stopKind: 'failed', target: 'flow:sign-in/escalate-sign-in' });
    expect(
      byId('CLIENT_ghi-789')?.lines.some((l) => l.file === 'xsp-authentication-service.log' && l.text.includes('StatusCode=401')),
    ).toBe(true);
  });

  it('XSP sign-in: steps before the last one seen happened; the attempt stops after it', () => {
    // Only the authentication service's side, tied by tracking id: the
    // profile request and the OCI-P exchanges are not in these lines.
    const text = [
      '2026-11-20 12:00:01,000 INFO  [https-jsse-nio-8443-exec-2] GET /authService/token trackingid: CLIENT_x-1',
      '2026-11-20 12:00:01,010 INFO  [https-jsse-nio-8443-exec-2] UserGetLoginInfoRequest',
      '2026-11-20 12:00:01,050 INFO  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - Token generated, StatusCode=200',
      '',
    ].join('\n');
    const [attempt] = combineSignIns(catalogue, [{ file: 'auth.log', traces: analyze(text, 3).signIns }]);
    expect(attempt).toMatchObject({ stop: 'device-profile-request', stopKind: 'missing', target: 'flow:sign-in/escalate-sign-in' });
  });

  it('XSP sign-in: only a refusal (401, 403, an OCI-P error) leads to the credentials; a server error does not', () => {
    const line = (status: string) =>
      `198.51.100.20 - - [20/Nov/2026:12:00:00 +0100] "GET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1" ${status} 10 trackingid=CLIENT_y-2\n`;
    const attempt = (status: string) => combineSignIns(catalogue, [{ file: 'access_log', traces: analyze(line(status), 1).signIns }])[0];
    expect(attempt('403')).toMatchObject({ stop: 'profile-request', stopKind: 'failed', target: 'flow:sign-in/use-web-access-password' });
    expect(attempt('500')).toMatchObject({ stop: 'profile-request', stopKind: 'failed', target: 'flow:sign-in/escalate-sign-in' });
  });

  it('XSP sign-in: an entry without tracking id takes its thread’s only soon after that thread’s request', () => {
    const log = (later: string) =>
      [
        '2026.11.20 12:00:00:020 CET | Info | Xsi | http-nio-443-exec-4 |',
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        '\ttrackingid: CLIENT_z-3',
        `2026.11.20 ${later}:000 CET | Info | OCI-P | http-nio-443-exec-4 |`,
        '\tReceived response: AuthenticationVerifyResponse',
        '',
      ].join('\n');
    expect(analyze(log('12:00:01'), 2).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
    // Five minutes later the pool's thread serves someone else.
    expect(analyze(log('12:05:00'), 2).signIns[0]?.seen).toEqual(['profile-request']);
    // Across midnight, a second apart, is still soon.
    expect(
      analyze(log('12:00:01').replace('12:00:00:020', '23:59:59:900').replace('12:00:01:000', '00:00:00:100'), 2).signIns[0]?.seen,
    ).toEqual(['profile-request', 'oci-authentication']);
  });

  it('XSP sign-in: lines that each carry their tracking id, as pasted', () => {
    const attempts = combineSignIns(catalogue, [{ file: '', traces: analyze(fixture('xsp-sign-in.log'), 13).signIns }]);
    expect(attempts.find((s) => s.trackingId === 'CLIENT_abc-123')?.stop).toBeUndefined();
    expect(attempts.find((s) => s.trackingId === 'CLIENT_def-456')).toMatchObject({ stop: 'login-info', stopKind: 'failed' });
  });

  it('XSP sign-in: the same attempts however the logs are cut into pieces', () => {
    for (const file of ['xsp-xsi-actions.log', 'xsp-authentication-service.log', 'xsp-access.log']) {
      const text = fixture(file);
      const whole = analyze(text, 1).signIns;
      expect(whole.length).toBeGreaterThan(0);
      for (const pieces of [2, 9, 31, 200, text.length]) expect(analyze(text, pieces).signIns).toEqual(whole);
    }
  });

  it('finds nothing in the negative sample', () => {
    const result = analyze(fixture('negative.log'));
    expect(result.findings).toEqual([]);
    expect(result.signIns).toEqual([]);
  });
});

describe('log analyzer: any input', () => {
  it('gives the same findings however the text is cut into pieces', () => {
    const text = ['pslog-403-ip.log', 'pslog-profile-problems.log', 'as-errors.log', 'client-bwc.log', 'codes.log'].map(fixture).join('\n');
    const whole = ids(text, 1);
    for (const pieces of [2, 3, 17, 101, text.length]) expect(ids(text, pieces)).toEqual(whole);
  });

  it('handles CRLF, empty input, binary bytes and a line longer than the limit', () => {
    expect(ids(fixture('as-errors.log').replace(/\n/g, '\r\n'))).toEqual(['imp-communication-error', 'imp-provisioning-error']);
    expect(analyze('').lines).toBe(0);
    expect(() => analyze('\u0000\uFFFD\u0001'.repeat(1000))).not.toThrow();
    const long = analyze(`${'x'.repeat(MAX_LINE * 3)} [Error 18215]`);
    expect(long.longLines).toBeGreaterThan(0);
  });

  it('does not judge a profile the file cuts off, and says the file ends in the middle of one', () => {
    const text = fixture('pslog-profile-problems.log');
    const cut = text.slice(0, text.indexOf('<subscriberProfile') + 40);
    const result = analyze(cut);
    expect(result.unfinished).toBe(true);
    expect(result.findings.map((f) => f.id)).not.toContain('profile-without-primary-number');
    expect(analyze(text).unfinished).toBe(false);
  });

  it('a kind chosen by the user changes the label, never the findings', () => {
    const chosen = analyze(fixture('pslog-ok.log'), 3, 'client-log');
    expect(chosen.kind).toBe('client-log');
    expect(chosen.findings).toEqual(analyze(fixture('pslog-ok.log'), 3).findings);
  });
});

describe('log analyzer: one file, several kinds of log', () => {
  const result = () => analyze(fixture('mixed-as.log'), 5);
  const byId = (id: string) => result().findings.find((f) => f.id === id);

  it('finds the 409 after OCI-P traffic, and cites the bridge’s message', () => {
    expect(byId('bridge-409')).toEqual({
      id: 'bridge-409',
      target: 'flow:provisioning/user-in-ci',
      count: 1,
      lines: [
        { line: 18, text: 'HTTP/1.1 409 Conflict' },
        { line: 19, text: '<error><message>User with the email ann@acme.example already exists</message></error>' },
      ],
      // The user the provisioning request was for, from its subscriberProfile.
      users: ['ann@acme.example'],
    });
  });

  it('a push notification’s POST to an IP address and its 200 OK are no bridge findings', () => {
    expect(byId('post-to-ip-address')).toBeUndefined();
    expect(byId('bridge-200')).toBeUndefined();
  });

  it('matches the 400 message as real logs write it, and cites it', () => {
    expect(byId('bridge-400')?.lines.map((l) => l.line)).toEqual([23, 24]);
    expect(byId('bridge-org-not-found')?.lines).toEqual([
      { line: 24, text: '<message>"customer org is not found in  database and also the create new org flag is not enabled."</message>' },
    ]);
    expect(
      result()
        .findings.map((f) => f.id)
        .sort(),
    ).toEqual(['bridge-400', 'bridge-409', 'bridge-org-not-found']);
  });

  it.each([
    'Customer organization is not found in database',
    'customer Org is not found in the Database and also the create new org flag is not enabled.',
    "'Customer organisation is not found in database'",
  ])('the org message in any of its forms: %s', (message) => {
    expect(analyze(`<message>${message}</message>\n`).findings.map((f) => f.id)).toEqual(['bridge-org-not-found']);
  });

  it('a status line that answers no provisioning POST is no bridge finding', () => {
    expect(analyze('GET /status HTTP/1.1\nHTTP/1.1 403 Forbidden\n').findings).toEqual([]);
    expect(analyze('POST https://bridge.example.com/x HTTP/1.1\n{"a":1}\nHTTP/1.1 403 Forbidden\n').findings).toEqual([]);
  });
});

describe('log analyzer: properties', () => {
  const files = [
    'pslog-403-ip.log',
    'pslog-profile-problems.log',
    'as-errors.log',
    'client-bwc.log',
    'codes.log',
    'negative.log',
    'xsp-xsi-actions.log',
    'xsp-authentication-service.log',
    'xsp-access.log',
    'mixed-as.log',
  ].map(fixture);
  const lines = files.flatMap((text) => text.split('\n'));
  const noise = fc.oneof(
    // Whole logs keep their multi-line entries; single lines and noise break them up.
    fc.constantFrom(...files),
    fc.constantFrom(...lines),
    fc.string({ maxLength: 80 }),
    fc.constantFrom('', '\r', '\u0000\u0001', 'é ș ț 𝄞', 'x'.repeat(300)),
  );

  it('other log text before or after a file never changes that file’s findings', () => {
    const whole = files.filter((text) => text.endsWith('\n'));
    const tally = (text: string) => new Map(analyze(text, 1).findings.map((f) => [f.id, f.count]));
    fc.assert(
      fc.property(
        fc.constantFrom(...whole),
        fc.array(fc.constantFrom(...whole), { maxLength: 3 }),
        fc.array(fc.constantFrom(...whole), { maxLength: 3 }),
        (file, before, after) => {
          const expected = new Map<string, number>();
          for (const part of [...before, file, ...after]) for (const [id, n] of tally(part)) expected.set(id, (expected.get(id) ?? 0) + n);
          const actual = tally([...before, file, ...after].join(''));
          expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the same in any mix of log lines however it is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(noise, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 30 }),
        (mix, cuts) => {
          const text = mix.join('\n');
          const whole = createAnalyzer(catalogue);
          whole.push(text);
          const expected = whole.end();
          const pieces = createAnalyzer(catalogue);
          let at = 0;
          for (let i = 0; at < text.length; i += 1) {
            const size = cuts[i % cuts.length] ?? 1;
            pieces.push(text.slice(at, at + size));
            at += size;
          }
          const actual = pieces.end();
          expect(actual.findings).toEqual(expected.findings);
          expect(actual.signIns).toEqual(expected.signIns);
          expect(actual.lines).toBe(expected.lines);
          expect(actual.kind).toBe(expected.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
