import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { createAnalyzer } from './log-analyzer';
import { combineSignIns, createSignInCollector, createSignInJudge, saysMore, type SignInAttempt } from './sign-in';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

const DAY = ['access_log.txt', 'XsiActionsLog.txt', 'authenticationService.log'];
const dayFile = (name: string) => readFileSync(new URL(`./fixtures/xsp-day/${name}`, import.meta.url), 'utf8');

function traces(text: string, pieces = 7) {
  const analyzer = createAnalyzer(catalogue);
  const size = Math.max(1, Math.ceil(text.length / pieces));
  for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size));
  return analyzer.end().signIns;
}

function attemptsOf(files: readonly string[], text: (name: string) => string = dayFile, pieces = 7): Map<string, SignInAttempt> {
  const combined = combineSignIns(
    catalogue,
    files.map((file) => ({ file, traces: traces(text(file), pieces) })),
  );
  return new Map(combined.map((a) => [a.trackingId, a]));
}

describe('a day of XSP logs: three logs, seven clients', () => {
  // Analyzed inside each test (not while the tests are collected), so that
  // mutation testing can tell which tests reach which code.
  let day: Map<string, SignInAttempt> | undefined;
  const everything = () => (day ??= attemptsOf(DAY));
  const get = (id: string) => {
    const attempt = everything().get(id);
    if (!attempt) throw new Error(`no ${id}`);
    return attempt;
  };

  it('finds each client once, sign-ins apart from signed-in activity', () => {
    const all = everything();
    expect([...all.keys()].sort()).toEqual([
      'CLIENT_bob-1',
      'CLIENT_carol-1',
      'CLIENT_dan-1',
      'CLIENT_erin-7',
      'CLIENT_frank-3',
      'CLIENT_jane-1',
      'CLIENT_jane-2',
    ]);
    const kinds = Object.fromEntries([...all].map(([id, a]) => [id, a.kind]));
    expect(kinds).toEqual({
      'CLIENT_bob-1': 'attempt',
      'CLIENT_carol-1': 'attempt',
      'CLIENT_dan-1': 'attempt',
      'CLIENT_erin-7': 'signed-in',
      'CLIENT_frank-3': 'signed-in',
      'CLIENT_jane-1': 'attempt',
      'CLIENT_jane-2': 'signed-in',
    });
  });

  it('a signed-in client refreshing its token is never a failure nor an escalation', () => {
    for (const id of ['CLIENT_jane-2', 'CLIENT_erin-7', 'CLIENT_frank-3']) {
      const activity = get(id);
      expect(activity).toMatchObject({ kind: 'signed-in', failed: [] });
      expect([activity.stop, activity.stopKind, activity.target]).toEqual([undefined, undefined, undefined]);
    }
    expect(get('CLIENT_jane-2').seen).toEqual(['device-profile-request', 'token-validation', 'device-list']);
    expect(get('CLIENT_erin-7').seen).toEqual(['token-validation']);
  });

  it('jane signs in completely on the desktop', () => {
    expect(get('CLIENT_jane-1')).toMatchObject({
      stop: undefined,
      failed: [],
      platform: 'desktop',
      users: { webex: 'jane@acme.example', broadworks: 'jane_bw@acme.example', sent: 'jane_bw@acme.example' },
    });
    expect(get('CLIENT_jane-1').seen).toEqual(catalogue.signIn.steps.map((s) => s.id));
  });

  it('bob: the password was refused, which leads to the credentials; the profile request’s bare 401 is its consequence', () => {
    expect(get('CLIENT_bob-1')).toMatchObject({
      stop: 'oci-authentication',
      stopKind: 'failed',
      failed: ['profile-request', 'oci-authentication'],
      target: 'flow:sign-in/use-web-access-password',
      reasons: { 'profile-request': '401', 'oci-authentication': '[Error 4962] Invalid password' },
    });
  });

  it('carol: stops at the first failed step, the user look-up, naming the id that was sent and the BroadWorks one', () => {
    const carol = get('CLIENT_carol-1');
    // The look-up (5.3) failed, and so did the token (5.4): the attempt stops at the first.
    expect(carol.failed).toEqual(['login-info', 'token-generated']);
    expect(carol).toMatchObject({
      stop: 'login-info',
      stopKind: 'failed',
      target: 'flow:sign-in/escalate-sign-in',
      reasons: { 'login-info': '[Error 4008] User not found: carol@acme.example', 'token-generated': 'user not found' },
      users: { webex: 'carol@acme.example', broadworks: 'carol_bw@acme.example', sent: 'carol@acme.example' },
    });
    // "Token not generated" is no success, and nothing after it is seen.
    expect(carol.seen).not.toContain('token-generated');
    expect(carol.seen).toEqual(['profile-request', 'oci-authentication', 'subscriber-data', 'profile-returned', 'token-request']);
  });

  it('dan: a desktop client whose device list holds no Business Communicator - PC', () => {
    expect(get('CLIENT_dan-1')).toMatchObject({
      platform: 'desktop',
      stop: 'device-list',
      stopKind: 'failed',
      target: 'flow:calling/provision-desktop-device',
      reasons: { 'device-list': 'Business Communicator - PC' },
    });
  });

  it('frank: a mobile device list is not judged by the desktop rule', () => {
    expect(get('CLIENT_frank-3')).toMatchObject({ platform: 'mobile', failed: [] });
  });

  it('an OCI-P error minutes after a thread served bob is not bob’s', () => {
    expect(get('CLIENT_bob-1').lines.some((l) => l.text.includes('old@acme.example'))).toBe(false);
  });

  it('the same whatever the order of the logs and however they are cut', () => {
    const summary = (m: Map<string, SignInAttempt>) =>
      [...m.values()].map((a) => [a.trackingId, a.kind, a.stop, a.failed, a.seen, a.reasons, a.users, a.target]).sort();
    const expected = summary(everything());
    expect(summary(attemptsOf([...DAY].reverse()))).toEqual(expected);
    for (const pieces of [1, 3, 50, 997]) expect(summary(attemptsOf(DAY, dayFile, pieces))).toEqual(expected);
  });

  it('one log alone: an attempt seen only in the authentication service stops after its last step there', () => {
    const auth = attemptsOf(['authenticationService.log']);
    // jane-1's token request starts an attempt. The token's validation is in
    // this log too, so the device profile request before it did happen (its
    // line is in another log); the attempt stops after the last step seen.
    expect(auth.get('CLIENT_jane-1')).toMatchObject({ kind: 'attempt', stop: 'device-list', stopKind: 'missing' });
    expect(auth.get('CLIENT_carol-1')).toMatchObject({ stop: 'login-info', stopKind: 'failed' });
    expect(auth.get('CLIENT_erin-7')).toMatchObject({ kind: 'signed-in' });
  });
});

