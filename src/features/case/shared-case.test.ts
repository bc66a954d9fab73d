import { describe, expect, it } from 'vitest';
import { EVIDENCE_LIMIT, emptySheet } from './case-basics';
import { decodeSharedCase, encodeSharedCase, type SharedCase } from './shared-case';

const shared: SharedCase = {
  title: 'ACME – Ștefan’s phone',
  sheet: { ...emptySheet('Europe/Bucharest'), ciUser: 'jane@example.com', platform: 'ios', logsSent: true },
  evidence: { scope: 'whole enterprise, since Monday' },
};

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('a case sheet in a link', () => {
  it('is the base64url of its JSON, without padding', () => {
    for (const title of ['', 'a', 'ab', 'abc', '??>>', '~~~', 'Ștefan']) {
      const value = { ...shared, title };
      const payload = encodeSharedCase(value);
      expect(payload).toBe(base64url(JSON.stringify(value)));
      expect(decodeSharedCase(payload)).toEqual(value);
    }
  });

  it('uses - and _ where base64 has + and /, and reads them back', () => {
    // '>>>' and '???' are 0x3e and 0x3f bytes: '+' and '/' in base64.
    const value = { ...shared, title: '>>>???>?>', evidence: { scope: '~~~ÿÿÿ' } };
    const payload = encodeSharedCase(value);
    expect(base64(JSON.stringify(value))).toMatch(/\+/);
    expect(base64(JSON.stringify(value))).toMatch(/\//);
    expect(payload).toMatch(/-/);
    expect(payload).toMatch(/_/);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSharedCase(payload)).toEqual(value);
  });

  it('is refused in plain base64, padded or with + and /', () => {
    const value = { ...shared, title: '>>>???>?>x' };
    const plain = base64(JSON.stringify(value));
    expect(plain).toMatch(/\+.*\/|\/.*\+/);
    expect(decodeSharedCase(plain.replace(/=+$/, ''))).toBeUndefined();
    // Of three lengths in a row, two need padding: padded, they are refused; unpadded, they read.
    const needPadding = ['a', 'ab', 'abc']
      .map((title) => ({ value: { ...shared, title }, payload: base64url(JSON.stringify({ ...shared, title })) }))
      .filter(({ payload }) => payload.length % 4 !== 0);
    expect(needPadding).toHaveLength(2);
    for (const { value, payload } of needPadding) {
      expect(decodeSharedCase(payload)).toEqual(value);
      expect(decodeSharedCase(`${payload}${'='.repeat(4 - (payload.length % 4))}`)).toBeUndefined();
    }
  });

  it('is refused when its bytes are not UTF-8, even where the JSON would still read', () => {
    const json = Buffer.concat([
      Buffer.from('{"title":"'),
      Buffer.from([0xff]),
      Buffer.from(`","sheet":${JSON.stringify(shared.sheet)},"evidence":{}}`),
    ]);
    expect(decodeSharedCase(json.toString('base64url'))).toBeUndefined();
    // The same with a valid character reads.
    expect(decodeSharedCase(base64url(`{"title":"ÿ","sheet":${JSON.stringify(shared.sheet)},"evidence":{}}`))).toEqual({
      title: 'ÿ',
      sheet: shared.sheet,
      evidence: {},
    });
  });

  it('is refused when it is not JSON, or not a shared case', () => {
    for (const text of ['{', 'null', '[]', '"text"', JSON.stringify({ title: 'x', sheet: shared.sheet })])
      expect(decodeSharedCase(base64url(text))).toBeUndefined();
  });

  it('keeps to the schema: title up to 200, evidence keyed by step ids, each up to the evidence limit', () => {
    const decode = (changes: Partial<Record<keyof SharedCase, unknown>>) =>
      decodeSharedCase(base64url(JSON.stringify({ ...shared, ...changes })));
    expect(decode({ title: 't'.repeat(200) })?.title).toBe('t'.repeat(200));
    expect(decode({ title: 't'.repeat(201) })).toBeUndefined();
    expect(decode({ evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT) } })?.evidence.scope).toHaveLength(EVIDENCE_LIMIT);
    expect(decode({ evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT + 1) } })).toBeUndefined();
    for (const key of ['sign-in-2', 'a-b-c', 'k'.repeat(80)])
      expect(decode({ evidence: { [key]: 'seen' } })?.evidence).toEqual({ [key]: 'seen' });
    for (const key of ['', 'Scope', '-scope', 'scope-', 'sign--in', 'sign in', '../etc', 'k'.repeat(81)])
      expect(decode({ evidence: { [key]: 'seen' } })).toBeUndefined();
    expect(decode({ evidence: { scope: 1 } })).toBeUndefined();
    expect(decode({ sheet: { ...shared.sheet, platform: 'linux' } })).toBeUndefined();
    expect(decode({ sheet: { ...shared.sheet, orgId: 'o'.repeat(81) } })).toBeUndefined();
  });

  it('drops fields the schema does not know', () => {
    expect(decodeSharedCase(base64url(JSON.stringify({ ...shared, answers: { scope: 'x' } })))).toEqual(shared);
  });

  it('is read up to 16,000 characters, and refused beyond', () => {
    // 12,000 bytes of JSON are exactly 16,000 base64url characters.
    const sized = (bytes: number) => {
      const empty = JSON.stringify({ ...shared, evidence: { a: '', b: '', c: '' } });
      const room = bytes - Buffer.byteLength(empty);
      const value = {
        ...shared,
        evidence: { a: 'e'.repeat(EVIDENCE_LIMIT), b: 'e'.repeat(EVIDENCE_LIMIT), c: 'e'.repeat(room - 2 * EVIDENCE_LIMIT) },
      };
      expect(Buffer.byteLength(JSON.stringify(value))).toBe(bytes);
      return value;
    };
    const fits = sized(12_000);
    expect(encodeSharedCase(fits)).toHaveLength(16_000);
    expect(decodeSharedCase(encodeSharedCase(fits))).toEqual(fits);
    const over = sized(12_001);
    expect(encodeSharedCase(over)).toHaveLength(16_002);
    expect(decodeSharedCase(encodeSharedCase(over))).toBeUndefined();
  });
});
