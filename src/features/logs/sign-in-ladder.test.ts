/**
 * The sign-in judge, collector and combination, read against a small ladder
 * of three steps, so that each rule is seen on its own: which group a reason
 * quotes, which failure an entry keeps, what a trace holds, how the
 * access_log's answers join an attempt and where an attempt leads.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import type { LogCatalogue, SignInStep } from './catalogue';
import type { SignInRequest } from './requests';
import { combineSignIns, createSignInCollector, createSignInJudge, saysMore, trimForDisplay, type SignInTrace } from './sign-in';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');

const step = (s: Omit<SignInStep, 'number' | 'arrow'>): SignInStep => ({
  number: '1',
  arrow: { from: 'app', to: 'xsi', label: s.id },
  ...s,
});

const ladder: LogCatalogue['signIn'] = {
  ...loaded.logCatalogue.signIn,
  stopped: 'flow:stopped',
  steps: [
    step({
      id: 'a',
      pattern: 'STEP-A',
      starts: true,
      success: 'A-OK',
      failure: ['A-FAIL:(\\s*)(\\w*)', 'A-ERR (\\w+)|A-BAD (\\w+)'],
      refused: 'flow:a-refused',
      user: { role: 'webex', pattern: 'user=(\\S+)' },
    }),
    step({ id: 'b', pattern: 'STEP-B', failure: ['B-FAIL:(.*)'] }),
    step({
      id: 'c',
      pattern: 'STEP-C',
      success: 'C-OK',
      requires: { platform: 'desktop', pattern: 'DEVICE-PC', reason: 'no PC device', target: 'flow:pc' },
    }),
  ],
  failure: ['ERROR:(.*)', 'Status (\\d{3})'],
  refused: 'DENIED',
  platforms: [
    { id: 'desktop', pattern: 'Windows' },
    { id: 'mobile', pattern: 'iOS' },
  ],
};
const catalogue: LogCatalogue = { ...loaded.logCatalogue, signIn: ladder };

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const judged = (...texts: string[]) => createSignInJudge(ladder)(lines(...texts));

/** One log's traces, one entry per list of lines, all under one tracking id. */
function traceOf(id: string, ...entries: (string[] | { lines: string[]; request: SignInRequest })[]): SignInTrace[] {
  const judge = createSignInJudge(ladder);
  const collector = createSignInCollector(ladder, 10);
  for (const entry of entries) {
    if (Array.isArray(entry)) collector.add(id, judge(lines(...entry)));
    else collector.add(id, judge(lines(...entry.lines)), entry.request);
  }
  return collector.traces();
}

const attempt = (...logs: SignInTrace[][]) => {
  const all = combineSignIns(
    catalogue,
    logs.map((traces, i) => ({ file: `log-${String(i)}`, traces })),
  );
  return new Map(all.map((a) => [a.trackingId, a]));
};