describe('each outcome line is read for its outcome', () => {
  const one = (lines: string[]) => [...attemptsOf(['x'], () => `${lines.join('\n')}\n`).values()][0];
  const head = [
    '2026-11-20 10:00:00,000 INFO  [https-jsse-nio-8443-exec-2] RequestLogger - GET /authService/token HTTP/1.1',
    '\thttp_bw_userid: x_bw@acme.example',
    '\ttrackingid: CLIENT_q-1',
    '2026-11-20 10:00:00,010 INFO  [https-jsse-nio-8443-exec-2] OciClient - UserGetLoginInfoRequest userId=x_bw@acme.example',
  ];

  it('"Token generated … StatusCode=200" is a generated token', () => {
    const attempt = one([
      ...head,
      '2026-11-20 10:00:00,050 INFO  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - Token generated, subject: x_bw@acme.example, StatusCode=200',
    ]);
    expect(attempt?.seen).toContain('token-generated');
    expect(attempt?.failed).toEqual([]);
  });

  it('"Token not generated …, reason: …" fails the token and quotes the reason', () => {
    const attempt = one([
      ...head,
      '2026-11-20 10:00:00,050 WARN  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - Token not generated, subject: x_bw@acme.example, reason: certificate not trusted',
    ]);
    expect(attempt).toMatchObject({
      stop: 'token-generated',
      failed: ['token-generated'],
      reasons: { 'token-generated': 'certificate not trusted' },
    });
    expect(attempt?.seen).not.toContain('token-generated');
  });

  it('a token manager line with a status other than 200 fails the token, quoting the status', () => {
    const attempt = one([...head, '2026-11-20 10:00:00,050 WARN  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - StatusCode=404']);
    expect(attempt).toMatchObject({ stop: 'token-generated', reasons: { 'token-generated': '404' } });
  });

  it('a token manager line that says neither is not a success either', () => {
    const attempt = one([...head, '2026-11-20 10:00:00,050 DEBUG [https-jsse-nio-8443-exec-2] LongLivedTokenManager - loading keys']);
    expect(attempt).toMatchObject({ stop: 'token-generated', stopKind: 'missing', failed: [] });
  });

  it('an OCI-P request without its answer is not an authenticated user', () => {
    const attempt = one([
      '2026.11.20 10:00:00:020 CET | Info | Xsi | http-nio-443-exec-4 |',
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
      '\ttrackingid: CLIENT_r-1',
      '2026.11.20 10:00:00:030 CET | Info | OCI-P | http-nio-443-exec-4 |',
      '\tSending request: AuthenticationVerifyRequest',
    ]);
    expect(attempt).toMatchObject({ seen: ['profile-request'], stop: 'oci-authentication', stopKind: 'missing' });
  });
});

