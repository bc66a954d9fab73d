import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import { paths } from '../../shared/paths';
import type { StepSnapshot } from '../../shared/step-extensions';
import type { TicketValues } from '../../shared/ticket-template';
import { useCopy } from '../../shared/ui/copy-button';
import { VerbatimText } from '../../shared/ui/verbatim-text';
import { useActiveCase } from './active-case';
import { resolvedAt } from '../../content/fix-outcome';
import { caseFollows, collectChecklist, EVIDENCE_LIMIT, followStep, withOutcome } from './case-basics';
import { caseFile, type CaseRecord } from './case-model';
import { CaseSheetForm } from './case-sheet-form';
import { caseSummary } from './case-summary';
import { decodeSharedCase, encodeSharedCase, SHARED_CASE_PARAM } from './shared-case';
import { sheetRows } from './sheet-rows';
import { downloadText } from './download';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function absoluteStepLink(step: StepSnapshot, locale: Parameters<typeof paths.step>[0]): string {
  return `${window.location.origin}${paths.step(locale, step.location)}`;
}

/**
 * A new case's title, made when the case starts: the date in it is formatted
 * then, not while the step loads (a locale's first date format loads its
 * data, a long task on a slow laptop).
 */
function useDefaultTitle(step: StepSnapshot): () => string {
  const { text, locale } = useI18n();
  const flowTitle = text.flows[step.flowId]?.title ?? step.flowId;
  return () => `${flowTitle} – ${new Date().toLocaleDateString(locale)}`;
}

function CasePanel({ step }: { step: StepSnapshot }) {
  const { t, locale, text } = useI18n();
  const active = useActiveCase();
  const { record, update } = active;
  const defaultTitle = useDefaultTitle(step);
  const id = useId();
  const copyText = useCopy();
  const copyMarkdown = useCopy();
  const onThisFlow = record !== undefined && caseFollows(record, step);

  // The case follows the diagnosis, across a hand-over too: step, answers
  // and ticks are kept in it, and the outcome once a fix is confirmed.
  useEffect(() => {
    if (!onThisFlow) return;
    const flow = content.flows[step.flowId];
    const resolvedBy = flow ? resolvedAt(flow, step.answers) : undefined;
    const moved = followStep(record, step);
    if (!moved || (sameJson(moved, record) && record.outcome?.resolvedBy === resolvedBy)) return;
    update((current) => withOutcome(followStep(current, step) ?? current, resolvedBy, new Date()));
  }, [onThisFlow, record, step, update]);

  const shared = step.sharedCase === undefined ? undefined : decodeSharedCase(step.sharedCase);
  const [sharedHandled, setSharedHandled] = useState(false);

  if (active.loading) return null;

  const offer =
    step.sharedCase !== undefined && !sharedHandled ? (
      <div role="status" className="notice mb-4">
        {shared ? (
          <>
            <p>{t('case.sharedOffer', { title: shared.title })}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  setSharedHandled(true);
                  void active.start(step, shared.title || defaultTitle(), { sheet: shared.sheet, evidence: shared.evidence });
                }}
              >
                {t('case.sharedSave')}
              </button>
              <button type="button" className="btn" onClick={() => setSharedHandled(true)}>
                {t('case.sharedIgnore')}
              </button>
            </div>
          </>
        ) : (
          <p>{t('case.sharedDamaged')}</p>
        )}
      </div>
    ) : null;

  if (!onThisFlow) {
    return (
      <section aria-labelledby={`${id}-heading`} className="case-panel print:hidden">
        {offer}
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          {t('case.heading')}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('case.intro')}</p>
        {record !== undefined && <p className="mt-2 text-sm">{t('case.otherFlow', { title: record.title })}</p>}
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary" onClick={() => void active.start(step, defaultTitle())}>
            {t('case.start')}
          </button>
          <CasesLink />
        </div>
        <Privacy />
      </section>
    );
  }

  const link = absoluteStepLink(step, locale);
  const summary = () => caseSummary(record, content, text, t, link, new Date());
  const saveLabel: Record<typeof active.saveState, MessageKey | undefined> = {
    idle: undefined,
    saving: 'case.saving',
    saved: 'case.saved',
    failed: 'case.saveFailed',
  };
  const saveKey = saveLabel[active.saveState];

  return (
    <section aria-labelledby={`${id}-heading`} className="case-panel print:hidden">
      {offer}
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t('case.heading')}
      </h2>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
        {saveKey ? t(saveKey) : ''}
      </p>
      <Outcome record={record} className="end-resolution mt-2 rounded-md p-2 text-sm" />
      <div className="case-field mt-2">
        <label htmlFor={`${id}-title`}>{t('case.field.title')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={record.title}
          maxLength={200}
          onChange={(event) => update((r) => ({ ...r, title: event.target.value }))}
        />
      </div>
      <div className="mt-3">
        <CaseSheetForm sheet={record.sheet} onChange={(sheet) => update((r) => ({ ...r, sheet }))} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => void copyText.copy(summary().text)}>
          {copyText.state === 'copied' ? t('step.copied') : t('case.copyText')}
        </button>
        <button type="button" className="btn" onClick={() => void copyMarkdown.copy(summary().markdown)}>
          {copyMarkdown.state === 'copied' ? t('step.copied') : t('case.copyMarkdown')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => downloadText(`case-${record.id.slice(0, 8)}.json`, caseFile(record, new Date()))}
        >
          {t('case.export')}
        </button>
        <button type="button" className="btn" onClick={active.stop}>
          {t('case.close')}
        </button>
        <CasesLink />
      </div>
      <Privacy />
    </section>
  );
}

