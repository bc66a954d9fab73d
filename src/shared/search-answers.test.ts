import { describe, expect, it } from 'vitest';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import {
  answerSaid,
  answerTerms,
  bestAnswer,
  BOUNDARY,
  deniedWords,
  markDenied,
  checkAnswers,
  MISSING,
  NEGATION,
  questionSymptoms,
  symptomSaid,
  type AnswerTerms,
  type SymptomTerms,
} from './search-answers';
import { termFor } from './search-documents';

const term = termFor(english);
const terms = (text: string) => answerTerms(text, 'en', term);
const CHECK = 'flow:calling/mtls-certificate';
const answers: AnswerTerms[] = [
  [CHECK, 'flow:calling/set-up-mtls', terms('mTLS is not set up on the connection from Webex')],
  [CHECK, 'flow:calling/upload-client-certificate', terms('mTLS is set up, and the certificate is not uploaded')],
  ['flow:other/check', 'flow:other/step', terms('mTLS is not set up on the connection from Webex')],
];

/** The project's content, as the build loads it. */
async function realContent() {
  const { fileURLToPath } = await import('node:url');
  const { loadContent } = await import('../build/load-content');
  const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!result.ok) throw new Error('content does not load');
  return result;
}

describe('answerTerms', () => {
  it('keeps a negation where it stands, once, and reads "isn\'t" as one', () => {
    expect(terms('mTLS is not set up')).toEqual(['mtl', NEGATION, 'set', 'up']);
    expect(terms("mTLS isn't set up")).toEqual(terms('mTLS is not set up'));
    expect(terms('not, not set up')).toEqual([NEGATION, BOUNDARY, NEGATION, 'set', 'up']);
    expect(terms('not not set up')).toEqual([NEGATION, 'set', 'up']);
    expect(
      answerTerms(
        'mTLS nu este configurat',
        'ro',
        termFor((w) => w),
      ),
    ).toContain(NEGATION);
    expect(
      answerTerms(
        'mTLS is niet ingericht',
        'nl',
        termFor((w) => w),
      ),
    ).toContain(NEGATION);
  });

  it('ends a clause at a comma, a semicolon or a full stop, and nowhere else', () => {
    expect(terms('mTLS is set up, the certificate is missing; see config-wxt.xml. Done')).toEqual([
      'mtl',
      'set',
      'up',
      BOUNDARY,
      'certif',
      MISSING,
      BOUNDARY,
      'see',
      'config',
      'wxt',
      'xml',
      BOUNDARY,
      'done',
    ]);
  });
});

