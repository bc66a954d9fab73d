import { describe, expect, it } from 'vitest';
import { checkSheet, collectChecklist, emptySheet } from './case-basics';
import { CASE_FILE_KIND, caseFile, type CaseRecord, parseCaseFile, recoverRecord } from './case-model';
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
