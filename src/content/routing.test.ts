/**
 * Routing fixes of issue 12 C, each checked on the real content: where an
 * answer leads is what the guide says.
 */
import { describe, expect, it } from 'vitest';
import { realFlow } from '../build/real-content';
import { followAnswers, otherCauses, triedFixes } from './fix-outcome';
import { walkFlow } from './fix-walk';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../build/load-content';

const end = (flowId: string, answers: Record<string, string>) => followAnswers(realFlow(flowId), answers).at(-1)?.node.id;

describe('provisioning', () => {
  it('escalates a 200 OK whose user never appears, as the guide says, instead of checking the profile for a local fix', () => {
    expect(end('provisioning', { scope: 'not-sure', 'pslog-capture': 'status-200', 'wait-for-user': 'user-missing' })).toBe(
      'escalate-provisioning',
    );
    // A 200 OK whose user appears is the normal, asynchronous case.
    expect(end('provisioning', { scope: 'not-sure', 'pslog-capture': 'status-200', 'wait-for-user': 'user-appeared' })).toBe(
      'provisioned-async',
    );
  });
});

describe('sign-in', () => {
  it('gives the client-browser fix a way on: "not fixed" raises a case', () => {
    const flow = realFlow('sign-in');
    const answers = { symptom: 'portal-not-loading', 'portal-scope': 'client-specific', 'client-browser': 'not-fixed' };
    expect(followAnswers(flow, answers).at(-2)?.node.id).toBe('client-browser');
    expect(flow.nodes[end('sign-in', answers) ?? '']?.kind).toBe('escalation');
  });
});

describe('webview', () => {
  it('asks the two quick client checks before the template and CSW tag audit', () => {
    const path = (answers: Record<string, string>) => followAnswers(realFlow('webview'), answers).map((step) => step.node.id);
    expect(path({ symptom: 'link-missing' })).toEqual(['symptom', 'check-calling']);
    expect(path({ symptom: 'external-browser', 'check-calling': 'registered', 'check-version': 'recent-release' })).toEqual([
      'symptom',
      'check-calling',
      'check-version',
      'check-template',
    ]);
    expect(end('webview', { symptom: 'link-missing', 'check-calling': 'registered', 'check-version': 'recent-release', 'check-template': 'template-right' })).toBe(
      'escalate-link',
    );
  });

  it('after an update that did not help, goes on to the template audit, not back to calling the check already passed', () => {
    const answers = { symptom: 'link-missing', 'check-calling': 'registered', 'check-version': 'older-release', 'update-app': 'not-fixed' };
    expect(end('webview', answers)).toBe('check-template');
    expect(end('webview', { ...answers, 'check-template': 'template-wrong', 'fix-template': 'not-fixed' })).toBe('escalate-link');
  });
});

describe('sign-in with BroadWorks authentication', () => {
  it('has an answer for a refused password, which goes to the authentication checks without passing for an SSO failure', () => {
    const path = followAnswers(realFlow('sign-in'), { symptom: 'password-refused', 'auth-mode': 'broadworks' }).map((step) => step.node.id);
    expect(path).toEqual(['symptom', 'auth-mode', 'web-access-password']);
  });
});

describe('sign-in portal scope', () => {
  it('has a "don\'t know" answer that asks for a second client, which then tells client from service', () => {
    const flow = realFlow('sign-in');
    const unsure = { symptom: 'portal-not-loading', 'portal-scope': 'not-sure' };
    expect(followAnswers(flow, unsure).map((step) => step.node.id)).toEqual(['symptom', 'portal-scope', 'portal-other-client']);
    expect(end('sign-in', { ...unsure, 'portal-other-client': 'other-client-works' })).toBe('client-browser');
    expect(end('sign-in', { ...unsure, 'portal-other-client': 'other-client-fails' })).toBe('escalate-portal');
  });
});

