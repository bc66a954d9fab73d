import { describe, expect, it } from 'vitest';
import { createTranslator, loadMessages } from '../../i18n/translator';
import { type FeedbackInput, feedbackMessage, feedbackText, mailtoHref } from './feedback-text';

// The English catalogue as the app loads it, through the real messages plugin.
const t = createTranslator('en', await loadMessages.en());

const input: FeedbackInput = {
  kind: 'outdated',
  words: '  The portal moved to a new address.\nSee the release notes.  ',
  flowId: 'sign-in',
  stepId: 'auth-mode',
  flowTitle: 'Sign-in fails',
  stepTitle: 'Which authentication?',
  link: 'https://support.example.net/en/diagnose/sign-in/auth-mode?v=1&symptom=password',
  contentVersion: 1,
  guide: { title: 'Webex for Cisco BroadWorks Troubleshooting Guide', version: '1.19', date: '2023-07-28' },
  locale: 'en',
};

describe('a report about a step', () => {
  it('names the problem, the step, its link, the content and guide versions and the words', () => {
    const message = feedbackMessage(input, t);
    expect(message.subject).toBe('Problem with a step: It is outdated – Sign-in fails › Which authentication?');
    expect(message.body).toBe(
      [
        'Problem: It is outdated [outdated]',
        'Step: Sign-in fails › Which authentication? [sign-in/auth-mode]',
        'Link: https://support.example.net/en/diagnose/sign-in/auth-mode?v=1&symptom=password',
        'Content version: 1',
        'Guide: Webex for Cisco BroadWorks Troubleshooting Guide 1.19 (2023-07-28)',
        'Language: en',
        '',
        'Description:',
        'The portal moved to a new address.\nSee the release notes.',
      ].join('\n'),
    );
    expect(feedbackText(message)).toBe(`${message.subject}\n\n${message.body}`);
  });

  it('adds case data only when it is given', () => {
    expect(feedbackMessage(input, t).body).not.toContain('Case data');
    const body = feedbackMessage({ ...input, caseText: 'Case: Acme\nCI user: someone@example.com' }, t).body;
    expect(body.endsWith('\n\nCase data:\nCase: Acme\nCI user: someone@example.com')).toBe(true);
  });

  it('makes a mailto: link that decodes back to the same text, with CRLF line breaks', () => {
    const message = feedbackMessage(input, t);
    const href = mailtoHref('content@example.net', message);
    expect(href.startsWith('mailto:content@example.net?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
    // "&" and "?" of the step link stay inside the body.
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(mailtoHref(undefined, message).startsWith('mailto:?subject=')).toBe(true);
  });
});
