/**
 * Routing fixes of issue 12 C, each checked on the real content: where an
 * answer leads is what the guide says.
 */
import { describe, expect, it } from 'vitest';
import { realFlow } from '../build/real-content';
import { followAnswers } from './fix-outcome';
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
