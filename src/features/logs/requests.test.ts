import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { createAnalyzer } from './log-analyzer';
import { createRequestReader, tieRequests, type SignInRequest } from './requests';
import { combineSignIns, type SignInAttempt } from './sign-in';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

const dayFile = (name: string) => readFileSync(new URL(`./fixtures/xsp-day/${name}`, import.meta.url), 'utf8');

function attemptsOf(files: Readonly<Record<string, string>>): Map<string, SignInAttempt> {
  const combined = combineSignIns(
    catalogue,
    Object.entries(files).map(([file, text]) => {
      const analyzer = createAnalyzer(catalogue);
      analyzer.push(text);
      return { file, traces: analyzer.end().signIns };
    }),
  );
  return new Map(combined.map((a) => [a.trackingId, a]));
}

const get = (attempts: Map<string, SignInAttempt>, id: string) => {
  const attempt = attempts.get(id);
  if (!attempt) throw new Error(`no ${id}`);
  return attempt;
};

// One client's profile request, as the XsiActionsLog writes it.
const xsiProfile = (time: string, client: string, user: string, tracking: string) =>
  [
    `2026.11.20 ${time}:020 CET | Info       | Xsi | http-nio-443-exec-${tracking.length} |`,
    `\tIncoming request from ${client}`,
    `\tGET /com.broadsoft.xsi-actions/v2.0/user/${user}%40acme.example/profile HTTP/1.1`,
    '\tauthorization: Basic *****',
    '\tuser-agent: broadworksTeamsClient',
    `\ttrackingid: ${tracking}`,
  ].join('\n');

const accessProfile = (time: string, client: string, user: string, status: string, date = '20/Nov/2026') =>
  `${client} - - [${date}:${time} +0100] "GET /com.broadsoft.xsi-actions/v2.0/user/${user}%40acme.example/profile HTTP/1.1" ${status} 210`;