function CasesLink() {
  const { t, locale } = useI18n();
  return (
    <Link className="btn" to={paths.cases(locale)}>
      {t('case.list')}
    </Link>
  );
}

function Privacy() {
  const { t } = useI18n();
  return <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{t('case.privacy')}</p>;
}

function Evidence({ step, nodeId }: { step: StepSnapshot; nodeId: string }) {
  const { t } = useI18n();
  const { record, update } = useActiveCase();
  const id = useId();
  if (!record || record.flowId !== step.flowId) return null;
  return (
    <div className="case-field mt-4 print:hidden">
      <label htmlFor={`${id}-evidence`}>{t('case.evidence')}</label>
      <p id={`${id}-hint`} className="case-hint">
        {t('case.evidenceHint')}
      </p>
      <textarea
        id={`${id}-evidence`}
        rows={2}
        maxLength={EVIDENCE_LIMIT}
        aria-describedby={`${id}-hint`}
        value={record.evidence[nodeId] ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          update((r) => {
            const evidence = { ...r.evidence };
            if (value === '') return { ...r, evidence: Object.fromEntries(Object.entries(evidence).filter(([key]) => key !== nodeId)) };
            return { ...r, evidence: { ...evidence, [nodeId]: value } };
          });
        }}
      />
    </div>
  );
}

function PathNote({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  const { record } = useActiveCase();
  const note = record?.evidence[nodeId];
  if (note === undefined) return null;
  return (
    <span className="mt-0.5 block text-xs whitespace-pre-wrap text-slate-600 dark:text-slate-400">
      {t('summary.evidence')}: <VerbatimText text={note} />
    </span>
  );
}

/** The case's outcome, once a fix was confirmed: which one, and when (the case panel and the print). */
function Outcome({ record, className }: { record: CaseRecord; className: string }) {
  const { t, locale, text } = useI18n();
  if (!record.outcome) return null;
  const fix = text.flows[record.flowId]?.nodeTitles[record.outcome.resolvedBy] ?? record.outcome.resolvedBy;
  const time = new Date(record.outcome.resolvedAt).toLocaleString(locale);
  return (
    <p className={className}>
      {t('summary.outcome')}: {t('summary.resolvedAt', { time, fix })}
    </p>
  );
}

/**
 * The time the page is printed, written when it is: before the print (the
 * browser's print, or a print preview by media) and never while the step
 * loads, where the first date format of a locale loads its data, a long
 * task on a slow laptop.
 */
function usePrintTime(locale: string): string | undefined {
  // Opened already in print media (a print preview by media): written at once.
  const [time, setTime] = useState(() =>
    typeof window !== 'undefined' && window.matchMedia('print').matches ? new Date().toLocaleString(locale) : undefined,
  );
  useEffect(() => {
    const print = window.matchMedia('print');
    const mark = () => {
      flushSync(() => setTime(new Date().toLocaleString(locale)));
    };
    const onMedia = (event: MediaQueryListEvent) => {
      if (event.matches) mark();
    };
    window.addEventListener('beforeprint', mark);
    print.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', mark);
      print.removeEventListener('change', onMedia);
    };
  }, [locale]);
  return time;
}

