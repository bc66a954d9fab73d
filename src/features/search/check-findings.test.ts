import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../build/load-content';
import { loadSearchIndex } from '../../build/search-index';
import { readFindings } from './check-findings';
import type { SearchHit } from './search-engine';

const result = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!result.ok) throw new Error('content does not load');
const { graph, texts, synonyms } = result;
const en = loadSearchIndex(graph, texts.en, 'en', synonyms);

/** A ranking as the engine might give it: these targets, in this order. */
const ranking = (...targets: string[]): SearchHit[] =>
  targets.map((target) => ({ target, kind: target.startsWith('flow:') ? 'question' : 'code', exact: false, terms: [], words: [] }));
const order = (hits: readonly SearchHit[]) => hits.map((hit) => hit.target);
const read = (query: string, hits: SearchHit[]) => order(readFindings(graph, en, query, hits, () => new Set()));

// Results that no rule reads anything into: filler between the ones that matter.
const filler = ['code:200010', 'code:200018', 'code:200022', 'code:100006', 'code:200051', 'code:600024', 'code:200019', 'code:200020'];

describe('what a query says a check found, read into a given ranking', () => {
  const tags = 'flow:calling/tags';
  const mtls = 'flow:calling/mtls-certificate';
  const ruledOut = 'the client certificate is there, still no SSO session';

  it('moves the step a check in order leads to first, when it is among the first eight results', () => {
    for (const at of [1, 7]) {
      const hits = ranking(mtls, ...filler.slice(0, at - 1), tags, ...filler.slice(at - 1));
      const read1 = read(ruledOut, hits);
      expect(read1[0]).toBe(tags);
      // Moved, not copied: every result once, none lost.
      expect([...read1].sort()).toEqual(order(hits).sort());
    }
    // Ninth or further down, it matched the query too little: the ranking stays.
    for (const at of [8, 9]) {
      const hits = ranking(mtls, ...filler.slice(0, at - 1), tags);
      expect(read(ruledOut, hits)).toEqual(order(hits));
    }
  });

  it('leaves the ranking as it is when the step a rule points to is not there', () => {
    const hits = ranking(mtls, ...filler);
    expect(read(ruledOut, hits)).toEqual(order(hits));
    expect(read('', [])).toEqual([]);
  });

  it('takes, of the named checks, the one furthest down the diagnosis, even behind a fix', () => {
    // The authentication-service check, named behind its fix: what follows it.
    const behindFix = ranking('flow:calling/fix-auth-service', 'flow:calling/auth-service', ...filler.slice(0, 3), mtls);
    expect(read('keys copied and URL right, still no SSO session', behindFix)[0]).toBe(mtls);
    // It comes before the mTLS check: named both, what follows mTLS.
    const both = ranking('flow:calling/auth-service', mtls, 'code:200010', tags);
    expect(read('keys copied and mTLS there, still no SSO session', both)[0]).toBe(tags);
    expect(read('keys copied and mTLS there, still no SSO session', ranking(mtls, 'flow:calling/auth-service', tags))[0]).toBe(tags);
    // A fix alone at the top: where a fix that did not help leads (its own "not fixed" answer), not its check.
    const fixOnly = ranking('flow:calling/fix-auth-service', 'code:200010', 'flow:calling/escalate-calling');
    expect(read('fixed the URL, still no SSO session', fixOnly)[0]).toBe('flow:calling/escalate-calling');
  });

  it('takes, of two checks as far down, the one whose next step the ranking has, and never a hand-over as next', () => {
    const noIcon = 'flow:calling/should-register';
    const otherService = 'flow:calling/other-service-check';
    const escalate = 'flow:calling/escalate-no-icon';
    const query = 'entitlements and calling behavior right, still no calling icon';
    // Both checks one answer from the start; only the no-icon check leads to the escalation.
    expect(read(query, ranking(otherService, noIcon, escalate))[0]).toBe(escalate);
    expect(read(query, ranking(noIcon, otherService, escalate))[0]).toBe(escalate);
    // Both next steps there: the first-ranked check's.
    expect(read(query, ranking(otherService, noIcon, filler[0] ?? '', 'flow:calling/reset-database', escalate))[0]).toBe(
      'flow:calling/reset-database',
    );
    // The no-icon check's hand-over to the domain-claim diagnosis is no step after it: alone, it stays first.
    expect(read(query, ranking(noIcon, ...filler))).toEqual(order(ranking(noIcon, ...filler)));
  });

  it('adds the one step after a check in order when the ranking lacks it, only when the query says it is in order', () => {
    const deviceTypes = 'flow:sign-in/device-types';
    const authMode = 'flow:sign-in/auth-mode';
    const hits = ranking(deviceTypes, 'flow:sign-in/assign-device-types', ...filler.slice(0, 4));
    const added = readFindings(graph, en, 'device types assigned to the user, sso still fails', hits, () => new Set());
    expect(order(added)).toEqual([authMode, ...order(hits)]);
    expect(added[0]).toMatchObject({ kind: 'question', exact: false, words: [], after: deviceTypes });
    // Already among the results: moved, not added twice.
    expect(read('device types assigned to the user, sso still fails', ranking(deviceTypes, authMode))).toEqual([authMode, deviceTypes]);
    // No word that says what the check found is in order: "still" may mean something else.
    expect(read('device types for the user, sso still fails', hits)).toEqual(order(hits));
    // A check whose step after is an escalation: never added (it would skip what the guide still has).
    const helpDesk = ranking('flow:calling/should-register', ...filler.slice(0, 4));
    expect(read('entitlements and calling behavior right, still no calling icon', helpDesk)).toEqual(order(helpDesk));
    // A check with several steps after it: which one is not for the search to guess.
    const scope = ranking('flow:calling/no-sso-scope', ...filler.slice(0, 4));
    expect(read('checked who is affected, still no SSO session', scope)).toEqual(order(scope));
  });

  it('reads past a procedure, a code or a log at the top to the first step of a diagnosis, within the first two', () => {
    const query = 'the client certificate is there, still no SSO session';
    const mtls = 'flow:calling/mtls-certificate';
    const tags = 'flow:calling/tags';
    expect(read(query, ranking('procedure:reset-webex-database', mtls, ...filler.slice(0, 3), tags))[0]).toBe(tags);
    expect(read(query, ranking('code:200010', mtls, tags))[0]).toBe(tags);
    // Third: too far down to be what the query is about.
    const third = ranking('procedure:reset-webex-database', 'code:200010', mtls, tags);
    expect(read(query, third)).toEqual(order(third));
  });

  it('puts a procedure first for a how or where question whose first result is a fix or an escalation', () => {
    const fix = 'flow:calling/enable-calling';
    const procedure = 'procedure:check-user-helpdesk';
    const hits = ranking(fix, 'flow:calling/should-register', procedure, ...filler.slice(0, 2));
    expect(read("how do I check a user's entitlements in help desk", hits)[0]).toBe(procedure);
    expect(read('where can I see the entitlements in help desk', hits)[0]).toBe(procedure);
    // Not a question of how: the ranking stays.
    expect(read("a user's entitlements in help desk", hits)).toEqual(order(hits));
    // A check first already says how: the ranking stays.
    const check = ranking('flow:calling/should-register', fix, procedure);
    expect(read("how do I check a user's entitlements", check)).toEqual(order(check));
    // The procedure fourth: too far down.
    const far = ranking(fix, ...filler.slice(0, 2), procedure);
    expect(read("how do I check a user's entitlements", far)).toEqual(order(far));
  });

  it("reads a later check's denied answer among the first two results, beyond the symptom the query starts from", () => {
    const symptom = 'flow:webview/symptom';
    const check = 'flow:webview/check-calling';
    const fix = 'flow:webview/fix-calling';
    const query = 'self-care link missing and the app is not registered for calling';
    expect(read(query, ranking(symptom, check, fix))[0]).toBe(fix);
    expect(read(query, ranking(check, symptom, ...filler.slice(0, 3), fix))[0]).toBe(fix);
    // The check third: too far down to say what the query found.
    expect(read(query, ranking(symptom, 'code:200010', check, fix))[0]).toBe(symptom);
    // The query denies only what its symptom denies: a later check that repeats the symptom ("still no SSO
    // session" after a reset) is not what it says.
    const scope = 'flow:calling/no-sso-scope';
    const reset = 'flow:calling/reset-database';
    const trace = 'flow:calling/trace-sequence';
    expect(read('Phone Services is there but shows no SSO session', ranking(scope, reset, trace))[0]).toBe(scope);
  });

  it('reads nothing into a diagnosis’s first question, nor into a ranking without a word that the problem stays', () => {
    const start = ranking('flow:calling/check-client', 'flow:calling/registered', 'flow:calling/should-register');
    expect(read('still the same', start)).toEqual(order(start));
    const plain = ranking(mtls, tags);
    expect(read('the client certificate is there', plain)).toEqual(order(plain));
  });
});