describe('provisioning, some users with error 18215/18211', () => {
  it('checks the primary number (one look, definitive) before the Help Desk search (inconclusive when nothing is found)', () => {
    const path = (answers: Record<string, string>) => followAnswers(realFlow('provisioning'), answers).map((step) => step.node.id);
    const to18215 = { scope: 'some-users', 'user-errors': 'error-18215-18211' };
    expect(path(to18215)).toEqual(['scope', 'user-errors', 'primary-number']);
    expect(path({ ...to18215, 'primary-number': 'present' })).toEqual(['scope', 'user-errors', 'primary-number', 'email-in-helpdesk']);
    // Nothing found in Help Desk proves nothing: the PSLog response is read next.
    expect(end('provisioning', { ...to18215, 'primary-number': 'present', 'email-in-helpdesk': 'not-found' })).toBe('pslog-capture');
  });
});

describe('webview check-version', () => {
  it('asks something the engineer can check, the newest release, since no minimum version is given', () => {
    const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
    if (!result.ok) throw new Error('content does not load');
    const newest = { en: /newest release/, ro: /cea mai nouă versiune/, nl: /nieuwste release/ } as const;
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const node = result.texts[locale].flowDetails['webview']?.nodes['check-version'];
      expect(node?.title, locale).toMatch(newest[locale]);
      // The up-to-date answer is a fact the engineer can read off, not a judgement of "recent enough".
      expect(node?.answers['recent-release'], locale).toMatch(locale === 'en' ? /newest/ : locale === 'ro' ? /cea mai nouă/ : /nieuwste/);
    }
  });
});

/** Every complete path of a flow with its answers, "not fixed" jumps and ticked sets included (the content check's own walk). */
function everyPath(flowId: string): { path: readonly string[]; answers: Readonly<Record<string, string>> }[] {
  const found: { path: readonly string[]; answers: Readonly<Record<string, string>> }[] = [];
  walkFlow(realFlow(flowId), (path, answers) => found.push({ path: [...path], answers: { ...answers } }));
  return found;
}

describe('calling: another phone service', () => {
  it('checks the setup, then resets the client database as the guide does for a client tried with several calling services', () => {
    const path = (answers: Record<string, string>) => followAnswers(realFlow('calling'), answers).map((step) => step.node.id);
    expect(path({ 'check-client': 'other-service' })).toEqual(['check-client', 'other-service-check']);
    expect(path({ 'check-client': 'other-service', 'other-service-check': 'all-correct' })).toEqual([
      'check-client',
      'other-service-check',
      'reset-database',
    ]);
  });

  it('reaches the "no calling icon" escalation only on paths where the app shows no calling icon', () => {
    const paths = everyPath('calling').filter(({ path }) => path.includes('escalate-no-icon'));
    expect(paths.length).toBeGreaterThan(1);
    for (const { path, answers } of paths) expect(answers['check-client'], path.join(' > ')).toBe('no-icon');
    // And the escalation says only what holds on every such path.
    const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
    if (!result.ok) throw new Error('content does not load');
    expect(result.texts.en.flowDetails['calling']?.nodes['escalate-no-icon']?.body).toMatch(/no calling icon/);
    expect(result.texts.en.flowDetails['calling']?.nodes['escalate-calling']?.body).not.toMatch(/calling icon/);
  });
});

