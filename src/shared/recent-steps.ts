/**
 * The diagnoses and steps used last, and the ones pinned, in this browser's
 * localStorage only. An entry is a step's location: flow, step, answers and
 * content version, the same as its URL. Never a case sheet, evidence or
 * ticks: nothing typed by the user goes in here.
 *
 * The home page reads it with useSyncExternalStore; a change in another tab
 * arrives through the `storage` event.
 */
import { useSyncExternalStore } from 'react';
import type { StepLocation } from './paths';
import { SAVED_STEPS_KEY } from './saved-steps-key';

export interface SavedStep {
  readonly flowId: string;
  readonly stepId: string;
  readonly answers: ReadonlyArray<readonly [nodeId: string, answerId: string]>;
  readonly version: number;
  /** The nodes whose answer was assumed, not given (as in the step's URL); absent when all were given. */
  readonly assumed?: readonly string[] | undefined;
  /** When it was last used or pinned (ISO 8601). */
  readonly at: string;
}

export interface SavedSteps {
  readonly recent: readonly SavedStep[];
  readonly pinned: readonly SavedStep[];
}

const STORAGE_KEY = SAVED_STEPS_KEY;
/** One entry per diagnosis: where the engineer was last in each. */
export const RECENT_LIMIT = 6;
export const PINNED_LIMIT = 20;

const EMPTY: SavedSteps = { recent: [], pinned: [] };
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** An answer: one id, or several ticked together, joined by dots (src/content/selection.ts). */
const ANSWER = /^[a-z0-9][a-z0-9-]{0,63}(?:\.[a-z0-9][a-z0-9-]{0,63}){0,19}$/;

function isPair(value: unknown): value is [string, string] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const node: unknown = value[0];
  const answer: unknown = value[1];
  return typeof node === 'string' && ID.test(node) && typeof answer === 'string' && ANSWER.test(answer);
}

/** Reads one stored entry; anything else (old or tampered data) is dropped. */
function readEntry(value: unknown): SavedStep | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const flowId: unknown = Reflect.get(value, 'flowId');
  const stepId: unknown = Reflect.get(value, 'stepId');
  const answers: unknown = Reflect.get(value, 'answers');
  const version: unknown = Reflect.get(value, 'version');
  const at: unknown = Reflect.get(value, 'at');
  if (typeof flowId !== 'string' || !ID.test(flowId) || typeof stepId !== 'string' || !ID.test(stepId)) return undefined;
  if (!Array.isArray(answers) || !answers.every(isPair)) return undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  // Entries stored before assumed answers were marked have none: all their answers were given.
  const assumed: unknown = Reflect.get(value, 'assumed');
  const marked = Array.isArray(assumed) && assumed.every((id) => typeof id === 'string' && ID.test(id)) ? assumed.map(String) : [];
  return {
    flowId,
    stepId,
    answers: answers.map(([node, answer]) => [node, answer] as const),
    version,
    ...(marked.length > 0 ? { assumed: marked } : {}),
    at,
  };
}

function readList(value: unknown, limit: number): SavedStep[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(readEntry)
    .filter((entry) => entry !== undefined)
    .slice(0, limit);
}

export function parseSavedSteps(raw: string | null): SavedSteps {
  if (raw === null) return EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    return { recent: readList(Reflect.get(parsed, 'recent'), RECENT_LIMIT), pinned: readList(Reflect.get(parsed, 'pinned'), PINNED_LIMIT) };
  } catch {
    return EMPTY;
  }
}

const sameAnswers = (a: SavedStep['answers'], b: SavedStep['answers']) =>
  a.length === b.length && a.every(([node, answer], i) => b[i]?.[0] === node && b[i][1] === answer);

/** The same step, the same answers, and the same of them assumed: nothing new to remember. */
export const sameVisit = (
  a: Pick<SavedStep, 'flowId' | 'stepId' | 'answers' | 'assumed'>,
  b: Pick<SavedStep, 'flowId' | 'stepId' | 'answers' | 'assumed'>,
) => sameStep(a, b) && (a.assumed ?? []).join('.') === (b.assumed ?? []).join('.');

/** The same step reached by the same answers. */
export const sameStep = (a: Pick<SavedStep, 'flowId' | 'stepId' | 'answers'>, b: Pick<SavedStep, 'flowId' | 'stepId' | 'answers'>) =>
  a.flowId === b.flowId && a.stepId === b.stepId && sameAnswers(a.answers, b.answers);

/** Only what the step's URL holds anyway; ticks stay out (they are progress, not a place). */
export function entryFor(location: StepLocation, at: Date): SavedStep {
  return {
    flowId: location.flowId,
    stepId: location.stepId,
    answers: location.answers.map(([node, answer]) => [node, answer] as const),
    version: location.version,
    ...(location.assumed && location.assumed.length > 0 ? { assumed: [...location.assumed] } : {}),
    at: at.toISOString(),
  };
}

/** The step goes first; an older entry of the same diagnosis gives way to it. */
export function withVisit(saved: SavedSteps, entry: SavedStep): SavedSteps {
  return { ...saved, recent: [entry, ...saved.recent.filter((e) => e.flowId !== entry.flowId)].slice(0, RECENT_LIMIT) };
}

export function withPin(saved: SavedSteps, entry: SavedStep, pinned: boolean): SavedSteps {
  const others = saved.pinned.filter((e) => !sameStep(e, entry));
  return { ...saved, pinned: pinned ? [entry, ...others].slice(0, PINNED_LIMIT) : others };
}

// --- the store ----------------------------------------------------------------

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: SavedSteps = EMPTY;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function snapshot(): SavedSteps {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  // The same object while the stored text is unchanged, as useSyncExternalStore requires.
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseSavedSteps(raw);
  }
  return cached;
}

function write(next: SavedSteps): void {
  try {
    const store = storage();
    if (!store) return;
    if (next.recent.length === 0 && next.pinned.length === 0) store.removeItem(STORAGE_KEY);
    else store.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the lists simply stay as they were.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSavedSteps(): SavedSteps {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

export function rememberVisit(location: StepLocation): void {
  write(withVisit(snapshot(), entryFor(location, new Date())));
}

export function setPinned(location: StepLocation, pinned: boolean): void {
  write(withPin(snapshot(), entryFor(location, new Date()), pinned));
}

export function unpin(entry: SavedStep): void {
  write(withPin(snapshot(), entry, false));
}

export function clearSavedSteps(): void {
  write(EMPTY);
}