describe('access_log lines are tied to their attempt by client, second and request', () => {
  it('a day of logs: each profile GET and device GET shows its status in its step', () => {
    const day = attemptsOf({
      'access_log.txt': dayFile('access_log.txt'),
      'XsiActionsLog.txt': dayFile('XsiActionsLog.txt'),
      'authenticationService.log': dayFile('authenticationService.log'),
    });
    expect(get(day, 'CLIENT_jane-1').statuses).toEqual({
      'profile-request': '200',
      'device-profile-request': '200',
      'token-validation': '200',
    });
    expect(get(day, 'CLIENT_bob-1').statuses).toEqual({ 'profile-request': '401' });
    expect(get(day, 'CLIENT_dan-1').statuses).toEqual({
      'profile-request': '200',
      'token-request': '200',
      'device-profile-request': '200',
      'token-validation': '200',
    });
    expect(get(day, 'CLIENT_frank-3').statuses).toEqual({ 'device-profile-request': '200' });
    // The tied line is cited with the attempt, with its file.
    expect(get(day, 'CLIENT_bob-1').lines).toContainEqual({
      line: 3,
      text: accessProfile('09:00:00', '198.51.100.20', 'bob', '401'),
      file: 'access_log.txt',
    });
  });

  it('two token requests from the IdP proxy in one second stay untied: neither jane’s nor carol’s', () => {
    const day = attemptsOf({
      'access_log.txt': dayFile('access_log.txt'),
      'authenticationService.log': dayFile('authenticationService.log'),
    });
    expect(get(day, 'CLIENT_jane-1').statuses['token-request']).toBeUndefined();
    expect(get(day, 'CLIENT_carol-1').statuses['token-request']).toBeUndefined();
    // The 404 of one of them is not read as jane's failure.
    expect(get(day, 'CLIENT_jane-1').failed).toEqual([]);
  });

  it('the access_log alone makes no attempt: its lines have no tracking id', () => {
    expect(attemptsOf({ 'access_log.txt': dayFile('access_log.txt') }).size).toBe(0);
  });

  it('a tied token request’s 404 fails the token request, quoting the status', () => {
    const auth = [
      '2026-11-20 10:00:05,100 INFO  [https-jsse-nio-8443-exec-9] RequestLogger - GET /authService/token HTTP/1.1 from 198.51.100.20',
      '\thttp_bw_userid: kim@acme.example',
      '\ttrackingid: CLIENT_kim-1',
    ].join('\n');
    const access = '198.51.100.20 - - [20/Nov/2026:10:00:05 +0100] "GET /authService/token HTTP/1.1" 404 0';
    const kim = get(attemptsOf({ access_log: access, auth }), 'CLIENT_kim-1');
    expect(kim).toMatchObject({
      stop: 'token-request',
      stopKind: 'failed',
      reasons: { 'token-request': '404' },
      statuses: { 'token-request': '404' },
    });
  });

  it('a 401 in the access_log refuses the profile request and leads to the credentials', () => {
    const attempts = attemptsOf({
      xsi: xsiProfile('10:00:00', '198.51.100.20', 'lea', 'CLIENT_lea-1'),
      access: accessProfile('10:00:00', '198.51.100.20', 'lea', '401'),
    });
    expect(get(attempts, 'CLIENT_lea-1')).toMatchObject({
      stop: 'profile-request',
      refused: ['profile-request'],
      target: 'flow:sign-in/use-web-access-password',
    });
  });

  it('never ties a line whose client, second, date or path differs', () => {
    const xsi = xsiProfile('10:00:00', '198.51.100.20', 'lea', 'CLIENT_lea-1');
    for (const access of [
      accessProfile('10:00:00', '198.51.100.21', 'lea', '401'),
      accessProfile('10:00:01', '198.51.100.20', 'lea', '401'),
      accessProfile('10:00:00', '198.51.100.20', 'lea', '401', '21/Nov/2026'),
      accessProfile('10:00:00', '198.51.100.20', 'leah', '401'),
    ]) {
      const lea = get(attemptsOf({ xsi, access }), 'CLIENT_lea-1');
      expect(lea.statuses).toEqual({});
      expect(lea.failed).toEqual([]);
      expect(lea.lines.every((l) => l.file === 'xsi')).toBe(true);
    }
  });

  it('two clients in one second, each from its own address and for its own user, get each their own status', () => {
    const attempts = attemptsOf({
      xsi: [
        xsiProfile('10:00:00', '198.51.100.20', 'lea', 'CLIENT_lea-1'),
        xsiProfile('10:00:00', '198.51.100.22', 'max', 'CLIENT_max-12'),
      ].join('\n'),
      access: [accessProfile('10:00:00', '198.51.100.22', 'max', '200'), accessProfile('10:00:00', '198.51.100.20', 'lea', '403')].join(
        '\n',
      ),
    });
    expect(get(attempts, 'CLIENT_lea-1').statuses).toEqual({ 'profile-request': '403' });
    expect(get(attempts, 'CLIENT_max-12').statuses).toEqual({ 'profile-request': '200' });
  });

  it('the same request twice in one second stays untied, from either side', () => {
    const xsi = xsiProfile('10:00:00', '198.51.100.20', 'lea', 'CLIENT_lea-1');
    const twice = [accessProfile('10:00:00', '198.51.100.20', 'lea', '200'), accessProfile('10:00:00', '198.51.100.20', 'lea', '401')].join(
      '\n',
    );
    expect(get(attemptsOf({ xsi, access: twice }), 'CLIENT_lea-1').statuses).toEqual({});
    const two = [xsi, xsiProfile('10:00:00', '198.51.100.20', 'lea', 'CLIENT_lea-22')].join('\n');
    const attempts = attemptsOf({ xsi: two, access: accessProfile('10:00:00', '198.51.100.20', 'lea', '401') });
    expect(get(attempts, 'CLIENT_lea-1').statuses).toEqual({});
    expect(get(attempts, 'CLIENT_lea-22').statuses).toEqual({});
    expect(get(attempts, 'CLIENT_lea-22').failed).toEqual([]);
  });
});