describe('what one entry says of the ladder', () => {
  it('quotes the first group that caught something, trimmed, else the whole match', () => {
    // The first alternative's group is not taken: the second one's is the reason.
    expect(judged('STEP-A', 'A-BAD boom').failures).toEqual([{ step: 'a', reason: 'boom', refused: false }]);
    // A group of blanks says nothing: the next one is quoted.
    expect(judged('STEP-A', 'A-FAIL:   gone').failures).toEqual([{ step: 'a', reason: 'gone', refused: false }]);
    expect(judged('STEP-B', 'B-FAIL:  out of memory  ').failures).toEqual([{ step: 'b', reason: 'out of memory', refused: false }]);
  });

  it('quotes 200 characters of a reason as they are, and cuts a longer one', () => {
    const exactly = 'x'.repeat(200);
    expect(judged('STEP-B', `B-FAIL:${exactly}`).failures[0]?.reason).toBe(exactly);
    expect(judged('STEP-B', `B-FAIL:${exactly}y`).failures[0]?.reason).toBe(`${exactly}…`);
  });

  it('shows a line of 400 characters whole, and cuts a longer one', () => {
    expect(trimForDisplay('l'.repeat(400))).toBe('l'.repeat(400));
    expect(trimForDisplay('l'.repeat(401))).toBe(`${'l'.repeat(400)}…`);
  });

  it('cites each line about any of its steps, in the order of the log', () => {
    expect(judged('STEP-A', 'STEP-B').lines.map((l) => l.line)).toEqual([1, 2]);
    // The failure comes first in the log, though it is found after the steps.
    expect(judged('ERROR: early', 'STEP-A', 'A-OK').lines.map((l) => l.line)).toEqual([1, 2]);
  });

  it('keeps the first platform and the first user id the entry names', () => {
    expect(judged('STEP-A Windows', 'STEP-A iOS').platform).toBe('desktop');
    expect(judged('STEP-A Windows', 'STEP-A again').platform).toBe('desktop');
    expect(judged('STEP-A user=first', 'STEP-A user=second').users).toEqual({ webex: 'first' });
    expect(judged('STEP-A', 'STEP-A user=late').users).toEqual({ webex: 'late' });
  });

  it('gives a line a step claims to that step only, not also to the entry', () => {
    expect(judged('STEP-A', 'STEP-B', 'B-FAIL: ERROR: disk').failures).toEqual([{ step: 'b', reason: 'ERROR: disk', refused: false }]);
  });

  it('keeps one failure per step, the most telling reason, and a refusal when any of them is one', () => {
    // A-FAIL ranks before A-ERR whatever the order of the lines.
    expect(judged('STEP-A', 'A-ERR other', 'A-FAIL: why').failures).toEqual([{ step: 'a', reason: 'why', refused: false }]);
    expect(judged('STEP-A', 'A-FAIL: why', 'A-ERR denied DENIED').failures).toEqual([{ step: 'a', reason: 'why', refused: true }]);
    // A general failure ranks after the step's own.
    expect(judged('STEP-A', 'ERROR: general', 'A-ERR own').failures).toEqual([{ step: 'a', reason: 'own', refused: false }]);
  });

  it('a step with success and failure evidence in one entry has failed, not succeeded', () => {
    const verdict = judged('STEP-A', 'A-OK', 'A-FAIL: x');
    expect([...verdict.succeeded]).toEqual([]);
    expect(verdict.failures.map((f) => f.step)).toEqual(['a']);
    expect([...judged('STEP-A', 'A-OK', 'STEP-B').succeeded]).toEqual(['a', 'b']);
  });
});

describe('what one log shows of a tracking id', () => {
  it('an entry that says nothing of the ladder adds no tracking id', () => {
    expect(traceOf('T', ['nothing here'])).toEqual([]);
  });

  it('a plain attempt: no unplaced failure, and neither requests nor a platform it did not show', () => {
    const [trace] = traceOf('T', ['STEP-A', 'A-OK']);
    expect(trace).toMatchObject({ trackingId: 'T', seen: ['a'], failed: [], failedUnplaced: false });
    expect(trace && 'requests' in trace).toBe(false);
    expect(trace && 'platform' in trace).toBe(false);
  });

  it('waits for the platform only for a step that has a requirement and succeeded', () => {
    expect(traceOf('T', ['STEP-A', 'A-OK'])[0]?.unsatisfied).toEqual([]);
    expect(traceOf('T', ['STEP-C'])[0]?.unsatisfied).toEqual([]);
    expect(traceOf('T', ['STEP-C', 'C-OK'])[0]?.unsatisfied).toEqual(['c']);
  });

  it('keeps the first reason of a step unless a later one says more of it', () => {
    expect(traceOf('T', ['STEP-B', 'B-FAIL: alpha'], ['STEP-B', 'B-FAIL: beta'])[0]?.reasons).toEqual({ b: 'alpha' });
    expect(traceOf('T', ['STEP-B', 'B-FAIL: alpha'], ['STEP-B', 'B-FAIL: alpha, and more'])[0]?.reasons).toEqual({
      b: 'alpha, and more',
    });
  });

  it('keeps 16 requests of a tracking id and 20 000 access_log lines without one', () => {
    const request = (n: number): SignInRequest => ({
      client: '10.0.0.1',
      at: '2026-11-20 10:00:00',
      method: 'GET',
      target: `/r${String(n)}`,
    });
    const judge = createSignInJudge(ladder);
    const collector = createSignInCollector(ladder, 10);
    for (let n = 0; n < 17; n += 1) collector.add('T', judge(lines('STEP-A')), request(n));
    for (let n = 0; n < 20_001; n += 1) collector.untracked(request(n));
    const [tracked, untracked] = collector.traces();
    expect(tracked?.requests?.map((r) => r.target)).toEqual(Array.from({ length: 16 }, (_, n) => `/r${String(n)}`));
    expect(untracked?.trackingId).toBe('');
    expect(untracked?.requests).toHaveLength(20_000);
  });
});

