import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'idb-keyval';
import { EVIDENCE_LIMIT, emptySheet } from './case-basics';
import type { CaseRecord } from './case-model';
import {
  activeCaseId,
  deleteCase,
  discardSetAside,
  getCase,
  listCases,
  newCaseId,
  putCase,
  setActiveCaseId,
  setAsideExport,
} from './case-store';

// IndexedDB through idb-keyval, as an in-memory map. Every call must name the
// cases store, as the real one would otherwise write to idb-keyval's default.
const idb = vi.hoisted(() => ({ db: new Map<unknown, unknown>(), store: { name: 'the cases store' } }));
vi.mock('idb-keyval', () => {
  const check = (store: unknown) => {
    if (store !== idb.store) throw new Error('not the cases store');
  };
  return {
    createStore: vi.fn(() => idb.store),
    get: vi.fn((key: unknown, store: unknown) => {
      check(store);
      return Promise.resolve(idb.db.get(key));
    }),
    set: vi.fn((key: unknown, value: unknown, store: unknown) => {
      check(store);
      idb.db.set(key, structuredClone(value));
      return Promise.resolve();
    }),
    del: vi.fn((key: unknown, store: unknown) => {
      check(store);
      idb.db.delete(key);
      return Promise.resolve();
    }),
    entries: vi.fn((store: unknown) => {
      check(store);
      return Promise.resolve([...idb.db.entries()]);
    }),
  };
});

const NOW = 1_764_676_800_000;

const caseRecord = (id: string, updatedAt: string, title = 'ACME phone'): CaseRecord => ({
  format: 1,
  id,
  title,
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt,
  flowId: 'provisioning',
  stepId: 'scope',
  answers: { scope: 'not-sure' },
  ticks: {},
  evidence: { scope: 'whole enterprise' },
  sheet: emptySheet('Europe/Bucharest'),
});

const a = caseRecord('0f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-25T10:05:00.000Z', 'older');
const b = caseRecord('1f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-26T10:05:00.000Z', 'newest');
const c = caseRecord('2f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-25T11:05:00.000Z', 'middle');

beforeEach(() => {
  idb.db.clear();
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the case store', () => {
  it('is its own IndexedDB database and object store', () => {
    expect(vi.mocked(createStore).mock.calls).toEqual([['wbt-cases', 'cases']]);
  });

  it('saves a case under its id and reads it back', async () => {
    await putCase(a);
    expect([...idb.db.entries()]).toEqual([['case:0f8fad5b-d9cb-469f-a165-70867728950e', a]]);
    expect(await getCase(a.id)).toEqual(a);
    expect(await getCase(b.id)).toBeUndefined();
  });

  it('lists no cases in an empty store', async () => {
    expect(await listCases()).toEqual({ cases: [], setAside: 0 });
  });

  it('lists the cases newest first', async () => {
    for (const record of [a, b, c]) await putCase(record);
    expect(await listCases()).toEqual({ cases: [b, c, a], setAside: 0 });
  });

  it('fills in what an older saved case lacks when it reads it', async () => {
    const { ticks: _ticks, evidence: _evidence, format: _format, ...older } = a;
    idb.db.set(`case:${a.id}`, older);
    expect(await getCase(a.id)).toEqual({ ...a, evidence: {} });
    expect(await listCases()).toEqual({ cases: [{ ...a, evidence: {} }], setAside: 0 });
  });

  it('leaves other keys in the store alone, text or not, and still lists every case', async () => {
    idb.db.set('settings', { theme: 'dark' });
    idb.db.set(7, 'a number key');
    idb.db.set(['set-aside:x:1'], 'an array key');
    await putCase(a);
    expect(await listCases()).toEqual({ cases: [a], setAside: 0 });
    expect(await setAsideExport()).toBe('{}');
    await discardSetAside();
    expect([...idb.db.values()]).toEqual([{ theme: 'dark' }, 'a number key', 'an array key', a]);
  });
});