describe('reading requests', () => {
  const requests = catalogue.signIn.requests;
  if (!requests) throw new Error('the catalogue ties no requests');

  it('reads an access_log line in the common log format', () => {
    const reader = createRequestReader(requests);
    const line = { line: 4, text: '127.0.0.1 - - [05/Jan/2027:23:59:59 +0100] "POST /authService/token HTTP/1.1" 200 388' };
    expect(reader.access(line)).toEqual({
      client: '127.0.0.1',
      at: '2027-01-05 23:59:59',
      method: 'POST',
      target: '/authService/token',
      status: '200',
      line,
    });
    expect(
      reader.access({ line: 1, text: '127.0.0.1 - - [05/Foo/2027:23:59:59 +0100] "POST /authService/token HTTP/1.1" 200 388' }),
    ).toBeUndefined();
    expect(reader.access({ line: 1, text: 'GET /authService/token HTTP/1.1 from 127.0.0.1' })).toBeUndefined();
  });

  it('reads the request an entry shows, with its date and second', () => {
    const reader = createRequestReader(requests);
    const lines = [
      { line: 1, text: '2026.11.20 09:00:00:020 CET | Info | Xsi | http-nio-443-exec-7 |' },
      { line: 2, text: '\tIncoming request from 198.51.100.20' },
      { line: 3, text: '\tGET /com.broadsoft.xsi-actions/v2.0/user/jane%40acme.example/profile HTTP/1.1' },
    ];
    expect(reader.date(lines[0]?.text ?? '')).toBe('2026-11-20');
    expect(reader.inEntry(lines, '2026-11-20', 9 * 3600 + 5 * 60 + 7)).toEqual({
      client: '198.51.100.20',
      at: '2026-11-20 09:05:07',
      method: 'GET',
      target: '/com.broadsoft.xsi-actions/v2.0/user/jane%40acme.example/profile',
    });
    // Without its client, its date or its time, an entry's request cannot be tied.
    expect(reader.inEntry(lines.slice(0, 1).concat(lines.slice(2)), '2026-11-20', 1)).toBeUndefined();
    expect(reader.inEntry(lines, undefined, 1)).toBeUndefined();
    expect(reader.inEntry(lines, '2026-11-20', undefined)).toBeUndefined();
    // The Xsi's own POST to the loopback names no client: it is not a request it received.
    expect(reader.inEntry([{ line: 1, text: 'POST http://127.0.0.1:80/authService/token' }], '2026-11-20', 1)).toBeUndefined();
  });

  it('ties one line to one tracking id only', () => {
    const request = (client: string, status?: string): SignInRequest => ({
      client,
      at: '2026-11-20 09:00:00',
      method: 'GET',
      target: '/authService/token',
      status,
      line: { line: 1, text: client },
    });
    const tracked = new Map([
      ['CLIENT_a', [request('10.0.0.1')]],
      ['CLIENT_b', [request('10.0.0.2')]],
      ['CLIENT_c', [request('10.0.0.2')]],
    ]);
    const tied = tieRequests(tracked, [
      { file: 'access', request: request('10.0.0.1', '200') },
      { file: 'access', request: request('10.0.0.2', '404') },
      { file: 'access', request: request('10.0.0.3', '500') },
    ]);
    expect(tied.map((t) => [t.trackingId, t.request.status])).toEqual([['CLIENT_a', '200']]);
    // The same tracking id showing the request in two logs is one owner.
    const both = new Map([['CLIENT_a', [request('10.0.0.1'), request('10.0.0.1')]]]);
    expect(tieRequests(both, [{ file: 'access', request: request('10.0.0.1', '200') }])).toHaveLength(1);
  });
});

describe('the cheap finder of access_log lines', () => {
  const requests = () => {
    const r = catalogue.signIn.requests;
    if (!r) throw new Error('the catalogue has no requests');
    return { candidate: new RegExp(r.candidate), access: new RegExp(r.access) };
  };
  it('finds every line the access_log pattern reads, in every log set and for HTTP/2.0', () => {
    const { candidate, access } = requests();
    const lines = ['busy-day', 'abandoned', 'user-not-found', 'token-not-validated'].flatMap((set) =>
      readFileSync(new URL(`./fixtures/xsp-sets/${set}/access_log.txt`, import.meta.url), 'utf8').split('\n'),
    );
    lines.push('198.51.100.20 - - [20/Nov/2026:09:00:00 +0100] "GET /com.broadsoft.xsi-actions/v2.0/user/x/profile HTTP/2.0" 200 1432');
    const read = lines.filter((line) => access.test(line));
    expect(read.length).toBeGreaterThan(200);
    expect(read.filter((line) => !candidate.test(line))).toEqual([]);
  });
  it('passes over status lines of other logs, which no access_log reading could tie', () => {
    const { candidate } = requests();
    expect(
      candidate.test('2026-11-20 12:00:00.001 access_log "GET /com.broadsoft.xsi-actions/v2.0/user/a%40b.c/services HTTP/1.1" 200 512'),
    ).toBe(false);
    expect(candidate.test('HTTP/1.1 409 Conflict')).toBe(false);
  });
});
