import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMasker, type MaskLabels } from './mask';

const EN: MaskLabels = { email: 'e-mail', phone: 'phone', name: 'name', secret: 'secret' };
const masker = () => createMasker(EN);
const once = (text: string) => masker()(text);

describe('masking hides what is personal', () => {
  it.each([
    // XsiActionsLog: the profile request names the user in its path, URL-encoded.
    [
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/jane%40acme.example/profile HTTP/1.1',
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/‹e-mail 1›/profile HTTP/1.1',
    ],
    // authenticationService: the user id the token request sends.
    ['\thttp_bw_userid: jane_bw@acme.example', '\thttp_bw_userid: ‹e-mail 1›'],
    // OCI-P in the XsiActionsLog.
    ['\tSending request: UserGetRequest userId=jane@acme.example', '\tSending request: UserGetRequest userId=‹e-mail 1›'],
    // A PSLog subscriber profile: phone number and e-mail in their fields.
    [
      '<bwuserid>jane.doe@acme.example</bwuserid><primaryPhoneNumber>+40212345678</primaryPhoneNumber><email>jane.doe@acme.example</email>',
      '<bwuserid>‹e-mail 1›</bwuserid><primaryPhoneNumber>‹phone 1›</primaryPhoneNumber><email>‹e-mail 1›</email>',
    ],
    // OCI-P names and numbers.
    [
      '<firstName>Jane</firstName><lastName>Van der Berg</lastName><phoneNumber>2405551234</phoneNumber><extension>1234</extension>',
      '<firstName>‹name 1›</firstName><lastName>‹name 2›</lastName><phoneNumber>‹phone 1›</phoneNumber><extension>1234</extension>',
    ],
    // JSON from a client log.
    [
      '{"displayName":"Jane Doe","mobile":"+31 6 1234 5678","orgId":"3f1e"}',
      '{"displayName":"‹name 1›","mobile":"‹phone 1›","orgId":"3f1e"}',
    ],
    // Credentials in headers: the scheme stays, the credential goes.
    ['\tauthorization: Basic amFuZTpzZWNyZXQ=', '\tauthorization: Basic ‹secret 1›'],
    ['Authorization: Bearer NzQ1YjM2ZGQtN2Q2Ny00', 'Authorization: Bearer ‹secret 1›'],
    ['\tCookie: JSESSIONID=1A2B3C; sso=xyz', '\tCookie: ‹secret 1›'],
    // Passwords and tokens in key-value text and OCI-P.
    ['AuthenticationVerifyRequest userId=bob password=Hunter2!', 'AuthenticationVerifyRequest userId=bob password=‹secret 1›'],
    ['<password>Hunter2!</password>', '<password>‹secret 1›</password>'],
    ['{"token":"abc.def.ghi","expires":3600}', '{"token":"‹secret 1›","expires":3600}'],
    ['POST /x?access_token=9f8e7d6c&state=ok', 'POST /x?access_token=‹secret 1›&state=ok'],
    // A JSON Web Token anywhere.
    ['llt=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJlLXBhcnQ rest', 'llt=‹secret 1› rest'],
    // Numbers in SIP and tel URIs, and E.164 numbers standing alone.
    ['INVITE sip:+31201234567@sbc.acme.example;user=phone SIP/2.0', 'INVITE sip:‹phone 1›@sbc.acme.example;user=phone SIP/2.0'],
    ['<tel:0201234567>', '<tel:‹phone 1›>'],
    ['calling +1 (555) 123-4567 now', 'calling ‹phone 1› now'],
  ])('%s', (line, expected) => {
    expect(once(line)).toBe(expected);
  });
});

