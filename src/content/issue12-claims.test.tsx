/**
 * Issue 12, part D: claims the guide does not make. Each one is now either
 * worded as the guide words it, or shown under the one general-practice mark
 * (src/shared/ui/practice-mark.tsx), in every language.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../build/load-content';
import { attemptEvidence } from '../features/logs/log-results';
import type { SignInAttempt } from '../features/logs/sign-in';
import { I18nProvider } from '../i18n/i18n-context';
import en from '../i18n/messages/en.json';
import nl from '../i18n/messages/nl.json';
import ro from '../i18n/messages/ro.json';
import { createTranslator, type Messages, type Translate } from '../i18n/translator';
import { Checklist } from '../shared/ui/checklist';
import type { ContentText, Locale } from './types';

const LOCALES: readonly Locale[] = ['en', 'ro', 'nl'];
const catalogues = { en, ro, nl } as const;
const MARK = { en: 'General practice, not from the guide', ro: 'Practică generală, nu provine din ghid', nl: 'Algemene praktijk, niet uit de handleiding' };

let cache: ReturnType<typeof loadContent> | undefined;
function loaded() {
  cache ??= loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!cache.ok) throw new Error('content does not load');
  return cache;
}

function translator(locale: Locale): Translate {
  const compiled = Object.fromEntries(Object.entries(catalogues[locale]).map(([k, v]) => [k, parse(v)])) as Messages;
  return createTranslator(locale, compiled);
}

function render(locale: Locale, texts: Record<Locale, ContentText>, element: React.ReactNode): string {
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider value={{ locale, t: translator(locale), text: texts[locale] }}>{element}</I18nProvider>
    </MemoryRouter>,
  );
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a request target that is an IP address (issue 12 D)', () => {
  // The guide: an IP address as target "could indicate" a missing patch (ap373197).
  const hedge = { en: /could indicate/, ro: /ar putea indica/, nl: /kan (?:erop )?wijzen/ } as const;
  const overstated = { en: /usually|a sign of|points to/i, ro: /de obicei|semn că|indică faptul/i, nl: /meestal|wijst op/i } as const;

  it('could indicate a missing patch, in the flow and in the log analyzer, in every language', () => {
    const { texts, logTexts } = loaded();
    for (const locale of LOCALES) {
      const nodes = texts[locale].flowDetails.provisioning?.nodes ?? {};
      const said = [nodes['request-target']?.why ?? '', nodes['apply-patch']?.body ?? '', logTexts[locale].findings['post-to-ip-address'] ?? ''];
      for (const line of said) {
        expect(line, locale).toMatch(hedge[locale]);
        expect(line, locale).not.toMatch(overstated[locale]);
      }
    }
  });
});

describe('a 401 or 403 on the Xsi profile request (issue 12 D)', () => {
  it('is read as refused credentials only under the general-practice mark', () => {
    const { logTexts } = loaded();
    for (const locale of LOCALES) {
      const step = logTexts[locale].signIn.steps['profile-request'];
      expect(step?.stops, locale).not.toMatch(/40[13]/);
      expect(step?.practice, locale).toMatch(/401/);
      expect(step?.practice, locale).toMatch(/403/);
    }
  });

  it('shows the mark with the reading wherever the attempt is written out', () => {
    const { logTexts } = loaded();
    const attempt: SignInAttempt = {
      kind: 'attempt',
      trackingId: 'CLIENT_1',
      seen: [],
      failed: ['profile-request'],
      refused: ['profile-request'],
      reasons: { 'profile-request': '401' },
      targets: {},
      failedUnplaced: false,
      users: {},
      unsatisfied: [],
      satisfied: [],
      lines: [],
      stop: 'profile-request',
      stopKind: 'failed',
      statuses: {},
    };
    for (const locale of LOCALES) {
      const text = attemptEvidence(attempt, logTexts[locale], (s) => s, translator(locale));
      expect(text, locale).toContain(`${MARK[locale]}: ${logTexts[locale].signIn.steps['profile-request']?.practice ?? '?'}`);
    }
    // A stop without such a reading carries no mark.
    const other = attemptEvidence({ ...attempt, stop: 'token-generated' }, logTexts.en, (s) => s, translator('en'));
    expect(other).not.toContain(MARK.en);
  });
});

describe('a token that was not generated (issue 12 D)', () => {
  it('points to the authentication service checks the guide lists, not to "the mTLS trust"', () => {
    const { logTexts } = loaded();
    for (const locale of LOCALES) {
      const stops = logTexts[locale].signIn.steps['token-generated']?.stops ?? '';
      expect(stops, locale).not.toMatch(/mTLS trust|încrederea mTLS|mTLS-vertrouwen/);
      expect(stops, locale).toContain('RSA');
      expect(stops, locale).toContain('mTLS');
    }
  });
});

describe('the webview escalation for a missing link (issue 12 D)', () => {
  it('marks config-wxt.xml and the template file as general practice; the blank-page escalation asks for them as the guide does', () => {
    const { graph, texts } = loaded();
    const flow = graph.flows.webview;
    const link = flow?.nodes['escalate-link']?.steps ?? [];
    const blank = flow?.nodes['escalate-cswv-xsp']?.steps ?? [];
    expect(link.filter((step) => step.practice === true).map((step) => step.id)).toEqual(['repository-file', 'template-file']);
    expect(link.find((step) => step.id === 'repository-file')?.code).toBe('config-wxt.xml');
    expect(blank.some((step) => step.practice === true)).toBe(false);
    for (const locale of LOCALES) {
      const html = render(locale, texts, <Checklist steps={link} text={texts[locale].flowDetails.webview?.nodes['escalate-link']?.steps ?? {}} />);
      expect(count(html, MARK[locale]), locale).toBe(2);
      const plain = render(locale, texts, <Checklist steps={blank} text={texts[locale].flowDetails.webview?.nodes['escalate-cswv-xsp']?.steps ?? {}} />);
      expect(plain, locale).not.toContain(MARK[locale]);
    }
  });

  it("keeps the mark inside the step's label, so a screen reader reads it with the step", () => {
    const { texts } = loaded();
    const html = render('en', texts, <Checklist steps={[{ id: 'a', practice: true }]} text={{ a: 'Attach it.' }} />);
    expect(html).toMatch(/<label[^>]*>.*Attach it\..*General practice, not from the guide.*<\/label>/s);
  });
});

describe('"if still 403, escalate with the PSLog" (issue 12 D)', () => {
  it('is gone from the patch review: "Did this fix it?" leads on when it does not', () => {
    const { graph, texts } = loaded();
    const node = graph.flows.provisioning?.nodes['review-patches'];
    expect(node?.answers.map((a) => a.confirms)).toEqual(['fixed', 'not-fixed']);
    for (const locale of LOCALES) {
      const steps = Object.values(texts[locale].flowDetails.provisioning?.nodes['review-patches']?.steps ?? {}).join(' ');
      expect(steps, locale).not.toMatch(/escalat|escalad|escaleer|PSLog/i);
    }
  });
});

describe('no overstated certainty left in the provisioning text (issue 12 D)', () => {
  // The guide's wording for these: "may", "could", "especially", "for example".
  const words = { en: /\b(usually|probably|most often|typically)\b/i, ro: /\b(de obicei|probabil|cel mai adesea|de regulă)\b/i, nl: /\b(meestal|waarschijnlijk)\b/i };
  it('says no "usually" or "probably" where the guide says "could"', () => {
    const { texts } = loaded();
    for (const locale of LOCALES) {
      for (const [id, node] of Object.entries(texts[locale].flowDetails.provisioning?.nodes ?? {})) {
        expect([node.body, node.why ?? '', ...Object.values(node.steps)].join(' '), `${locale} ${id}`).not.toMatch(words[locale]);
      }
    }
  });
});
