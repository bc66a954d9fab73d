import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import { paths } from '../../shared/paths';
import { type CaseRecord, caseFile, parseCaseFile } from './case-model';
import { deleteCase, discardSetAside, listCases, newCaseId, putCase, setActiveCaseId, setAsideExport } from './case-store';
import { downloadText } from './download';

type Status = { kind: 'ok' | 'error'; message: string } | undefined;

const IMPORT_PROBLEM: Readonly<Record<'not-json' | 'foreign' | 'invalid' | 'newer', MessageKey>> = {
  'not-json': 'cases.import.notJson',
  foreign: 'cases.import.foreign',
  invalid: 'cases.import.invalid',
  newer: 'cases.import.newer',
};

const MAX_IMPORT_BYTES = 2_000_000;

/** Cases saved in this browser: resume, duplicate, delete, export, import. */
export function CasesPage() {
  const { t, text, locale } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [cases, setCases] = useState<readonly CaseRecord[] | undefined>(undefined);
  const [setAside, setSetAside] = useState(0);
  const [status, setStatus] = useState<Status>(undefined);
  const [confirmDelete, setConfirmDelete] = useState<CaseRecord | undefined>(undefined);
  const [conflict, setConflict] = useState<CaseRecord | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    listCases().then(
      (list) => {
        setCases(list.cases);
        setSetAside(list.setAside);
      },
      () => setStatus({ kind: 'error', message: t('cases.storageFailed') }),
    );
  }, [t]);

  useEffect(refresh, [refresh]);

  const resume = (record: CaseRecord) => {
    if (!(record.flowId in content.flows)) {
      setStatus({ kind: 'error', message: t('cases.flowGone') });
      return;
    }
    setActiveCaseId(record.id);
    // The step page checks the saved state like any link and explains what no longer fits.
    const ticks = Object.entries(record.ticks).map(([k, v]) => [k, v] as const);
    const answers = Object.entries(record.answers).map(([k, v]) => [k, v] as const);
    void navigate(
      paths.step(locale, {
        flowId: record.flowId,
        stepId: record.stepId,
        answers,
        ticks,
        assumed: record.assumed,
        version: content.version,
      }),
    );
  };

  const duplicate = async (record: CaseRecord) => {
    const now = new Date().toISOString();
    await putCase({ ...record, id: newCaseId(), title: t('cases.copyOf', { title: record.title }), createdAt: now, updatedAt: now });
    setStatus({ kind: 'ok', message: t('cases.duplicated', { title: record.title }) });
    refresh();
  };

  const importText = async (raw: string) => {
    const parsed = parseCaseFile(raw);
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: t(IMPORT_PROBLEM[parsed.reason]) });
      return;
    }
    if (cases?.some((c) => c.id === parsed.value.id)) {
      setConflict(parsed.value);
      return;
    }
    await putCase(parsed.value);
    setStatus({ kind: 'ok', message: t('cases.imported', { title: parsed.value.title }) });
    refresh();
  };

  const flowTitle = (record: CaseRecord) => text.flows[record.flowId]?.title ?? record.flowId;
  const stepTitle = (record: CaseRecord) => text.flows[record.flowId]?.nodeTitles[record.stepId] ?? record.stepId;
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale);
  };

  return (
    <div>
      <title>{`${t('cases.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('cases.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('cases.intro')}</p>
      <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t('case.privacy')}</p>

      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {status && <p className={status.kind === 'error' ? 'case-error' : 'text-green-800 dark:text-green-300'}>{status.message}</p>}
      </div>

      {setAside > 0 && (
        <div className="notice mt-4">
          <p>{t('cases.setAside', { count: setAside })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className="btn"
              onClick={() => void setAsideExport().then((json) => downloadText('set-aside-cases.json', json))}
            >
              {t('cases.setAsideDownload')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                void discardSetAside().then(() => {
                  setSetAside(0);
                })
              }
            >
              {t('cases.setAsideDiscard')}
            </button>
          </div>
        </div>
      )}

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-import`} className="font-medium">
          {t('cases.import')}
        </label>
        <input
          ref={fileInput}
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          className="text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            if (file.size > MAX_IMPORT_BYTES) {
              setStatus({ kind: 'error', message: t('cases.import.tooLarge') });
              return;
            }
            file.text().then(importText, () => setStatus({ kind: 'error', message: t('cases.import.notJson') }));
          }}
        />
      </div>

      {conflict && (
        <div role="alertdialog" aria-labelledby={`${id}-conflict`} className="notice mt-4">
          <p id={`${id}-conflict`}>{t('cases.conflict', { title: conflict.title })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className="btn"
              onClick={() => {
                const now = new Date().toISOString();
                void putCase({ ...conflict, id: newCaseId(), updatedAt: now }).then(() => {
                  setStatus({ kind: 'ok', message: t('cases.imported', { title: conflict.title }) });
                  setConflict(undefined);
                  refresh();
                });
              }}
            >
              {t('cases.conflictKeepBoth')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                void putCase(conflict).then(() => {
                  setStatus({ kind: 'ok', message: t('cases.replaced', { title: conflict.title }) });
                  setConflict(undefined);
                  refresh();
                })
              }
            >
              {t('cases.conflictReplace')}
            </button>
            <button type="button" className="btn" onClick={() => setConflict(undefined)}>
              {t('cases.cancel')}
            </button>
          </div>
        </div>
      )}

      {cases === undefined ? (
        <p className="mt-6">…</p>
      ) : cases.length === 0 ? (
        <p className="mt-6 text-slate-700 dark:text-slate-300">{t('cases.empty')}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {cases.map((record) => (
            <li key={record.id} className="card">
              <h2 className="text-lg font-semibold">{record.title || t('cases.untitled')}</h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {flowTitle(record)} · {t('cases.lastStep', { step: stepTitle(record) })} ·{' '}
                {t('cases.changed', { date: when(record.updatedAt) })}
              </p>
              {confirmDelete?.id === record.id ? (
                <div role="alertdialog" aria-labelledby={`${id}-confirm-${record.id}`} className="mt-3 flex flex-wrap items-center gap-2">
                  <p id={`${id}-confirm-${record.id}`} className="font-medium">
                    {t('cases.confirmDelete', { title: record.title || t('cases.untitled') })}
                  </p>
                  <button
                    type="button"
                    className="btn btn-danger"
                    onClick={() =>
                      void deleteCase(record.id).then(() => {
                        setConfirmDelete(undefined);
                        setStatus({ kind: 'ok', message: t('cases.deleted', { title: record.title }) });
                        refresh();
                      })
                    }
                  >
                    {t('cases.delete')}
                  </button>
                  <button type="button" className="btn" onClick={() => setConfirmDelete(undefined)}>
                    {t('cases.cancel')}
                  </button>
                </div>
              ) : (
                <div className="mt-3 flex flex-wrap gap-2">
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => resume(record)}
                    aria-label={`${t('cases.resume')}: ${record.title}`}
                  >
                    {t('cases.resume')}
                  </button>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => void duplicate(record)}
                    aria-label={`${t('cases.duplicate')}: ${record.title}`}
                  >
                    {t('cases.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => downloadText(`case-${record.id.slice(0, 8)}.json`, caseFile(record, new Date()))}
                    aria-label={`${t('case.export')}: ${record.title}`}
                  >
                    {t('case.export')}
                  </button>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => setConfirmDelete(record)}
                    aria-label={`${t('cases.delete')}: ${record.title}`}
                  >
                    {t('cases.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm">
        <Link className="link" to={paths.home(locale)}>
          {t('error.home')}
        </Link>
      </p>
    </div>
  );
}
