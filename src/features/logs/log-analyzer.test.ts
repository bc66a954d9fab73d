import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { createAnalyzer, MAX_LINE } from './log-analyzer';

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

  it('XSP sign-in: attempts grouped by tracking id, with the first missing step and failures', () => {
    const { signIns } = analyze(fixture('xsp-sign-in.log'), 13);
    const ok = signIns.find((s) => s.trackingId === 'CLIENT_abc-123');
    const broken = signIns.find((s) => s.trackingId === 'CLIENT_def-456');
    expect(ok?.firstMissing).toBeUndefined();
    expect(ok?.failed).toBe(false);
    expect(broken?.seen).toEqual(['profile-request', 'oci-authentication', 'token-request', 'login-info']);
    expect(broken?.firstMissing).toBe('token-generated');
    expect(broken?.failed).toBe(true);
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

  it('honours a kind chosen by the user', () => {
    expect(analyze(fixture('pslog-ok.log'), 3, 'client-log').findings).toEqual([]);
  });
});