function PrintHeader({ step }: { step: StepSnapshot }) {
  const { t, locale } = useI18n();
  const { record } = useActiveCase();
  const printed = usePrintTime(locale);
  return (
    <header className="print-header hidden print:block">
      {record && record.flowId === step.flowId ? (
        <>
          <p className="text-lg font-bold">{record.title}</p>
          {/* Each value under its label, with the whole line for itself: an
              identifier needs the room, and never wraps at its own hyphens. */}
          <dl className="sheet-list mt-2">
            {sheetRows(record.sheet, t).map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd className={row.verbatim ? 'font-mono' : undefined}>{row.value === '' ? '—' : <VerbatimText text={row.value} />}</dd>
              </div>
            ))}
          </dl>
          <Outcome record={record} className="mt-2 font-semibold" />
        </>
      ) : null}
      {/* The paper says which answers nobody gave, as the screen does. */}
      {step.assumed.length > 0 && <p className="assumed-intro mt-2 text-sm">{t('print.assumed', { count: step.assumed.length })}</p>}
      {printed !== undefined && <p className="mt-2 text-xs">{t('print.printed', { date: printed })}</p>}
    </header>
  );
}

const COLLECT_LABEL: Readonly<Record<ReturnType<typeof collectChecklist>[number]['item'], MessageKey>> = {
  ciUser: 'case.field.ciUser',
  orgId: 'case.field.orgId',
  window: 'case.field.window',
  client: 'case.collect.client',
  logsSent: 'case.field.logsSent',
  trackingId: 'case.field.trackingId',
  cedExported: 'case.field.cedExported',
  bwUserId: 'case.field.bwUserId',
  windowStart: 'case.field.windowStart',
  windowEnd: 'case.field.windowEnd',
  timeZone: 'case.field.timeZone',
  platform: 'case.field.platform',
  clientVersion: 'case.field.clientVersion',
  feedbackNumber: 'case.field.feedbackNumber',
};

