import { describe, expect, it } from 'vitest';
import {
  appendEvidence,
  browserTimeZone,
  caseFollows,
  checkSheet,
  collectChecklist,
  emptySheet,
  EVIDENCE_LIMIT,
  followStep,
  withOutcome,
} from './case-basics';
import { type CaseRecord, recoverRecord } from './case-model';
import { decodeSharedCase, encodeSharedCase } from './shared-case';

const sheet = emptySheet('UTC');

describe('a new case sheet', () => {
  it('starts empty, in the given time zone, with nothing sent or exported', () => {
    expect(emptySheet('Europe/Amsterdam')).toEqual({
      ciUser: '',
      bwUserId: '',
      orgId: '',
      windowStart: '',
      windowEnd: '',
      timeZone: 'Europe/Amsterdam',
      platform: '',
      clientVersion: '',
      trackingId: '',
      feedbackNumber: '',
      logsSent: false,
      cedExported: false,
    });
  });

  it("takes the browser's time zone", () => {
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('evidence kept for an answer', () => {
  it('is the first piece alone when there is none yet, or only blanks', () => {
    expect(appendEvidence(undefined, 'HTTP 403 in PS.log')).toBe('HTTP 403 in PS.log');
    expect(appendEvidence('', 'HTTP 403 in PS.log')).toBe('HTTP 403 in PS.log');
    expect(appendEvidence(' \n ', 'HTTP 403 in PS.log')).toBe('HTTP 403 in PS.log');
  });

  it('puts a new piece under what is there, after a blank line', () => {
    expect(appendEvidence('first finding', 'second finding')).toBe('first finding\n\nsecond finding');
  });

  it('keeps evidence of exactly the limit whole', () => {
    const full = 'x'.repeat(EVIDENCE_LIMIT);
    expect(appendEvidence(undefined, full)).toBe(full);
  });

  it('cuts longer evidence to the limit, ending in an ellipsis', () => {
    const cut = appendEvidence('a'.repeat(3000), 'b'.repeat(3000));
    expect(cut).toHaveLength(EVIDENCE_LIMIT);
    expect(cut).toBe(`${'a'.repeat(3000)}\n\n${'b'.repeat(EVIDENCE_LIMIT - 3003)}…`);
  });

  it('stays within what a saved case and a shared link accept, so the case is not set aside on the next load', () => {
    const evidence = appendEvidence('y'.repeat(4000), 'z'.repeat(4000));
    const record: CaseRecord = {
      format: 1,
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      title: 'Long logs',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:05:00.000Z',
      flowId: 'provisioning',
      stepId: 'scope',
      answers: { scope: 'not-sure' },
      ticks: {},
      evidence: { scope: evidence },
      sheet,
    };
    expect(recoverRecord(record)).toEqual(record);
    const shared = { title: record.title, sheet, evidence: record.evidence };
    expect(decodeSharedCase(encodeSharedCase(shared))).toEqual(shared);
  });
});

describe('case sheet field checks', () => {
  it('finds nothing wrong with an empty sheet', () => {
    expect(checkSheet(sheet)).toEqual({});
  });

  it.each([
    ['an e-mail address', 'jane@example.com'],
    ['a UUID', '3F1E2D4C-5B6A-4C7D-8E9F-0A1B2C3D4E5F'],
    ['an address with spaces around it', '  jane@example.com  '],
  ])('accepts a Webex user given as %s', (_what, ciUser) => {
    expect(checkSheet({ ...sheet, ciUser })).toEqual({});
  });

  it.each([
    'jane',
    'jane@example',
    '@example.com',
    'jane doe@example.com',
    'jane@exa mple.com',
    '3f1e2d4c-5b6a-4c7d-8e9f',
    'x3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
  ])('refuses "%s" as a Webex user', (ciUser) => {
    expect(checkSheet({ ...sheet, ciUser })).toEqual({ ciUser: 'email-or-uuid' });
  });

  it('wants the organization as a UUID, spaces around it allowed', () => {
    expect(checkSheet({ ...sheet, orgId: ' 3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f ' })).toEqual({});
    expect(checkSheet({ ...sheet, orgId: 'jane@example.com' })).toEqual({ orgId: 'uuid' });
    expect(checkSheet({ ...sheet, orgId: '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f0' })).toEqual({ orgId: 'uuid' });
    expect(checkSheet({ ...sheet, orgId: '   ' })).toEqual({});
  });

  it('wants the window as local date and time, its end not before its start', () => {
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T09:00', windowEnd: '2026-11-20T10:00' })).toEqual({});
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T09:00', windowEnd: '2026-11-20T09:00' })).toEqual({});
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T10:00', windowEnd: '2026-11-20T09:59' })).toEqual({ windowEnd: 'order' });
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20 09:00' })).toEqual({ windowStart: 'date' });
    expect(checkSheet({ ...sheet, windowStart: 'x2026-11-20T09:00' })).toEqual({ windowStart: 'date' });
    expect(checkSheet({ ...sheet, windowEnd: '2026-11-20T09:00:00' })).toEqual({ windowEnd: 'date' });
    // A bad end is reported as a bad date, not as out of order.
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T10:00', windowEnd: '2026-11-20' })).toEqual({ windowEnd: 'date' });
    // Only an end, or only a start, is never out of order.
    expect(checkSheet({ ...sheet, windowEnd: '2026-11-20T09:00' })).toEqual({});
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T09:00' })).toEqual({});
  });

  it('wants a time zone the browser knows', () => {
    expect(checkSheet({ ...sheet, timeZone: ' America/New_York ' })).toEqual({});
    expect(checkSheet({ ...sheet, timeZone: 'Mars/Olympus_Mons' })).toEqual({ timeZone: 'time-zone' });
    expect(checkSheet({ ...sheet, timeZone: '' })).toEqual({});
  });

  it('wants the client version as two to five numbers with dots', () => {
    for (const clientVersion of ['43.6', ' 43.6.0.27042 ', '1.2.3.4.5']) expect(checkSheet({ ...sheet, clientVersion })).toEqual({});
    for (const clientVersion of ['43', 'v43.6', '43.6.', '1.2.3.4.5.6', '43.6 beta'])
      expect(checkSheet({ ...sheet, clientVersion })).toEqual({ clientVersion: 'version' });
  });

  it('wants the feedback number as 4 to 12 digits', () => {
    for (const feedbackNumber of ['1234', ' 123456789012 ']) expect(checkSheet({ ...sheet, feedbackNumber })).toEqual({});
    for (const feedbackNumber of ['123', '1234567890123', '12a4', 'x1234'])
      expect(checkSheet({ ...sheet, feedbackNumber })).toEqual({ feedbackNumber: 'feedback' });
  });

  it('takes a field of only blanks as empty, never as wrong', () => {
    for (const field of ['ciUser', 'orgId', 'timeZone', 'clientVersion', 'feedbackNumber'] as const)
      expect(checkSheet({ ...sheet, [field]: ' \t ' })).toEqual({});
  });

  it('refuses a Webex user with anything after the address', () => {
    expect(checkSheet({ ...sheet, ciUser: 'jane@example.com@evil' })).toEqual({ ciUser: 'email-or-uuid' });
    expect(checkSheet({ ...sheet, ciUser: 'jane@example.com extra' })).toEqual({ ciUser: 'email-or-uuid' });
  });

  it('leaves free-text fields unchecked', () => {
    expect(checkSheet({ ...sheet, bwUserId: 'anything at all', trackingId: 'CLIENT_ab-cd' })).toEqual({});
  });
});

describe('the collect list before a case goes to Cisco', () => {
  const done = (s: typeof sheet) => collectChecklist(s).map(({ item, done: d }) => [item, d]);

  it('lists the guide’s items in order, none done on an empty sheet', () => {
    expect(done(sheet)).toEqual([
      ['ciUser', false],
      ['orgId', false],
      ['window', false],
      ['client', false],
      ['logsSent', false],
      ['trackingId', false],
      ['cedExported', false],
    ]);
  });

  it('ticks each item when its fields are filled in, blanks not counting', () => {
    const filled = {
      ...sheet,
      ciUser: 'jane@example.com',
      orgId: '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
      windowStart: '2026-11-20T09:00',
      platform: 'windows' as const,
      clientVersion: '43.6',
      logsSent: true,
      trackingId: 'CLIENT_1',
      cedExported: true,
    };
    expect(done(filled).every(([, d]) => d === true)).toBe(true);
    expect(done({ ...filled, ciUser: '  ', orgId: ' ', trackingId: ' ' })).toEqual([
      ['ciUser', false],
      ['orgId', false],
      ['window', true],
      ['client', true],
      ['logsSent', true],
      ['trackingId', false],
      ['cedExported', true],
    ]);
  });

  it('needs both the start and the time zone for the window, and both platform and version for the client', () => {
    const item = (s: typeof sheet, name: string) => collectChecklist(s).find((i) => i.item === name)?.done;
    expect(item({ ...sheet, windowStart: '2026-11-20T09:00', timeZone: ' ' }, 'window')).toBe(false);
    expect(item({ ...sheet, windowStart: '', timeZone: 'UTC' }, 'window')).toBe(false);
    expect(item({ ...sheet, platform: 'mac', clientVersion: ' ' }, 'client')).toBe(false);
    expect(item({ ...sheet, platform: '', clientVersion: '43.6' }, 'client')).toBe(false);
  });
});

describe('withOutcome', () => {
  const base = (): CaseRecord => ({
    format: 1,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    title: 'ACME',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    flowId: 'provisioning',
    stepId: 'assign-primary-number',
    answers: {},
    ticks: {},
    evidence: {},
    sheet: emptySheet('UTC'),
  });

  it('records the fix and the time when a fix is newly confirmed, and keeps that time while it stays confirmed', () => {
    const first = withOutcome(base(), 'assign-primary-number', new Date('2026-11-25T10:30:00.000Z'));
    expect(first.outcome).toEqual({ resolvedBy: 'assign-primary-number', resolvedAt: '2026-11-25T10:30:00.000Z' });
    const again = withOutcome(first, 'assign-primary-number', new Date('2026-11-25T11:00:00.000Z'));
    expect(again).toBe(first);
    const other = withOutcome(first, 'use-other-email', new Date('2026-11-25T11:00:00.000Z'));
    expect(other.outcome).toEqual({ resolvedBy: 'use-other-email', resolvedAt: '2026-11-25T11:00:00.000Z' });
  });

  it('drops the outcome when the answer is taken back, and leaves a record without one alone', () => {
    const resolved = withOutcome(base(), 'assign-primary-number', new Date('2026-11-25T10:30:00.000Z'));
    const reopened = withOutcome(resolved, undefined, new Date());
    expect('outcome' in reopened).toBe(false);
    const plain = base();
    expect(withOutcome(plain, undefined, new Date())).toBe(plain);
  });
});

describe('a resolved case read back', () => {
  it('keeps its outcome, and rejects a malformed one', () => {
    const record = {
      format: 1,
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      title: 'ACME',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      flowId: 'provisioning',
      stepId: 'assign-primary-number',
      answers: { scope: 'some-users' },
      ticks: {},
      evidence: {},
      sheet: emptySheet('UTC'),
      outcome: { resolvedBy: 'assign-primary-number', resolvedAt: '2026-11-25T10:30:00.000Z' },
    };
    expect(recoverRecord(record)?.outcome).toEqual(record.outcome);
    expect(recoverRecord({ ...record, outcome: { resolvedBy: 'Not An Id', resolvedAt: 'x' } })).toBeUndefined();
  });
});

describe('the open case across a hand-over', () => {
  const caseIn = (changes: Partial<CaseRecord> = {}): CaseRecord => ({
    format: 1,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    title: 'ACME',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    flowId: 'webview',
    stepId: 'fix-calling',
    answers: { symptom: 'link-missing', 'check-calling': 'not-registered' },
    ticks: {},
    evidence: { symptom: 'since Monday' },
    sheet: { ...emptySheet('UTC'), ciUser: 'ana@acme.example' },
    ...changes,
  });
  const from = {
    flowId: 'webview',
    answers: [
      ['symptom', 'link-missing'],
      ['check-calling', 'not-registered'],
      ['fix-calling', 'open-calling'],
    ] as const,
  };
  const calling = { flowId: 'calling', stepId: 'check-client', answers: {}, ticks: { 'check-client': ['a'] }, location: { from } };

  it('follows into the diagnosis its own hands over to, and keeps where it came from, its sheet and its evidence', () => {
    const moved = followStep(caseIn(), calling);
    expect(moved).toMatchObject({ flowId: 'calling', stepId: 'check-client', answers: {}, ticks: { 'check-client': ['a'] } });
    expect(moved?.origin).toEqual({ flowId: 'webview', answers: from.answers.map((pair) => [...pair]) });
    expect(moved?.sheet.ciUser).toBe('ana@acme.example');
    expect(moved?.evidence).toEqual({ symptom: 'since Monday' });
    // What was read back from the store still validates with its origin.
    expect(recoverRecord(moved)?.origin).toEqual(moved?.origin);
  });

  it('follows Back across the hand-over, and then has no origin', () => {
    const handed = followStep(caseIn(), calling);
    if (!handed) throw new Error('not followed');
    const back = { flowId: 'webview', stepId: 'fix-calling', answers: caseIn().answers, ticks: {}, location: {} };
    expect(caseFollows(handed, back)).toBe(true);
    const returned = followStep(handed, back);
    expect(returned).toMatchObject({ flowId: 'webview', stepId: 'fix-calling', answers: caseIn().answers });
    expect(returned && 'origin' in returned).toBe(false);
  });

  it('follows its own diagnosis, and no other', () => {
    const own = { flowId: 'webview', stepId: 'symptom', answers: {}, ticks: {}, location: {} };
    expect(followStep(caseIn(), own)).toMatchObject({ flowId: 'webview', stepId: 'symptom', answers: {} });
    const other = { flowId: 'sign-in', stepId: 'symptom', answers: {}, ticks: {}, location: {} };
    expect(caseFollows(caseIn(), other)).toBe(false);
    expect(followStep(caseIn(), other)).toBeUndefined();
    // A hand-over from another diagnosis than the case's is another case's too.
    expect(caseFollows(caseIn(), { ...calling, location: { from: { ...from, flowId: 'sign-in' } } })).toBe(false);
    // Nor does a case without an origin follow into a diagnosis that did not hand over from it.
    expect(caseFollows(caseIn({ flowId: 'calling' }), other)).toBe(false);
  });

  it('a malformed origin is not read back', () => {
    expect(recoverRecord({ ...caseIn(), origin: { flowId: 'webview', answers: [['Bad Id', 'x']] } })).toBeUndefined();
    expect(recoverRecord({ ...caseIn(), origin: { flowId: 'webview' } })).toBeUndefined();
  });

  it('keeps which answers were assumed (issue 12 F), here and in the diagnosis handed over from; a confirmed one loses the mark', () => {
    const own = {
      flowId: 'webview',
      stepId: 'fix-calling',
      answers: caseIn().answers,
      assumed: ['symptom', 'check-calling'],
      ticks: {},
      location: {},
    };
    const marked = followStep(caseIn(), own);
    expect(marked?.assumed).toEqual(['symptom', 'check-calling']);
    expect(recoverRecord(marked)?.assumed).toEqual(['symptom', 'check-calling']);
    const confirmed = followStep(marked ?? caseIn(), { ...own, assumed: [] });
    expect(confirmed && 'assumed' in confirmed).toBe(false);
    const handed = followStep(caseIn(), { ...calling, location: { from: { ...from, assumed: ['symptom'] } } });
    expect(handed?.origin?.assumed).toEqual(['symptom']);
    expect(recoverRecord(handed)?.origin?.assumed).toEqual(['symptom']);
    // A case saved before the marks existed reads back with every answer given.
    expect(recoverRecord(caseIn())?.assumed).toBeUndefined();
    expect(recoverRecord({ ...caseIn(), assumed: ['Not An Id'] })).toBeUndefined();
  });
});