describe('answerSaid', () => {
  it('reads a clause of an answer apart from the next: its negation or its word for missing stays in it', () => {
    const missing: AnswerTerms[] = [[CHECK, 'flow:calling/upload-client-certificate', terms('mTLS is set up, the certificate is missing')]];
    expect(answerSaid(missing, CHECK, terms('the certificate is missing, mTLS is set up'))).toBe('flow:calling/upload-client-certificate');
  });

  it('finds the answer whose denied words the query denies too, for that check only', () => {
    expect(answerSaid(answers, CHECK, terms('mTLS is not set up between Webex and the XSPs'))).toBe('flow:calling/set-up-mtls');
    expect(answerSaid(answers, CHECK, terms('mTLS is set up, certificate not uploaded'))).toBe('flow:calling/upload-client-certificate');
    expect(answerSaid(answers, 'flow:calling/tags', terms('mTLS is not set up'))).toBeUndefined();
  });

  it('says nothing when the query says the words plainly, or says too little of the answer', () => {
    // Plain where the answer denies: a contradiction, not the answer.
    expect(answerSaid(answers, CHECK, terms('mTLS is set up between Webex and the XSPs'))).toBeUndefined();
    // No denial at all: the check's answers share their words, nothing tells them apart.
    expect(answerSaid(answers, CHECK, terms('mTLS set up connection Webex'))).toBeUndefined();
    // Denied, but one word of the answer's five, or two.
    expect(answerSaid(answers, CHECK, terms('Webex is not working'))).toBeUndefined();
    expect(answerSaid(answers, CHECK, terms('not set up'))).toBeUndefined();
    // All of a one-word answer is still one word: too little to say it.
    const short: AnswerTerms[] = [[CHECK, 'flow:calling/short', terms('not uploaded')]];
    expect(answerSaid(short, CHECK, terms('certificate not uploaded'))).toBeUndefined();
  });

  it("takes half of an answer's terms as enough, less as too little", () => {
    const four: AnswerTerms[] = [[CHECK, 'flow:calling/upload-client-certificate', terms('certificate not uploaded to the Webex XSPs')]];
    expect(answerSaid(four, CHECK, terms('the certificate was not uploaded'))).toBe('flow:calling/upload-client-certificate');
    expect(answerSaid(four, CHECK, terms('not uploaded'))).toBeUndefined();
  });

  it('reads a negation as denying the few words after it', () => {
    expect(answerSaid(answers, CHECK, terms('mTLS not yet set up between Webex and the XSPs'))).toBe('flow:calling/set-up-mtls');
  });

  it('lets a negation of the query reach further than the answer’s', () => {
    const claims: AnswerTerms[] = [
      [
        'flow:domain-claim/find-claim',
        'flow:domain-claim/not-domain-claim',
        terms('No organization other than the user’s claims the domain'),
      ],
      ['flow:domain-claim/find-claim', 'flow:domain-claim/escalate-hidden-claim', terms('I see other organizations, not in Help Desk')],
    ];
    // "claims" is denied in the query, plain in the answer: the same statement, not another answer.
    expect(answerSaid(claims, 'flow:domain-claim/find-claim', terms('no other organization claims the domain'))).toBe(
      'flow:domain-claim/not-domain-claim',
    );
  });

  it('says nothing when two answers are said equally', () => {
    const twin: AnswerTerms[] = [
      [CHECK, 'flow:calling/a', terms('mTLS is not set up')],
      [CHECK, 'flow:calling/b', terms('mTLS is not set up')],
    ];
    expect(answerSaid(twin, CHECK, terms('mTLS is not set up'))).toBeUndefined();
  });
});

describe('bestAnswer', () => {
  const icon: AnswerTerms[] = [
    ['flow:calling/check-client', 'flow:calling/should-register', terms('There is no calling options icon')],
    ['flow:webview/symptom', 'flow:webview/check-calling', terms('The self-care link does not appear in the Webex app')],
  ];
  const any = () => true;

  it('reads a word for missing as denying the words before it', () => {
    expect(terms('calling icon missing')).toEqual(['call', 'icon', MISSING]);
    expect(bestAnswer(icon, any, terms('calling icon missing in the app'), { needDenial: true })?.to).toBe('flow:calling/should-register');
    // "missing" denies what comes before it, not what comes after.
    expect(bestAnswer(icon, any, terms('missing: calling options icon'), { needDenial: true })).toBeUndefined();
  });

  it('looks only at the checks asked about, and picks the answer said most fully', () => {
    const two: AnswerTerms[] = [
      ['flow:a/check', 'flow:a/full', terms('no calling options icon')],
      ['flow:a/check', 'flow:a/partly', terms('no calling options icon shown')],
    ];
    expect(bestAnswer(two, any, terms('there is no calling options icon'), { needDenial: true })?.to).toBe('flow:a/full');
    expect(bestAnswer([...two].reverse(), any, terms('there is no calling options icon'), { needDenial: true })?.to).toBe('flow:a/full');
    // An answer said less fully after the best one is no tie.
    const less: AnswerTerms[] = [two[0]!, ['flow:a/check', 'flow:a/other', terms('no calling options icon in the sidebar menu')]];
    expect(bestAnswer(less, any, terms('there is no calling options icon'), { needDenial: true })?.to).toBe('flow:a/full');
    expect(
      bestAnswer(icon, (from) => from.startsWith('flow:webview/'), terms('no calling options icon'), { needDenial: true }),
    ).toBeUndefined();
    expect(bestAnswer(icon, any, terms('self-care link does not appear in the app'), { needDenial: true })?.to).toBe(
      'flow:webview/check-calling',
    );
  });
});