function BeforeEscalation({ step }: { step: StepSnapshot }) {
  const { t } = useI18n();
  const { record } = useActiveCase();
  const onThisFlow = record !== undefined && caseFollows(record, step);
  const items = onThisFlow ? collectChecklist(record.sheet) : collectChecklist({ ...emptyForCheck });
  const missing = items.filter((item) => !item.done);
  return (
    <section aria-labelledby="missing-heading" className="notice mt-6 break-inside-avoid">
      <h2 id="missing-heading" className="font-semibold">
        {missing.length === 0 ? t('case.collectDone') : t('case.collectMissing', { count: missing.length })}
      </h2>
      {!onThisFlow && <p className="mt-1 text-sm">{t('case.collectStart')}</p>}
      <ul className="mt-2 space-y-1 text-sm">
        {items.map(({ item, done }) => (
          <li key={item}>
            <span aria-hidden="true">{done ? '✓' : '○'}</span> {t(COLLECT_LABEL[item])}
            <span className="sr-only">: {done ? t('case.itemDone') : t('case.itemMissing')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const emptyForCheck = {
  ciUser: '',
  bwUserId: '',
  orgId: '',
  windowStart: '',
  windowEnd: '',
  timeZone: '',
  platform: '' as const,
  clientVersion: '',
  trackingId: '',
  feedbackNumber: '',
  logsSent: false,
  cedExported: false,
};

function Share({ step }: { step: StepSnapshot }) {
  const { t, locale, text } = useI18n();
  const { record } = useActiveCase();
  const dialog = useRef<HTMLDialogElement>(null);
  const [includeCase, setIncludeCase] = useState(false);
  const copy = useCopy();
  const id = useId();
  const onThisFlow = record !== undefined && caseFollows(record, step);
  const base = absoluteStepLink(step, locale);
  const link =
    includeCase && onThisFlow
      ? `${base}&${SHARED_CASE_PARAM}=${encodeSharedCase({ title: record.title, sheet: record.sheet, evidence: record.evidence })}`
      : base;
  const ticked = Object.values(step.ticks).reduce((sum, list) => sum + list.length, 0);
  const flowText = text.flows[step.flowId];
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setIncludeCase(false);
          dialog.current?.showModal();
        }}
      >
        {t('share.open')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="share-dialog">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t('share.heading')}
        </h2>
        <p className="mt-2 text-sm">{t('share.contains')}</p>
        <ul className="mt-1 list-disc pl-5 text-sm">
          <li>{t('share.flow', { flow: flowText?.title ?? step.flowId })}</li>
          <li>{t('share.step', { step: flowText?.nodeTitles[step.stepId] ?? step.stepId })}</li>
          <li>{t('path.answerCount', { count: Object.keys(step.answers).length })}</li>
          <li>{t('share.ticks', { count: ticked })}</li>
          {includeCase && onThisFlow && <li className="font-semibold">{t('share.caseIncluded')}</li>}
        </ul>
        <p className="mt-2 text-sm">{t('share.noPersonal')}</p>
        {onThisFlow && (
          <div className="mt-3 flex items-start gap-2">
            <input
              id={`${id}-include`}
              type="checkbox"
              checked={includeCase}
              onChange={(event) => setIncludeCase(event.target.checked)}
              aria-describedby={`${id}-warning`}
            />
            <div>
              <label htmlFor={`${id}-include`} className="font-medium">
                {t('share.includeCase')}
              </label>
              <p id={`${id}-warning`} className="case-error">
                {t('share.warning')}
              </p>
            </div>
          </div>
        )}
        <label htmlFor={`${id}-link`} className="mt-3 block text-sm font-medium">
          {t('share.link')}
        </label>
        <input id={`${id}-link`} type="text" readOnly value={link} className="share-link" onFocus={(event) => event.target.select()} />
        <p aria-live="polite" className="mt-1 min-h-5 text-sm">
          {copy.state === 'copied' ? t('step.linkCopied') : copy.state === 'failed' ? t('step.copyFailed') : ''}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary" onClick={() => void copy.copy(link)}>
            {t('share.copy')}
          </button>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('share.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}

/** The open case of this diagnosis as text (see case-summary.ts), for a report about the step. */
function CaseText({ step, children }: { step: StepSnapshot; children: (caseText: string | undefined) => ReactNode }) {
  const { t, locale, text } = useI18n();
  const { record } = useActiveCase();
  const onThisFlow = record !== undefined && caseFollows(record, step);
  return children(onThisFlow ? caseSummary(record, content, text, t, absoluteStepLink(step, locale), new Date()).text : undefined);
}

/** The open case of this diagnosis as ticket-link values (personal data: used only once the engineer ticks it). */
function CaseValues({ step, children }: { step: StepSnapshot; children: (values: TicketValues | undefined) => ReactNode }) {
  const { record } = useActiveCase();
  if (record?.flowId !== step.flowId) return children(undefined);
  const { sheet } = record;
  return children({
    caseTitle: record.title,
    ciUser: sheet.ciUser,
    bwUserId: sheet.bwUserId,
    orgId: sheet.orgId,
    windowStart: sheet.windowStart,
    windowEnd: sheet.windowEnd,
    timeZone: sheet.timeZone,
    platform: sheet.platform,
    clientVersion: sheet.clientVersion,
    trackingId: sheet.trackingId,
    feedbackNumber: sheet.feedbackNumber,
  });
}

/** Case work, plugged into the diagnosis step by the app layer (loaded on demand). */
export { BeforeEscalation, CasePanel, CaseText, CaseValues, Evidence, PathNote, PrintHeader, Share };
