import { describe, expect, it } from 'vitest';
import { appendEvidence, browserTimeZone, checkSheet, collectChecklist, emptySheet, EVIDENCE_LIMIT } from './case-basics';
import { CASE_FILE_KIND, caseFile, type CaseRecord, CaseRecordSchema, parseCaseFile, recoverRecord } from './case-model';
import { decodeSharedCase, encodeSharedCase } from './shared-case';

const record: CaseRecord = {
  format: 1,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  title: 'ACME – Ștefan’s phone',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:05:00.000Z',
  flowId: 'provisioning',
  stepId: 'pslog-capture',
  answers: { scope: 'not-sure' },
  ticks: { 'pslog-capture': ['test-user'] },
  evidence: { scope: 'whole enterprise, since Monday' },
  sheet: { ...emptySheet('Europe/Bucharest'), ciUser: 'jane@example.com' },
};

describe('case files', () => {
  it('round-trips through export and import', () => {
    expect(parseCaseFile(caseFile(record, new Date()))).toEqual({ ok: true, value: record });
  });

  it('refuses what is not a case file, with the reason', () => {
    expect(parseCaseFile('{')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseCaseFile('[1,2]')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseCaseFile(JSON.stringify({ kind: CASE_FILE_KIND, case: { ...record, format: 9 } }))).toEqual({ ok: false, reason: 'newer' });
    expect(
      parseCaseFile(JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: 'x', case: { ...record, answers: { scope: '<img>' } } })),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('saved records', () => {
  it('recovers an older record that lacks newer fields', () => {
    const { ticks: _ticks, evidence: _evidence, format: _format, ...older } = record;
    const recovered = recoverRecord({ ...older, sheet: { ciUser: 'jane@example.com' } });
    expect(recovered?.ticks).toEqual({});
    expect(recovered?.evidence).toEqual({});
    expect(recovered?.sheet.ciUser).toBe('jane@example.com');
    expect(recovered?.sheet.logsSent).toBe(false);
  });

  it('sets aside what cannot be recovered', () => {
    for (const raw of [null, 42, 'text', [], { id: 'not-a-uuid' }, { ...record, flowId: '../../etc' }])
      expect(recoverRecord(raw)).toBeUndefined();
  });
});

describe('case sheet checks', () => {
  it('accepts good values and explains bad ones', () => {
    const sheet = emptySheet('UTC');
    expect(checkSheet(sheet)).toEqual({});
    expect(
      checkSheet({ ...sheet, ciUser: 'nope', orgId: '123', clientVersion: 'v43', feedbackNumber: '12ab', timeZone: 'Mars/Base' }),
    ).toEqual({
      ciUser: 'email-or-uuid',
      orgId: 'uuid',
      clientVersion: 'version',
      feedbackNumber: 'feedback',
      timeZone: 'time-zone',
    });
    expect(checkSheet({ ...sheet, windowStart: '2026-11-20T10:00', windowEnd: '2026-11-20T09:00' })).toEqual({ windowEnd: 'order' });
    expect(collectChecklist(sheet).filter((i) => !i.done)).toHaveLength(7);
  });
});

describe('a case sheet shared in a link', () => {
  it('round-trips, diacritics included', () => {
    const payload = encodeSharedCase({ title: record.title, sheet: record.sheet, evidence: record.evidence });
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSharedCase(payload)).toEqual({ title: record.title, sheet: record.sheet, evidence: record.evidence });
  });

  it('refuses damaged, hostile or oversized payloads', () => {
    for (const bad of ['', '!!!', '<script>', btoa('{"title":1}'), 'A'.repeat(20_000), btoa('\u00ff\u00fe')])
      expect(decodeSharedCase(bad)).toBeUndefined();
  });
});

describe('what a saved or imported case may hold', () => {
  const valid = (changes: Record<string, unknown>) => CaseRecordSchema.safeParse({ ...record, ...changes }).success;
  const validSheet = (changes: Record<string, unknown>) => valid({ sheet: { ...record.sheet, ...changes } });

  it('accepts the example record as it is', () => {
    expect(CaseRecordSchema.safeParse(record)).toEqual({ success: true, data: record });
  });

  it('wants the case id as a lower-case UUID, nothing before or after it', () => {
    expect(valid({ id: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toBe(true);
    for (const id of [
      '0F8FAD5B-D9CB-469F-A165-70867728950E',
      '0f8fad5b-d9cb-469f-a165-70867728950',
      '0f8fad5b-d9cb-469f-a165-70867728950ef',
      'x0f8fad5b-d9cb-469f-a165-70867728950e',
      '0f8fad5b-d9cb-469f-a165-70867728950e\n',
      '0f8fad5b_d9cb_469f_a165_70867728950e',
    ])
      expect(valid({ id })).toBe(false);
  });

  it('wants diagnosis, step and answer ids as lower-case words joined by single hyphens, at most 80 characters', () => {
    for (const id of ['provisioning', 'sign-in-2', 'a-b-c', '7', 'a'.repeat(80)]) {
      expect(valid({ flowId: id })).toBe(true);
      expect(valid({ stepId: id })).toBe(true);
      expect(valid({ answers: { [id]: id } })).toBe(true);
    }
    for (const id of ['', 'Sign-in', '-sign', 'sign-', 'sign--in', 'sign in', '../etc', 'x/sign', 'sign-in!', 'a'.repeat(81)]) {
      expect(valid({ flowId: id })).toBe(false);
      expect(valid({ stepId: id })).toBe(false);
      expect(valid({ answers: { [id]: 'yes' } })).toBe(false);
      expect(valid({ answers: { scope: id } })).toBe(false);
      expect(valid({ evidence: { [id]: 'seen' } })).toBe(false);
    }
  });

  it('takes an answer that ticks several answers together, each of them an id', () => {
    expect(valid({ answers: { 'should-register': 'no-connector.wrong-behavior' } })).toBe(true);
    expect(valid({ origin: { flowId: 'calling', answers: [['should-register', 'no-connector.wrong-behavior']] } })).toBe(true);
    for (const value of [
      'no-connector.',
      '.no-connector',
      'no-connector..wrong-behavior',
      `a.${'b'.repeat(81)}`,
      Array(21).fill('a').join('.'),
    ])
      expect(valid({ answers: { 'should-register': value } }), value).toBe(false);
  });

  it('wants ticks keyed by a step or a procedure step, each a list of at most 100 step ids', () => {
    for (const key of ['pslog-capture', 'procedure.step-1', 'a1.b2', 'x'.repeat(170)])
      expect(valid({ ticks: { [key]: ['test-user'] } })).toBe(true);
    for (const key of ['', 'a.b.c', 'Scope', '.scope', 'scope.', 'a..b', 'x/y', ' scope', 'x'.repeat(171)])
      expect(valid({ ticks: { [key]: ['test-user'] } })).toBe(false);
    expect(valid({ ticks: { scope: Array.from({ length: 100 }, (_, i) => `step-${String(i)}`) } })).toBe(true);
    expect(valid({ ticks: { scope: Array.from({ length: 101 }, (_, i) => `step-${String(i)}`) } })).toBe(false);
    expect(valid({ ticks: { scope: ['Not An Id'] } })).toBe(false);
    expect(valid({ ticks: { scope: 'test-user' } })).toBe(false);
  });

  it('keeps evidence up to the limit, and no more', () => {
    expect(valid({ evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT) } })).toBe(true);
    expect(valid({ evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT + 1) } })).toBe(false);
  });

  it('accepts evidence that reached the limit and was cut, at the exact boundary, so the case is not set aside on the next load', () => {
    for (const length of [EVIDENCE_LIMIT + 1, EVIDENCE_LIMIT + 2, 2 * EVIDENCE_LIMIT]) {
      const cut = appendEvidence(undefined, 'e'.repeat(length));
      expect(cut).toBe(`${'e'.repeat(EVIDENCE_LIMIT - 1)}…`);
      expect(recoverRecord({ ...record, evidence: { scope: cut } })).toEqual({ ...record, evidence: { scope: cut } });
    }
    const added = appendEvidence('e'.repeat(EVIDENCE_LIMIT), 'one more finding');
    expect(added).toHaveLength(EVIDENCE_LIMIT);
    expect(recoverRecord({ ...record, evidence: { scope: added } })?.evidence.scope).toBe(added);
  });

  it('limits the title and dates', () => {
    expect(valid({ title: 't'.repeat(200), createdAt: 'd'.repeat(40), updatedAt: 'd'.repeat(40) })).toBe(true);
    expect(valid({ title: 't'.repeat(201) })).toBe(false);
    expect(valid({ createdAt: 'd'.repeat(41) })).toBe(false);
    expect(valid({ updatedAt: 'd'.repeat(41) })).toBe(false);
    expect(valid({ format: 2 })).toBe(false);
    expect(valid({ format: '1' })).toBe(false);
  });

  it('limits each sheet field', () => {
    const limits = {
      ciUser: 320,
      bwUserId: 320,
      orgId: 80,
      windowStart: 40,
      windowEnd: 40,
      timeZone: 80,
      clientVersion: 40,
      trackingId: 200,
      feedbackNumber: 40,
    };
    for (const [field, max] of Object.entries(limits)) {
      expect(validSheet({ [field]: 'v'.repeat(max) })).toBe(true);
      expect(validSheet({ [field]: 'v'.repeat(max + 1) })).toBe(false);
      expect(validSheet({ [field]: 1 })).toBe(false);
    }
  });

  it('wants a known platform or none, and yes/no ticks as booleans', () => {
    for (const platform of ['', 'windows', 'mac', 'ios', 'android', 'other']) expect(validSheet({ platform })).toBe(true);
    for (const platform of ['linux', 'Windows', undefined]) expect(validSheet({ platform })).toBe(false);
    expect(validSheet({ logsSent: true, cedExported: true })).toBe(true);
    expect(validSheet({ logsSent: 'yes' })).toBe(false);
    expect(validSheet({ cedExported: 1 })).toBe(false);
  });
});

describe('a case file', () => {
  it('is the record wrapped with its kind and export time, as indented JSON ending in a newline', () => {
    const file = caseFile(record, new Date('2026-11-25T12:00:00.000Z'));
    expect(file).toBe(`${JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: '2026-11-25T12:00:00.000Z', case: record }, null, 2)}\n`);
    expect(
      file.startsWith(
        '{\n  "kind": "webex-broadworks-troubleshooter.case",\n  "exportedAt": "2026-11-25T12:00:00.000Z",\n  "case": {\n    "format": 1,',
      ),
    ).toBe(true);
    expect(CASE_FILE_KIND).toBe('webex-broadworks-troubleshooter.case');
  });

  it('is foreign when it is JSON but not a case file', () => {
    for (const raw of ['null', '42', '"text"', 'true', '{}', '{"kind":"other"}', '{"kind":null}', '{"case":{}}'])
      expect(parseCaseFile(raw)).toEqual({ ok: false, reason: 'foreign' });
  });

  it('is newer only when it says a format above ours; anything else wrong is invalid', () => {
    const file = (c: unknown) => JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: '2026-11-25T12:00:00.000Z', case: c });
    expect(parseCaseFile(file({ ...record, format: 2 }))).toEqual({ ok: false, reason: 'newer' });
    expect(parseCaseFile(file({ format: 2 }))).toEqual({ ok: false, reason: 'newer' });
    for (const c of [{ ...record, format: 0 }, { ...record, format: '2' }, { ...record, format: null }, null, 'case', { id: record.id }])
      expect(parseCaseFile(file(c))).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCaseFile(JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: 'x' }))).toEqual({ ok: false, reason: 'invalid' });
    expect(parseCaseFile(JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: 'x'.repeat(41), case: record }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(parseCaseFile(file(record))).toEqual({ ok: true, value: record });
  });

  it('reads the same record from a file with extra fields, dropping them', () => {
    const raw = JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: 'x', extra: 1, case: { ...record, extra: 2 } });
    expect(parseCaseFile(raw)).toEqual({ ok: true, value: record });
  });
});

