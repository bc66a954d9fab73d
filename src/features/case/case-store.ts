/**
 * Cases in this browser's IndexedDB, through idb-keyval. A record that no
 * longer validates is never dropped silently: what can be recovered is
 * recovered, the rest is set aside under its own key and reported.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import type { CaseRecord } from './case-model';

/** The schema (zod) loads only when a saved case is actually read. */
const recover = async (raw: unknown) => (await import('./case-model')).recoverRecord(raw);

const store = createStore('wbt-cases', 'cases');
const CASE_KEY = 'case:';
const ASIDE_KEY = 'set-aside:';
const ACTIVE_KEY = 'wbt.activeCase';

const isAside = (key: IDBValidKey) => typeof key === 'string' && key.startsWith(ASIDE_KEY);

export interface CaseList {
  readonly cases: readonly CaseRecord[];
  /** How many saved records could not be read and were set aside. */
  readonly setAside: number;
}

export async function listCases(): Promise<CaseList> {
  const all = await entries<IDBValidKey, unknown>(store);
  const cases: CaseRecord[] = [];
  let setAside = 0;
  for (const [key, value] of all) {
    // Only this module writes here, with text keys; any other key is left alone.
    if (typeof key !== 'string') continue;
    const name = key;
    if (name.startsWith(ASIDE_KEY)) {
      setAside += 1;
      continue;
    }
    if (!name.startsWith(CASE_KEY)) continue;
    const record = await recover(value);
    if (record) {
      cases.push(record);
    } else {
      await set(`${ASIDE_KEY}${name.slice(CASE_KEY.length)}:${String(Date.now())}`, value, store);
      await del(key, store);
      setAside += 1;
    }
  }
  cases.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return { cases, setAside };
}

export async function getCase(id: string): Promise<CaseRecord | undefined> {
  return recover(await get(`${CASE_KEY}${id}`, store));
}

export async function putCase(record: CaseRecord): Promise<void> {
  await set(`${CASE_KEY}${record.id}`, record, store);
}

export async function deleteCase(id: string): Promise<void> {
  await del(`${CASE_KEY}${id}`, store);
  if (activeCaseId() === id) setActiveCaseId(undefined);
}

/** The set-aside records as one JSON text, for the user to keep or send. */
export async function setAsideExport(): Promise<string> {
  const all = await entries<IDBValidKey, unknown>(store);
  return JSON.stringify(Object.fromEntries(all.filter(([key]) => isAside(key)).map(([key, value]) => [key, value])), null, 2);
}

export async function discardSetAside(): Promise<void> {
  const all = await entries<IDBValidKey, unknown>(store);
  for (const [key] of all) if (isAside(key)) await del(key, store);
}

/** The case this tab is working on; per tab, so two tabs can work two cases. */
export function activeCaseId(): string | undefined {
  try {
    return window.sessionStorage.getItem(ACTIVE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setActiveCaseId(id: string | undefined): void {
  try {
    if (id === undefined) window.sessionStorage.removeItem(ACTIVE_KEY);
    else window.sessionStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // Without session storage the case stays reachable from the case list.
  }
}

export function newCaseId(): string {
  return crypto.randomUUID();
}
