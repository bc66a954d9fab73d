import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StepSnapshot } from '../../shared/step-extensions';
import { browserTimeZone, CASE_FORMAT, emptySheet } from './case-basics';
import { addToSheet, CASE_ADD_EVENT, isCaseAddRequest } from './case-inbox';
import type { CaseRecord } from './case-model';
import { activeCaseId, getCase, newCaseId, putCase, setActiveCaseId } from './case-store';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface ActiveCase {
  readonly record: CaseRecord | undefined;
  readonly loading: boolean;
  readonly saveState: SaveState;
  readonly start: (step: StepSnapshot, title: string, base?: Partial<CaseRecord>) => Promise<CaseRecord>;
  readonly stop: () => void;
  /** Changes the record; it is saved a moment later (saved as you type). */
  readonly update: (change: (record: CaseRecord) => CaseRecord) => void;
}

const ActiveCaseContext = createContext<ActiveCase | null>(null);

export function useActiveCase(): ActiveCase {
  const value = use(ActiveCaseContext);
  if (!value) throw new Error('useActiveCase() outside <ActiveCaseProvider>');
  return value;
}

const SAVE_DELAY_MS = 150;

export function ActiveCaseProvider({ children }: { children: ReactNode }) {
  const [record, setRecord] = useState<CaseRecord | undefined>(undefined);
  // Only a tab that has an open case needs to wait for it.
  const [loading, setLoading] = useState(() => activeCaseId() !== undefined);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<CaseRecord | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const id = activeCaseId();
    if (id === undefined) return;
    getCase(id).then(
      (found) => {
        setRecord(found);
        setLoading(false);
      },
      () => setLoading(false),
    );
  }, []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    setSaveState('saving');
    putCase(next).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  }, []);

  // Nothing typed is lost: a pending save goes out when the page is hidden or left.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (current: CaseRecord) => CaseRecord) => {
      // "Saved" is only said once the write has really happened.
      setSaveState('saving');
      setRecord((current) => {
        if (!current) return current;
        const next = { ...change(current), updatedAt: new Date().toISOString() };
        pending.current = next;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
        return next;
      });
    },
    [flush],
  );

  // The search box may add an identifier to the open case: taken here, so the record shown and saved has it.
  const latest = useRef<CaseRecord | undefined>(undefined);
  useEffect(() => {
    latest.current = record;
  }, [record]);
  useEffect(() => {
    const onAdd = (event: Event) => {
      const request: unknown = event instanceof CustomEvent ? event.detail : undefined;
      const current = latest.current;
      if (!isCaseAddRequest(request) || !current) return;
      const { result } = addToSheet(current.sheet, request.addition);
      request.result = result;
      if (result === 'added') update((r) => ({ ...r, sheet: addToSheet(r.sheet, request.addition).sheet }));
    };
    window.addEventListener(CASE_ADD_EVENT, onAdd);
    return () => {
      window.removeEventListener(CASE_ADD_EVENT, onAdd);
    };
  }, [update]);

  const start = useCallback(async (step: StepSnapshot, title: string, base: Partial<CaseRecord> = {}) => {
    const now = new Date().toISOString();
    const created: CaseRecord = {
      format: CASE_FORMAT,
      id: newCaseId(),
      title,
      createdAt: now,
      updatedAt: now,
      flowId: step.flowId,
      stepId: step.stepId,
      answers: { ...step.answers },
      ...(step.assumed.length > 0 ? { assumed: [...step.assumed] } : {}),
      ticks: Object.fromEntries(Object.entries(step.ticks).map(([k, v]) => [k, [...v]])),
      evidence: {},
      sheet: emptySheet(browserTimeZone()),
      ...base,
    };
    await putCase(created);
    setActiveCaseId(created.id);
    setRecord(created);
    setSaveState('saved');
    return created;
  }, []);

  const stop = useCallback(() => {
    flush();
    setActiveCaseId(undefined);
    setRecord(undefined);
  }, [flush]);

  const value = useMemo(() => ({ record, loading, saveState, start, stop, update }), [record, loading, saveState, start, stop, update]);
  return <ActiveCaseContext value={value}>{children}</ActiveCaseContext>;
}