describe('recovering a saved record', () => {
  it('keeps a complete record exactly as it was', () => {
    expect(recoverRecord(record)).toEqual(record);
  });

  it('fills in the format, title, answers, ticks, evidence and sheet a record lacks', () => {
    const { format: _f, title: _t, answers: _a, ticks: _k, evidence: _e, sheet: _s, ...bare } = record;
    expect(recoverRecord(bare)).toEqual({
      ...bare,
      format: 1,
      title: '',
      answers: {},
      ticks: {},
      evidence: {},
      sheet: emptySheet(browserTimeZone()),
    });
    expect(recoverRecord({ ...bare, sheet: null, title: null, answers: null, ticks: null, evidence: null, format: null })).toEqual({
      ...bare,
      format: 1,
      title: '',
      answers: {},
      ticks: {},
      evidence: {},
      sheet: emptySheet(browserTimeZone()),
    });
  });

  it('keeps the sheet fields a record has, filling in only the missing ones', () => {
    expect(recoverRecord({ ...record, sheet: { timeZone: 'Europe/Bucharest', logsSent: true } })?.sheet).toEqual({
      ...emptySheet('Europe/Bucharest'),
      logsSent: true,
    });
    expect(recoverRecord({ ...record, sheet: 'jane' })?.sheet).toEqual(emptySheet(browserTimeZone()));
  });

  it('does not recover a record of a newer format, or with a field of the wrong kind', () => {
    expect(recoverRecord({ ...record, format: 2 })).toBeUndefined();
    expect(recoverRecord({ ...record, title: 7 })).toBeUndefined();
    expect(recoverRecord({ ...record, answers: [] })).toBeUndefined();
    expect(recoverRecord({ ...record, evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT + 1) } })).toBeUndefined();
    expect(recoverRecord({ ...record, sheet: { ...record.sheet, platform: 'linux' } })).toBeUndefined();
  });
});