describe('masking leaves alone what the diagnosis needs', () => {
  const lines = [
    // Timestamps of every kind of log, ISO dates among them.
    '2026-11-20T08:00:01.542Z <Error> [0x70000476b000] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded',
    '2026.11.20 12:00:00:020 CET | Info       | Xsi | http-nio-443-exec-7 |',
    '2026-11-20 12:00:01,050 INFO  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - Token generated, issuer: BroadWorks, StatusCode=200',
    '198.51.100.20 - - [20/Nov/2026:12:00:00 +0100] "GET /com.broadsoft.xsi-actions/v2.0/user/x/profile HTTP/1.1" 200 1432',
    // OCI-P session ids and sequence numbers.
    '<BroadsoftDocument protocol="OCI" xmlns="C"><sessionId xmlns="">10.1.2.3,2132123541,1607609472123</sessionId>',
    'sessionId=1607609472123.2132123541 seq=448812',
    // Tracking ids, whole, UUIDs in them or not.
    '\ttrackingid: CLIENT_abc-123',
    'trackingid=CLIENT_3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f_1607609472',
    'X-BROADSOFT-CORRELATION-ID: CLIENT_2b1c:7788:webex',
    // Organization UUIDs and versions.
    'orgId=3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
    'user-agent: WebexTeams (Windows/10.0.19045) version 43.2.0.25211',
    'Release 24.0 build 1021.440',
    // What the server already hid.
    '\tauthorization: Basic *****',
    '\tauthorization: Bearer …',
    // Status lines and counts.
    'Response 401 sent for GET /authService/token',
    'HTTP/1.1 409 Conflict, took 12345678 ms',
    '\tGET /authService/token HTTP/1.1',
    '+0100 offset; 20261120120001',
  ];
  it.each(lines)('%s', (line) => {
    expect(once(line)).toBe(line);
  });

  // A line built only of pieces with no personal data is never changed.
  const piece = fc.oneof(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().replace('T', ' ').replace('Z', '').replace('.', ',')),
    fc.uuid().map((u) => `trackingid: CLIENT_${u}`),
    fc.uuid(),
    fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.')),
    fc.tuple(fc.nat(99), fc.nat(9), fc.nat(9), fc.nat(99999)).map((parts) => parts.join('.')),
    fc.tuple(fc.nat(2 ** 31), fc.nat(2 ** 31)).map(([a, b]) => `sessionId=${String(a)},${String(b)}`),
    fc.integer({ min: 100, max: 599 }).map((s) => `HTTP/1.1 ${String(s)}`),
    fc.nat().map(String),
    fc.constantFrom(
      'GET',
      'POST',
      '/authService/token',
      'StatusCode=200',
      'Token validated',
      'http-nio-443-exec-7',
      '|',
      ':',
      '-',
      '[',
      ']',
    ),
  );
  it('a path that ends in a field name is no field (found by the property below, seed 1747494629)', () => {
    expect(once('/authService/token : 2000-01-01T00:00:00.000Z')).toBe('/authService/token : 2000-01-01T00:00:00.000Z');
    expect(once('POST /authService/token: 200')).toBe('POST /authService/token: 200');
    expect(once('token: abc123def')).toBe('token: ‹secret 1›');
  });

  it('never changes a line that holds no personal data', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(' ', '\t', ' | ', ', '), (pieces, glue) => {
        const line = pieces.join(glue);
        expect(once(line)).toBe(line);
      }),
    );
  });
});

describe('placeholders within one report', () => {
  it('give the same value the same number, and different values different numbers', () => {
    const m = masker();
    expect(m('GET /user/jane%40acme.example/profile')).toBe('GET /user/‹e-mail 1›/profile');
    expect(m('http_bw_userid: jane_bw@acme.example')).toBe('http_bw_userid: ‹e-mail 2›');
    // The same address written plainly, or in another case, is the same user.
    expect(m('userId=Jane@Acme.example')).toBe('userId=‹e-mail 1›');
    expect(m('subject: jane_bw@acme.example')).toBe('subject: ‹e-mail 2›');
    // Each kind counts on its own.
    expect(m('<phoneNumber>+40212345678</phoneNumber> <firstName>Jane</firstName>')).toBe(
      '<phoneNumber>‹phone 1›</phoneNumber> <firstName>‹name 1›</firstName>',
    );
    expect(m('dialled +40 21 234 5678')).toBe('dialled ‹phone 1›');
  });

  it('start again in a new report', () => {
    masker()('a@b.example c@d.example');
    expect(masker()('c@d.example')).toBe('‹e-mail 1›');
  });

  it('are written in the reader language', () => {
    const ro = createMasker({ email: 'e-mail', phone: 'telefon', name: 'nume', secret: 'secret' });
    expect(ro('<firstName>Ion</firstName> +40212345678')).toBe('<firstName>‹nume 1›</firstName> ‹telefon 1›');
    const nl = createMasker({ email: 'e-mail', phone: 'telefoon', name: 'naam', secret: 'geheim' });
    expect(nl('password=x1 <lastName>Jansen</lastName>')).toBe('password=‹geheim 1› <lastName>‹naam 1›</lastName>');
  });
});