describe('how far a negation reaches', () => {
  const check = 'flow:a/check';
  const answer: AnswerTerms[] = [[check, 'flow:a/step', ['alpha', 'beta', NEGATION, 'gamma']]];
  const missing: AnswerTerms[] = [[check, 'flow:a/gone', ['gamma', MISSING, 'alpha', 'beta']]];
  const any = () => true;

  it('denies the three terms after a negation, and no further', () => {
    expect(bestAnswer(answer, any, [NEGATION, 'x', 'y', 'gamma', 'alpha', 'beta'], { needDenial: true })?.to).toBe('flow:a/step');
    expect(bestAnswer(answer, any, [NEGATION, 'x', 'y', 'z', 'gamma', 'alpha', 'beta'], { needDenial: true })).toBeUndefined();
  });

  it("reads an answer's negation as denying two terms only: the words after them go on in plain", () => {
    // "No org other than the user's own claims the domain": "user" is not denied, and a query that says it plainly
    // ("no other org claims the users' domain") says this answer.
    const own: AnswerTerms[] = [[check, 'flow:a/none', [NEGATION, 'other', 'org', 'user', 'claim', 'domain']]];
    expect(bestAnswer(own, any, [NEGATION, 'other', 'org', 'claim', 'domain', 'user'], { needDenial: true })?.to).toBe('flow:a/none');
    // Its two denied terms said plainly: another answer.
    expect(bestAnswer(own, any, ['other', 'org', 'claim', 'domain', 'user'], { needDenial: true })).toBeUndefined();
  });

  it('denies the two terms before a word for missing, and no further', () => {
    expect(bestAnswer(missing, any, ['alpha', 'beta', 'x', 'gamma', MISSING], { needDenial: true })?.to).toBe('flow:a/gone');
    expect(bestAnswer(missing, any, ['alpha', 'beta', 'gamma', 'x', 'y', MISSING], { needDenial: true })).toBeUndefined();
  });
});

describe('checkAnswers', () => {
  it('ships, of the real content, only the answers of checks that deny something', async () => {
    const result = await realContent();
    const shipped = checkAnswers(result.graph, result.texts.en, 'en', term);
    expect(shipped.length).toBeGreaterThan(10);
    for (const [from, to, said] of shipped) {
      const [flowId = '', nodeId = ''] = from.slice('flow:'.length).split('/');
      expect(['question', 'procedure']).toContain(result.graph.flows[flowId]?.nodes[nodeId]?.kind);
      expect(to.startsWith(`flow:${flowId}/`)).toBe(true);
      expect(said.some((t) => t === NEGATION || t === MISSING)).toBe(true);
    }
    expect(shipped).toContainEqual([
      'flow:calling/mtls-certificate',
      'flow:calling/set-up-mtls',
      terms('mTLS is not set up on the connection from Webex'),
    ]);
  });
});

