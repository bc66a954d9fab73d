import { describe, expect, it } from 'vitest';
import { casePlaceholders, fillTicketTemplate, type TicketValues } from './ticket-template';

const values = (): TicketValues => ({
  flow: 'sign-in',
  flowTitle: 'Sign-in fails & more',
  stepTitle: 'Which authentication?',
  link: 'https://support.example.net/en/diagnose/sign-in/auth-mode?v=1&symptom=password',
  ciUser: 'jane+test@example.com',
  orgId: 'a1b2/../c3',
  caseTitle: 'ACME #1',
});

describe('the ticket link', () => {
  it('fills step values at once and encodes each one whole', () => {
    const url = fillTicketTemplate('https://t.example.net/new?title={flowTitle}&q={stepTitle}&link={link}', values(), false);
    expect(url).toBe(
      'https://t.example.net/new?title=Sign-in%20fails%20%26%20more&q=Which%20authentication%3F&link=https%3A%2F%2Fsupport.example.net%2Fen%2Fdiagnose%2Fsign-in%2Fauth-mode%3Fv%3D1%26symptom%3Dpassword',
    );
    const params = new URL(url ?? '').searchParams;
    expect(params.get('title')).toBe('Sign-in fails & more');
    expect(params.get('link')).toBe(values().link);
    expect([...params.keys()]).toEqual(['title', 'q', 'link']);
  });

  it('leaves case data out until the engineer chooses to add it', () => {
    const template = 'https://t.example.net/new/{flow}?user={ciUser}&org={orgId}&case={caseTitle}';
    const without = fillTicketTemplate(template, values(), false);
    expect(without).toBe('https://t.example.net/new/sign-in?user=&org=&case=');
    expect(without).not.toContain('jane');
    const withCase = fillTicketTemplate(template, values(), true);
    expect(withCase).toBe('https://t.example.net/new/sign-in?user=jane%2Btest%40example.com&org=a1b2%2F..%2Fc3&case=ACME%20%231');
    expect(new URL(withCase ?? '').pathname).toBe('/new/sign-in');
    expect(new URL(withCase ?? '').searchParams.get('org')).toBe('a1b2/../c3');
  });

  it('leaves a missing value empty', () => {
    expect(fillTicketTemplate('https://t.example.net/{step}?v={contentVersion}&id={trackingId}', {}, true)).toBe(
      'https://t.example.net/?v=&id=',
    );
  });

  it('never fills a template the schema would refuse', () => {
    expect(fillTicketTemplate('javascript:alert({flow})', values(), true)).toBeUndefined();
    expect(fillTicketTemplate('https://{flow}.example.net/', values(), true)).toBeUndefined();
    expect(fillTicketTemplate('https://t.example.net/?x={nope}', values(), true)).toBeUndefined();
  });

  it('names the placeholders that would take case data', () => {
    expect(casePlaceholders('https://t.example.net/?a={flow}&b={ciUser}&c={orgId}&d={ciUser}')).toEqual(['ciUser', 'orgId']);
    expect(casePlaceholders('https://t.example.net/?a={flow}')).toEqual([]);
  });
});
