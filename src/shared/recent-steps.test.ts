import { describe, expect, it } from 'vitest';
import { entryFor, parseSavedSteps, PINNED_LIMIT, RECENT_LIMIT, type SavedStep, sameStep, withPin, withVisit } from './recent-steps';

const at = new Date('2026-01-02T03:04:05Z');
const step = (flowId: string, stepId: string, answers: [string, string][] = []): SavedStep =>
  entryFor({ flowId, stepId, answers, version: 1 }, at);

describe('recent and pinned steps', () => {
  it('keeps only what a step URL holds, never ticks', () => {
    const entry = entryFor({ flowId: 'sign-in', stepId: 'auth-mode', answers: [['symptom', 'x']], version: 3, ticks: [['n', ['a']]] }, at);
    expect(entry).toEqual({ flowId: 'sign-in', stepId: 'auth-mode', answers: [['symptom', 'x']], version: 3, at: at.toISOString() });
  });

  it('keeps one recent entry per diagnosis, the latest first, within the limit', () => {
    let saved = parseSavedSteps(null);
    saved = withVisit(saved, step('sign-in', 'symptom'));
    saved = withVisit(saved, step('provisioning', 'scope'));
    saved = withVisit(saved, step('sign-in', 'auth-mode', [['symptom', 'password']]));
    expect(saved.recent.map((e) => `${e.flowId}/${e.stepId}`)).toEqual(['sign-in/auth-mode', 'provisioning/scope']);
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1) saved = withVisit(saved, step(`flow-${String(i)}`, 'start'));
    expect(saved.recent).toHaveLength(RECENT_LIMIT);
    expect(saved.recent[0]?.flowId).toBe(`flow-${String(RECENT_LIMIT + 2)}`);
  });

  it('pins a step with its answers once, and unpins exactly that one', () => {
    const a = step('sign-in', 'auth-mode', [['symptom', 'password']]);
    const b = step('sign-in', 'auth-mode', [['symptom', 'sso']]);
    let saved = withPin(withPin(withPin(parseSavedSteps(null), a, true), b, true), a, true);
    expect(saved.pinned).toHaveLength(2);
    expect(sameStep(saved.pinned[0]!, a)).toBe(true);
    saved = withPin(saved, a, false);
    expect(saved.pinned).toEqual([b]);
    for (let i = 0; i < PINNED_LIMIT + 1; i += 1) saved = withPin(saved, step('f', `s-${String(i)}`), true);
    expect(saved.pinned).toHaveLength(PINNED_LIMIT);
  });

  it('round-trips through storage text and drops damaged or foreign entries', () => {
    const good = step('sign-in', 'auth-mode', [['symptom', 'password']]);
    const text = JSON.stringify({
      recent: [good, { ...good, flowId: '../x' }, { ...good, answers: [['a']] }, { ...good, at: 'never' }, { ...good, version: 0 }, 'x'],
      pinned: [{ ...good, sheet: { ciUser: 'someone@example.com' } }],
    });
    const saved = parseSavedSteps(text);
    expect(saved.recent).toEqual([good]);
    // Unknown fields (such as case data) never come back out of storage.
    expect(saved.pinned).toEqual([good]);
    expect(parseSavedSteps('not json')).toEqual({ recent: [], pinned: [] });
    expect(parseSavedSteps('null')).toEqual({ recent: [], pinned: [] });
  });

  it('keeps a step reached by answers ticked together, and drops a malformed set', () => {
    const ticked = step('calling', 'enable-calling', [
      ['check-client', 'no-icon'],
      ['should-register', 'no-connector.wrong-behavior'],
    ]);
    const broken = { ...ticked, answers: [['should-register', 'no-connector..wrong-behavior']] };
    expect(parseSavedSteps(JSON.stringify({ recent: [ticked, broken], pinned: [] })).recent).toEqual([ticked]);
  });
});