describe('sign-in details an engineer reads', () => {
  const xsi = (time: string, thread: string, ...lines: string[]) => [`2026.11.20 ${time}:000 CET | Info | Xsi | ${thread} |`, ...lines];
  const text = (...entries: string[][]) => `${entries.flat().join('\n')}\n`;
  const only = (log: string, file = 'x') => [...attemptsOf([file], () => log).values()];

  it('cites the lines of each step, each with its file and line number', () => {
    const carol = attemptsOf(['authenticationService.log'], dayFile).get('CLIENT_carol-1');
    expect(carol?.lines.map((l) => `${l.file ?? ''}:${String(l.line)}`)).toEqual([
      'authenticationService.log:7',
      'authenticationService.log:10',
      'authenticationService.log:11',
      'authenticationService.log:12',
    ]);
    expect(carol?.lines[2]?.text).toContain('[Error 4008] User not found');
  });

  it('keeps a refusal a refusal when the entry also gives the error text', () => {
    const bob = attemptsOf(DAY).get('CLIENT_bob-1');
    expect(bob?.refused).toEqual(['profile-request', 'oci-authentication']);
  });

  it('quotes at most 200 characters of a reason, and shows at most 400 of a line', () => {
    const reason = 'r'.repeat(500);
    const [attempt] = only(
      text(
        xsi(
          '10:00:00',
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-1',
        ),
        xsi('10:00:01', 'http-nio-443-exec-1', `\tReceived response: ErrorResponse [Error 4962] ${reason}`),
      ),
    );
    expect(attempt?.reasons['profile-request']).toBe(`[Error 4962] ${'r'.repeat(200 - 13)}…`);
    const long = attempt?.lines.find((l) => l.text.includes('ErrorResponse'))?.text ?? '';
    expect(long.length).toBeLessThanOrEqual(401);
    expect(long.endsWith('…')).toBe(true);
  });

  it('shows a user id that is not valid URL encoding as it is written', () => {
    const [attempt] = only(
      text(
        xsi(
          '10:00:00',
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%E0%A4%A/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-2',
        ),
      ),
    );
    expect(attempt?.users.webex).toBe('a%E0%A4%A');
  });

  it('keeps the first user id and the first platform an attempt names', () => {
    const [attempt] = only(
      text(
        xsi(
          '10:00:00',
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/first%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-3',
        ),
        xsi(
          '10:00:01',
          'http-nio-443-exec-2',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/second%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-3',
        ),
        xsi(
          '10:00:02',
          'http-nio-443-exec-3',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/x/profile/device HTTP/1.1',
          '\tuser-agent: WebexTeams (iOS/43.2)',
          '\ttrackingid: CLIENT_t-3',
        ),
        xsi(
          '10:00:03',
          'http-nio-443-exec-4',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/x/profile/device HTTP/1.1',
          '\tuser-agent: WebexTeams (Windows/43.2)',
          '\ttrackingid: CLIENT_t-3',
        ),
      ),
    );
    expect(attempt?.users.webex).toBe('first@b.example');
    expect(attempt?.platform).toBe('mobile');
  });

  it('a failure in an entry that names no step, before any step, is said to be unplaced', () => {
    const [attempt] = only(text(xsi('10:00:00', 'http-nio-443-exec-1', '\tSomething: ErrorResponse', '\ttrackingid: CLIENT_t-4')));
    expect(attempt).toMatchObject({ failedUnplaced: true, failed: [], kind: 'signed-in' });
  });

  it('the device list is judged with the platform another log gives, and a later entry with the device satisfies it', () => {
    const list = (device: string) =>
      text(
        xsi(
          '10:00:00',
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-5',
        ),
        xsi('10:00:01', 'http-nio-443-exec-1', '\tReceived response: UserPrimaryAndSCADeviceGetListResponse'),
        xsi('10:00:01', 'http-nio-443-exec-1', `\tResponse 200 sent <AccessDevices><deviceType>${device}</deviceType></AccessDevices>`),
      );
    const agent = text(
      xsi(
        '10:00:02',
        'http-nio-443-exec-9',
        '\tuser-agent: WebexTeams (Mac/43.2) GET /com.broadsoft.xsi-actions/v2.0/user/x/profile/device',
        '\ttrackingid: CLIENT_t-5',
      ),
    );
    const judged = (device: string) => attemptsOf(['a', 'b'], (f) => (f === 'a' ? list(device) : agent)).get('CLIENT_t-5');
    expect(judged('Polycom VVX 450')).toMatchObject({
      platform: 'desktop',
      stop: 'device-list',
      target: 'flow:calling/provision-desktop-device',
    });
    expect(judged('Business Communicator - PC')?.failed).toEqual([]);
    // Without the other log the platform is unknown: nothing is concluded.
    expect(attemptsOf(['a'], () => list('Polycom VVX 450')).get('CLIENT_t-5')?.failed).toEqual([]);
  });

  it('a server error at a step with a refusal target is no refusal: it leads to the escalation', () => {
    const [attempt] = only(
      text(
        xsi(
          '10:00:00',
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-6',
        ),
        xsi('10:00:01', 'http-nio-443-exec-1', '\tResponse 500 sent for GET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile'),
      ),
    );
    expect(attempt).toMatchObject({
      stop: 'profile-request',
      refused: [],
      target: 'flow:sign-in/escalate-sign-in',
      reasons: { 'profile-request': '500' },
    });
  });

  it('keeps at most 12 lines of an attempt per log, 36 across logs, and at most the given number of ids', () => {
    const many = text(
      ...Array.from({ length: 20 }, (_, i) =>
        xsi(
          `10:00:${String(i).padStart(2, '0')}`,
          'http-nio-443-exec-1',
          '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
          '\ttrackingid: CLIENT_t-7',
        ),
      ),
    );
    expect(traces(many)[0]?.lines).toHaveLength(12);
    expect(attemptsOf(['a', 'b', 'c', 'd'], () => many).get('CLIENT_t-7')?.lines).toHaveLength(36);
    const collector = createSignInCollector(catalogue.signIn, 2);
    const verdict = createSignInJudge(catalogue.signIn)([{ line: 1, text: 'GET /com.broadsoft.xsi-actions/v2.0/user/a/profile HTTP/1.1' }]);
    for (const id of ['CLIENT_1', 'CLIENT_2', 'CLIENT_3']) collector.add(id, verdict);
    expect(collector.traces().map((t) => t.trackingId)).toEqual(['CLIENT_1', 'CLIENT_2']);
  });
});

describe('which reason a step keeps when two logs give one', () => {
  it('takes the one that says more of the same failure', () => {
    expect(saysMore('token not validated: token expired', 'Token not validated')).toBe(true);
    expect(saysMore('[Error 4962] Invalid password', '401')).toBe(true);
    expect(saysMore('Invalid password', '')).toBe(true);
  });
  it('keeps the first one otherwise', () => {
    // Another failure, not more of the same: the first stays.
    expect(saysMore('no signing key in the keystore', 'Token not validated')).toBe(false);
    // Less, or the same again.
    expect(saysMore('Token not validated', 'token not validated: token expired')).toBe(false);
    expect(saysMore('Token not validated', 'token not validated')).toBe(false);
    // A status never replaces words, nor another status, nor does nothing replace anything.
    expect(saysMore('401', 'Invalid password')).toBe(false);
    expect(saysMore('403', '401')).toBe(false);
    expect(saysMore('', '401')).toBe(false);
  });
});
