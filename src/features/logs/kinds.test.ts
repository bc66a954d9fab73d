import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { createAnalyzer } from './log-analyzer';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const analyze = (name: string) => {
  const analyzer = createAnalyzer(catalogue);
  analyzer.push(fixture(name));
  return analyzer.end();
};

describe('each kind of log gets its own label', () => {
  it('a BroadWorks web portal (CommPilot) log is not an XsiActionsLog, though it holds OCI-P requests', () => {
    const result = analyze('web-portal-commpilot.log');
    expect(result.kind).toBe('web-portal-log');
    // Its OCI-P traffic has no tracking id: no sign-in attempt is made of it.
    expect(result.signIns).toEqual([]);
  });

  it('a Webex app log with the activation portal’s answers is not a PSLog, and its 400 is no bridge finding', () => {
    const result = analyze('client-activation.log');
    expect(result.kind).toBe('client-log');
    expect(result.findings.map((f) => f.id)).toEqual(['code-200010']);
    expect(result.findings[0]?.users).toEqual(['kim@acme.example']);
  });

  it('the logs they could be taken for keep their labels', () => {
    expect(
      Object.fromEntries(
        [
          'pslog-ok.log',
          'pslog-403-ip.log',
          'pslog-profile-problems.log',
          'mixed-as.log',
          'xsp-day/XsiActionsLog.txt',
          'xsp-day/access_log.txt',
          'xsp-day/authenticationService.log',
          'client-bwc.log',
        ].map((name) => [name, analyze(name).kind]),
      ),
    ).toEqual({
      'pslog-ok.log': 'pslog',
      'pslog-403-ip.log': 'pslog',
      'pslog-profile-problems.log': 'pslog',
      'mixed-as.log': 'pslog',
      'xsp-day/XsiActionsLog.txt': 'xsi-actions-log',
      'xsp-day/access_log.txt': 'access-log',
      'xsp-day/authenticationService.log': 'authentication-service-log',
      'client-bwc.log': 'bwc-log',
    });
  });
});