describe('symptomSaid', () => {
  const symptoms: SymptomTerms[] = [
    ['flow:webview/symptom', 'flow:webview/escalate-cswv-xsp', ['show', 'blank', 'page', 'error']],
    ['flow:sign-in/symptom', 'flow:sign-in/auth-mode', ['password', 'refus']],
  ];
  const said = (query: string, extra: readonly string[] = []) => symptomSaid(symptoms, new Set([...terms(query), ...extra]), terms(query));

  it('finds the symptom whose own terms the query says, enough of them', () => {
    expect(said('call settings page blank')).toBe('flow:webview/escalate-cswv-xsp');
    expect(said('password refused at sign-in')).toBe('flow:sign-in/auth-mode');
    // One of the symptom's four terms is not enough.
    expect(said('the page does not load')).toBeUndefined();
  });

  it('counts the words the vocabulary adds, and never a denied one', () => {
    expect(said('white page', ['blank'])).toBe('flow:webview/escalate-cswv-xsp');
    expect(said('there is no blank page at call settings')).toBeUndefined();
  });

  it('says nothing when two symptoms are said alike', () => {
    expect(said('shows a blank page with an error, and the password is refused')).toBeUndefined();
  });

  it('picks the symptom said most fully, in any order, and passes over one with a denied term', () => {
    const two: SymptomTerms[] = [
      ['flow:a/q', 'flow:a/most', ['alpha', 'beta', 'gamma']],
      ['flow:a/q', 'flow:a/less', ['delta', 'epsilon', 'zeta', 'eta']],
    ];
    const bag = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
    expect(symptomSaid(two, bag, [])).toBe('flow:a/most');
    expect(symptomSaid([...two].reverse(), bag, [])).toBe('flow:a/most');
    // One of its terms denied is enough to pass over it, even with the others said.
    expect(symptomSaid(two, bag, [NEGATION, 'gamma'])).toBe('flow:a/less');
  });

  it('reads only the questions asked about, with the cover asked for', () => {
    const onlySignIn = (from: string) => from.startsWith('flow:sign-in/');
    expect(symptomSaid(symptoms, new Set(terms('blank page, password refused')), terms('blank page, password refused'), onlySignIn)).toBe(
      'flow:sign-in/auth-mode',
    );
    // Two of the four terms: enough at half, not above it.
    expect(symptomSaid(symptoms, new Set(terms('blank page')), terms('blank page'), () => true, 0.5)).toBe(
      'flow:webview/escalate-cswv-xsp',
    );
    expect(symptomSaid(symptoms, new Set(terms('blank page')), terms('blank page'), () => true, 0.6)).toBeUndefined();
  });
});

describe('questionSymptoms', () => {
  it('keeps, of the real content, the answers of questions that lead somewhere of their own, by their own terms', async () => {
    const result = await realContent();
    const symptoms = questionSymptoms(result.graph, result.texts.en, 'en', term);
    const from = new Set(symptoms.map(([check]) => check));
    // Procedures report findings, not what the user sees; the calling diagnosis starts with one.
    expect(from.has('flow:calling/check-client')).toBe(false);
    expect(from.has('flow:webview/symptom')).toBe(true);
    // A question further down a diagnosis too: what a check in progress found.
    expect(symptoms.find(([, to]) => to === 'flow:calling/one-session-per-platform')?.[0]).toBe('flow:calling/no-sso-cause');
    expect(from.has('flow:calling/tags')).toBe(false);
    // "Opens an external browser" leads where "the link does not appear" does: not a symptom of its own here.
    expect(symptoms.filter(([check]) => check === 'flow:webview/symptom').map(([, to]) => to)).toEqual(['flow:webview/escalate-cswv-xsp']);
    // The question's own words are no symptom's: "Ce se întâmplă când utilizatorul încearcă să se conecteze?"
    const ro = questionSymptoms(result.graph, result.texts.ro, 'ro', termFor(romanian));
    expect(ro.find(([, to]) => to === 'flow:sign-in/auth-mode')?.[2]).toEqual(['parol', 'respins']);
    expect(symptoms.every(([, , distinct]) => distinct.length >= 2 && !distinct.includes(NEGATION))).toBe(true);
  });
});

describe('denied words', () => {
  it('marks the words of a phrase that a negation or a word for missing denies, each clause apart', () => {
    expect(markDenied('calling icon missing from the sidebar', 'en', term)).toEqual(['¬calling', '¬icon', 'sidebar']);
    expect(markDenied('no SSO session, password ok', 'en', term)).toEqual(['¬SSO', '¬session', 'password', 'ok']);
    expect(markDenied('the calling icon is there', 'en', term)).toEqual(['calling', 'icon']);
  });

  it("gives a query's denied words, as normalised terms", () => {
    expect([...deniedWords('Geen SSO-sessie in Telefoonservices', 'nl', term)]).toEqual(['sso', 'sessie', 'telefoonservices']);
    expect([...deniedWords('the icon is there, no session', 'en', term)]).toEqual(['session']);
  });
});