describe('calling: where the registration sequence stops', () => {
  const flow = () => realFlow('calling');
  const after = (answers: Record<string, string>) => followAnswers(flow(), answers).map((step) => step.node.id);

  it('branches on the step that fails: token or DMS to the authentication service, no REGISTER to the tags, no profile to the device', () => {
    const every = { 'check-client': 'no-sso-session', 'no-sso-scope': 'every-user' };
    expect(after({ ...every, 'trace-sequence': 'token-or-dms' }).at(-1)).toBe('auth-service');
    expect(after({ ...every, 'trace-sequence': 'no-register' }).at(-1)).toBe('tags');
    expect(after({ ...every, 'trace-sequence': 'profile-missing' }).at(-1)).toBe('provision-desktop-device');
    expect(after({ ...every, 'trace-sequence': 'register-fails' }).at(-1)).toBe('escalate-calling');
    // Cannot tell: the checks in the guide's order.
    expect(after({ ...every, 'trace-sequence': 'continue' }).at(-1)).toBe('auth-service');
  });

  it('is asked early: right after the scope for every user, after the quick history questions for one user', () => {
    expect(after({ 'check-client': 'no-sso-session', 'no-sso-scope': 'every-user' })).toEqual(['check-client', 'no-sso-scope', 'trace-sequence']);
    expect(after({ 'check-client': 'no-sso-session', 'no-sso-scope': 'one-user', 'no-sso-cause': 'neither' })).toEqual([
      'check-client',
      'no-sso-scope',
      'no-sso-cause',
      'trace-sequence',
    ]);
  });
});

describe('calling: one user or every user on the cluster', () => {
  it('offers the causes of one user or one client only when one user is affected', () => {
    const perUser = ['no-sso-cause', 'reset-database', 'registered-after-reset', 'one-session-per-platform'];
    const paths = everyPath('calling').filter(({ answers }) => answers['check-client'] === 'no-sso-session');
    const everyUser = paths.filter(({ answers }) => answers['no-sso-scope'] === 'every-user');
    const oneUser = paths.filter(({ answers }) => answers['no-sso-scope'] === 'one-user');
    expect(everyUser.length).toBeGreaterThan(0);
    for (const { path } of everyUser) for (const id of perUser) expect(path, path.join(' > ')).not.toContain(id);
    for (const id of perUser) expect(oneUser.some(({ path }) => path.includes(id)), id).toBe(true);
  });
});

describe('calling: several faults ticked at once', () => {
  it('goes through the fixes of the ticked faults in turn, in the guide\'s order, then escalates with what was tried', () => {
    const flow = realFlow('calling');
    // Ticked in another order than the guide's: the link is read the same.
    const answers: Record<string, string> = { 'check-client': 'no-icon', 'should-register': 'wrong-behavior.no-connector' };
    const ids = () => followAnswers(flow, answers).map((step) => step.node.id);
    expect(followAnswers(flow, answers)[1]?.answerId).toBe('no-connector.wrong-behavior');
    expect(ids().at(-1)).toBe('enable-calling');
    expect(otherCauses(flow, ids(), answers)).toEqual([
      { id: 'other-calling-service', status: 'ruled-out', ticked: false },
      { id: 'fix-calling-behavior', status: 'open', ticked: true },
    ]);
    answers['enable-calling'] = 'not-fixed';
    expect(ids().at(-1)).toBe('fix-calling-behavior');
    answers['fix-calling-behavior'] = 'not-fixed';
    // The fault left unticked is not offered: the engineer checked it and found it right.
    expect(ids()).toEqual(['check-client', 'should-register', 'enable-calling', 'fix-calling-behavior', 'escalate-no-icon']);
    expect(triedFixes(flow, answers, ids())).toEqual(['enable-calling', 'fix-calling-behavior']);
  });

  it('still reads a link that gives one answer, and refuses a set that mixes in an answer given alone', () => {
    const flow = realFlow('calling');
    expect(followAnswers(flow, { 'check-client': 'no-icon', 'should-register': 'has-broadcloud' }).at(-1)?.node.id).toBe('other-calling-service');
    expect(followAnswers(flow, { 'check-client': 'no-icon', 'should-register': 'no-connector.all-correct' }).at(-1)?.node.id).toBe('should-register');
  });
});