describe('a saved case that can no longer be read', () => {
  const damaged: Record<string, unknown> = {
    // A value that is not a record at all, as text that once was JSON.
    [`case:${'3'.repeat(8)}-d9cb-469f-a165-70867728950e`]: '{"id": "3333',
    // The wrong shape: a step id that is no id.
    'case:4f8fad5b-d9cb-469f-a165-70867728950e': { ...caseRecord('4f8fad5b-d9cb-469f-a165-70867728950e', 'x'), stepId: '../etc' },
    // Evidence over the limit.
    'case:5f8fad5b-d9cb-469f-a165-70867728950e': {
      ...caseRecord('5f8fad5b-d9cb-469f-a165-70867728950e', 'x'),
      evidence: { scope: 'e'.repeat(EVIDENCE_LIMIT + 1) },
    },
    // Written by a newer version of the app.
    'case:6f8fad5b-d9cb-469f-a165-70867728950e': { ...caseRecord('6f8fad5b-d9cb-469f-a165-70867728950e', 'x'), format: 2 },
  };

  it('is set aside under its own key, kept as it was, and counted, while every other case is listed', async () => {
    await putCase(a);
    for (const [key, value] of Object.entries(damaged)) idb.db.set(key, value);
    await putCase(b);

    expect(await listCases()).toEqual({ cases: [b, a], setAside: 4 });
    expect(Object.fromEntries(idb.db)).toEqual({
      [`case:${a.id}`]: a,
      [`case:${b.id}`]: b,
      [`set-aside:33333333-d9cb-469f-a165-70867728950e:${String(NOW)}`]: damaged['case:33333333-d9cb-469f-a165-70867728950e'],
      [`set-aside:4f8fad5b-d9cb-469f-a165-70867728950e:${String(NOW)}`]: damaged['case:4f8fad5b-d9cb-469f-a165-70867728950e'],
      [`set-aside:5f8fad5b-d9cb-469f-a165-70867728950e:${String(NOW)}`]: damaged['case:5f8fad5b-d9cb-469f-a165-70867728950e'],
      [`set-aside:6f8fad5b-d9cb-469f-a165-70867728950e:${String(NOW)}`]: damaged['case:6f8fad5b-d9cb-469f-a165-70867728950e'],
    });
  });

  it('stays set aside and counted on the next load, without being set aside again', async () => {
    await putCase(a);
    idb.db.set('case:4f8fad5b-d9cb-469f-a165-70867728950e', damaged['case:4f8fad5b-d9cb-469f-a165-70867728950e']);
    await listCases();
    vi.mocked(Date.now).mockReturnValue(NOW + 1000);
    expect(await listCases()).toEqual({ cases: [a], setAside: 1 });
    expect([...idb.db.keys()]).toEqual([`case:${a.id}`, `set-aside:4f8fad5b-d9cb-469f-a165-70867728950e:${String(NOW)}`]);
  });

  it('is not returned when opened by its id', async () => {
    idb.db.set('case:4f8fad5b-d9cb-469f-a165-70867728950e', damaged['case:4f8fad5b-d9cb-469f-a165-70867728950e']);
    expect(await getCase('4f8fad5b-d9cb-469f-a165-70867728950e')).toBeUndefined();
  });

  it('can be downloaded, all set-aside records as one JSON text, and nothing else', async () => {
    await putCase(a);
    idb.db.set('settings', 1);
    idb.db.set('set-aside:x:1', { id: 'x' });
    idb.db.set('set-aside:y:2', 'broken');
    expect(await setAsideExport()).toBe(JSON.stringify({ 'set-aside:x:1': { id: 'x' }, 'set-aside:y:2': 'broken' }, null, 2));
    expect(await setAsideExport()).toBe('{\n  "set-aside:x:1": {\n    "id": "x"\n  },\n  "set-aside:y:2": "broken"\n}');
  });

  it('can be discarded, leaving the cases and other keys', async () => {
    await putCase(a);
    idb.db.set('settings', 1);
    idb.db.set('set-aside:x:1', { id: 'x' });
    idb.db.set('set-aside:y:2', 'broken');
    await discardSetAside();
    expect([...idb.db.keys()]).toEqual([`case:${a.id}`, 'settings']);
    expect(await listCases()).toEqual({ cases: [a], setAside: 0 });
    expect(await setAsideExport()).toBe('{}');
  });
});

describe('deleting a case', () => {
  it('removes only that case', async () => {
    await putCase(a);
    await putCase(b);
    await deleteCase(a.id);
    expect(await listCases()).toEqual({ cases: [b], setAside: 0 });
  });

  it('stops it being the active case of this tab, but leaves another active case', async () => {
    const session = sessionStorage();
    vi.stubGlobal('window', { sessionStorage: session });
    await putCase(a);
    await putCase(b);
    setActiveCaseId(b.id);
    await deleteCase(a.id);
    expect(activeCaseId()).toBe(b.id);
    await deleteCase(b.id);
    expect(activeCaseId()).toBeUndefined();
    expect(session.removed).toEqual(['wbt.activeCase']);
  });
});

function sessionStorage() {
  const items = new Map<string, string>();
  const removed: string[] = [];
  return {
    items,
    removed,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => {
      removed.push(key);
      items.delete(key);
    },
  };
}

describe('the active case of this tab', () => {
  it('is kept in session storage, and none until one is chosen', () => {
    const session = sessionStorage();
    vi.stubGlobal('window', { sessionStorage: session });
    expect(activeCaseId()).toBeUndefined();
    setActiveCaseId(a.id);
    expect([...session.items]).toEqual([['wbt.activeCase', a.id]]);
    expect(activeCaseId()).toBe(a.id);
    setActiveCaseId(undefined);
    expect([...session.items]).toEqual([]);
    expect(activeCaseId()).toBeUndefined();
  });

  it('is none, without an error, where session storage cannot be used', () => {
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    vi.stubGlobal('window', { sessionStorage: { getItem: refuse, setItem: refuse, removeItem: refuse } });
    expect(activeCaseId()).toBeUndefined();
    expect(() => {
      setActiveCaseId(a.id);
      setActiveCaseId(undefined);
    }).not.toThrow();
  });
});

describe('a new case id', () => {
  it('is a fresh random UUID, as the schema wants it', () => {
    const first = newCaseId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newCaseId()).not.toBe(first);
  });
});
