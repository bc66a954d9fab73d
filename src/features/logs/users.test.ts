import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { combineSignIns, createAnalyzer } from './log-analyzer';
import { attemptUser, findingExplanation } from './log-results';
import { parse } from '@formatjs/icu-messageformat-parser';
import { createTranslator, type Messages } from '../../i18n/translator';
import en from '../../i18n/messages/en.json';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function analyze(text: string) {
  const analyzer = createAnalyzer(catalogue);
  analyzer.push(text);
  return analyzer.end();
}
const usersOf = (text: string) => Object.fromEntries(analyze(text).findings.map((f) => [f.id, f.users]));

describe('every per-user finding names its user', () => {
  it('a bridge status names the user its provisioning request was for, from the subscriberProfile', () => {
    const users = usersOf(fixture('mixed-as.log'));
    expect(users['bridge-409']).toEqual(['ann@acme.example']);
    expect(users['bridge-400']).toEqual(['ben@acme.example']);
    // The bridge's message names the user of its own exchange, even when it does not name one itself.
    expect(users['bridge-org-not-found']).toEqual(['ben@acme.example']);
  });

  it('a POST to an IP address and its 403 name the user, given on the profile’s line after the POST', () => {
    const users = usersOf(fixture('pslog-403-ip.log'));
    expect(users['post-to-ip-address']).toEqual(['jane.doe@acme.example']);
    expect(users['bridge-403']).toEqual(['jane.doe@acme.example']);
  });

  it('a profile check and the bridge message name the user of a profile written over several lines', () => {
    const users = usersOf(fixture('pslog-profile-problems.log'));
    expect(users['profile-with-bad-email']).toEqual(['bob@acme.example']);
    expect(users['bridge-untrusted-email']).toEqual(['bob@acme.example']);
    expect(users['bridge-400']).toEqual(['bob@acme.example']);
  });

  it('an end-user code names the user its line names, by userId= first, else by e-mail', () => {
    const users = usersOf(
      [
        '2026.11.20 10:00:00:001 CET | Warn | Portal | userId=kim_bw@acme.example email=kim@acme.example error 200010',
        '2026.11.20 10:00:01:001 CET | Warn | Portal | activation failed for lou@acme.example: 200010',
        '2026.11.20 10:00:02:001 CET | Warn | Portal | error 200010 for user',
      ].join('\n'),
    );
    expect(users['code-200010']).toEqual(['kim_bw@acme.example', 'lou@acme.example']);
  });

  it('a finding in an unrelated line after a provisioning request is not given that request’s user', () => {
    const text = [
      '2026.11.20 11:00:00:001 CET | Info | ProvisioningAdapter',
      'POST https://bridge.example.com/provisioning/api/v1/subscribers HTTP/1.1',
      '<subscriberProfile><bwuserid>ann@acme.example</bwuserid><primaryPhoneNumber>+40212345679</primaryPhoneNumber><email>ann@acme.example</email></subscriberProfile>',
      '2026.11.20 11:00:00:002 CET | Info | OCI-P | [Error 18215] provisioning failed',
      'HTTP/1.1 200 OK',
    ].join('\n');
    const users = usersOf(text);
    expect(users['imp-provisioning-error']).toBeUndefined();
    expect(users['bridge-200']).toEqual(['ann@acme.example']);
  });

  it('a sign-in attempt is about its BroadWorks user, else the id sent, else the Webex id; a signed-in client too', () => {
    const day = ['access_log.txt', 'XsiActionsLog.txt', 'authenticationService.log'].map((file) => ({
      file,
      traces: analyze(fixture(`xsp-day/${file}`)).signIns,
    }));
    const users = Object.fromEntries(combineSignIns(catalogue, day).map((a) => [a.trackingId, attemptUser(a)]));
    expect(users).toEqual({
      'CLIENT_jane-1': 'jane_bw@acme.example',
      'CLIENT_bob-1': 'bob@acme.example',
      'CLIENT_carol-1': 'carol_bw@acme.example',
      'CLIENT_dan-1': 'dan_bw@acme.example',
      'CLIENT_jane-2': 'jane_bw@acme.example',
      'CLIENT_frank-3': 'frank_bw@acme.example',
      'CLIENT_erin-7': undefined,
    });
  });

  it('says whom a finding is about, masked as the report is', () => {
    const messages = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, parse(value)])) as unknown as Messages;
    const t = createTranslator('en', messages);
    const finding = {
      id: 'bridge-409',
      target: 'flow:provisioning/user-in-ci',
      count: 2,
      lines: [],
      users: ['ann@acme.example', 'ben@acme.example'],
    };
    const texts = { kinds: {}, findings: { 'bridge-409': 'The bridge answered 409.' }, signIn: { title: '', complete: '', steps: {} } };
    expect(findingExplanation(finding, texts, t, {}, (s) => s.toUpperCase())).toBe(
      'The bridge answered 409. Users: ANN@ACME.EXAMPLE, BEN@ACME.EXAMPLE',
    );
    expect(findingExplanation({ ...finding, users: ['ann@acme.example'] }, texts, t, {}, (s) => s)).toBe(
      'The bridge answered 409. User: ann@acme.example',
    );
    expect(findingExplanation(finding, texts, t, {})).toBe('The bridge answered 409.');
  });
});