describe('calling: the mTLS question', () => {
  it('does not let "no mTLS" pass: the link from Webex to the XSPs needs it for the long-lived token', () => {
    const answers = { 'check-client': 'no-sso-session', 'no-sso-scope': 'every-user', 'trace-sequence': 'token-or-dms', 'auth-service': 'all-correct' };
    expect(end('calling', { ...answers, 'mtls-certificate': 'no-mtls' })).toBe('set-up-mtls');
    expect(end('calling', { ...answers, 'mtls-certificate': 'mtls-present' })).toBe('tags');
  });
});

describe('domain claim: an organization out of view', () => {
  it('has an answer for "I can\'t see the other organization", which raises a case once the Help Desk role is checked', () => {
    expect(end('domain-claim', { 'find-claim': 'cannot-see' })).toBe('escalate-hidden-claim');
    const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
    if (!result.ok) throw new Error('content does not load');
    for (const locale of ['en', 'ro', 'nl'] as const) {
      const node = result.texts[locale].flowDetails['domain-claim']?.nodes['escalate-hidden-claim'];
      expect(node?.steps['helpdesk-role'], locale).toMatch(/Help Desk/);
    }
  });
});

describe('cause lists', () => {
  it('show, on every fix of calling, the domain claim and a 409, the other causes of its symptom', () => {
    const fixes = (flowId: string, only?: readonly string[]) => {
      const flow = realFlow(flowId);
      let seen = 0;
      for (const { path, answers } of everyPath(flowId)) {
        path.forEach((id, i) => {
          // "The app is registered" is where calling works: no symptom, no other cause.
          if (flow.nodes[id]?.kind !== 'resolution' || id === 'registered' || (only && !only.includes(id))) return;
          seen += 1;
          expect(otherCauses(flow, path.slice(0, i + 1), answers).length, `${flowId}: ${path.slice(0, i + 1).join(' > ')}`).toBeGreaterThan(0);
        });
      }
      return seen;
    };
    expect(fixes('calling')).toBeGreaterThan(0);
    expect(fixes('domain-claim')).toBeGreaterThan(0);
    expect(fixes('provisioning', ['delete-free-account', 'use-other-email'])).toBeGreaterThan(0);
  });

  it('after a 409, walks the two ways out in the guide\'s order, then escalates with both tried', () => {
    const flow = realFlow('provisioning');
    const answers: Record<string, string> = { scope: 'not-sure', 'pslog-capture': 'status-409', 'user-in-ci': 'free-org' };
    const ids = () => followAnswers(flow, answers).map((step) => step.node.id);
    expect(otherCauses(flow, ids(), answers).map((c) => c.id)).toEqual(['use-other-email']);
    answers['delete-free-account'] = 'not-fixed';
    expect(ids().at(-1)).toBe('use-other-email');
    answers['use-other-email'] = 'not-fixed';
    expect(ids().at(-1)).toBe('escalate-provisioning');
    expect(triedFixes(flow, answers, ids())).toEqual(['delete-free-account', 'use-other-email']);
  });

  it('in the domain claim, walks from one claim to the other, and does not send "no foreign claim" back to them', () => {
    const flow = realFlow('domain-claim');
    expect(end('domain-claim', { 'find-claim': 'provider-claimed', 'provider-claim': 'not-fixed' })).toBe('shared-domain');
    const shared = { 'find-claim': 'other-customer-claimed', 'shared-domain': 'by-mistake', 'remove-shared-claim': 'not-fixed' };
    expect(end('domain-claim', shared)).toBe('provider-claim');
    expect(end('domain-claim', { ...shared, 'provider-claim': 'not-fixed' })).toBe('escalate-domain-claim');
    expect(end('domain-claim', { 'find-claim': 'no-foreign-claim', 'not-domain-claim': 'not-fixed' })).toBe('escalate-domain-claim');
    expect(otherCauses(flow, ['find-claim', 'not-domain-claim'], { 'find-claim': 'no-foreign-claim' }).map((c) => c.status)).toEqual([
      'ruled-out',
      'ruled-out',
    ]);
  });
});