describe('an attempt from all the logs', () => {
  it('a step failed in one log is not seen because another shows it', () => {
    const a = attempt(traceOf('T', ['STEP-A', 'A-FAIL: x']), traceOf('T', ['STEP-A', 'A-OK'])).get('T');
    expect(a).toMatchObject({ failed: ['a'], seen: [] });
  });

  it('a complete attempt has no stop, no stop kind and no target', () => {
    const a = attempt(traceOf('T', ['STEP-A', 'A-OK', 'STEP-B', 'STEP-C', 'C-OK'])).get('T');
    expect(a?.seen).toEqual(['a', 'b', 'c']);
    expect([a?.stop, a?.stopKind, a?.target]).toEqual([undefined, undefined, undefined]);
  });

  it('an attempt missing a step leads where a stopped attempt does', () => {
    expect(attempt(traceOf('T', ['STEP-A', 'A-OK'])).get('T')).toMatchObject({ stop: 'b', stopKind: 'missing', target: 'flow:stopped' });
  });

  it('a refusal at a step without a refusal target leads where a stopped attempt does', () => {
    expect(attempt(traceOf('T', ['STEP-A', 'A-OK', 'STEP-B', 'B-FAIL: DENIED'])).get('T')).toMatchObject({
      stop: 'b',
      refused: ['b'],
      target: 'flow:stopped',
    });
    expect(attempt(traceOf('T', ['STEP-A', 'A-ERR no DENIED'])).get('T')).toMatchObject({ stop: 'a', target: 'flow:a-refused' });
  });

  it('a requirement missing on its platform fails the step as no refusal, and leads to its own target', () => {
    const a = attempt(traceOf('T', ['STEP-A Windows', 'A-OK', 'STEP-B', 'STEP-C', 'C-OK'])).get('T');
    expect(a).toMatchObject({ stop: 'c', failed: ['c'], refused: [], reasons: { c: 'no PC device' }, target: 'flow:pc' });
  });

  describe('access_log lines tied to their attempt', () => {
    const request = (target: string): SignInRequest => ({ client: '10.0.0.1', at: '2026-11-20 10:00:00', method: 'GET', target });
    const accessLog = (...items: SignInRequest[]) => {
      const collector = createSignInCollector(ladder, 10);
      for (const item of items) collector.untracked(item);
      return collector.traces();
    };

    it('a status fails its step when the other logs give no reason, and shows as that step’s answer', () => {
      const a = attempt(
        traceOf('T', { lines: ['STEP-A', 'A-OK'], request: request('/a') }),
        accessLog({ ...request('/a'), status: '500', line: { line: 7, text: 'STEP-A Status 500' } }),
      ).get('T');
      expect(a).toMatchObject({ failed: ['a'], reasons: { a: '500' }, stop: 'a', statuses: { a: '500' }, failedUnplaced: false });
    });

    it('a status is only the answer of its step when the other logs already say which step failed', () => {
      const a = attempt(
        traceOf('T', { lines: ['STEP-A', 'A-OK', 'STEP-B', 'B-FAIL: boom'], request: request('/a') }),
        accessLog({ ...request('/a'), status: '401', line: { line: 7, text: 'STEP-A Status 401' } }),
      ).get('T');
      expect(a).toMatchObject({ failed: ['b'], reasons: { b: 'boom' }, stop: 'b', statuses: { a: '401' }, failedUnplaced: false });
    });

    it('a tied line about no step, without a status or without its text gives no status', () => {
      const a = attempt(
        traceOf(
          'T',
          { lines: ['STEP-A', 'A-OK'], request: request('/other') },
          { lines: ['STEP-A'], request: request('/no-status') },
          { lines: ['STEP-A'], request: request('/no-line') },
        ),
        accessLog(
          { ...request('/other'), status: '200', line: { line: 7, text: 'GET /other' } },
          { ...request('/no-status'), line: { line: 8, text: 'STEP-A' } },
          request('/no-line'),
        ),
      ).get('T');
      expect(Object.keys(a?.statuses ?? { none: '' })).toEqual([]);
      expect(a?.failed).toEqual([]);
    });
  });
});

describe('a bare status', () => {
  it('is three digits and nothing else', () => {
    expect(saysMore('Error 401', '401')).toBe(true);
    expect(saysMore('Invalid password', 'Error 401')).toBe(false);
    expect(saysMore('Invalid password', '401 Unauthorized')).toBe(false);
  });
});
