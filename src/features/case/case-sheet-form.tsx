import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { VerbatimText } from '../../shared/ui/verbatim-text';
import type { MessageKey } from '../../i18n/translator';
import { checkSheet, type FieldProblem, PLATFORMS } from './case-basics';
import type { CaseSheet } from './case-model';

const PROBLEM: Readonly<Record<FieldProblem, MessageKey>> = {
  'email-or-uuid': 'case.problem.emailOrUuid',
  uuid: 'case.problem.uuid',
  date: 'case.problem.date',
  order: 'case.problem.order',
  'time-zone': 'case.problem.timeZone',
  version: 'case.problem.version',
  feedback: 'case.problem.feedback',
};

type TextField = 'ciUser' | 'bwUserId' | 'orgId' | 'timeZone' | 'clientVersion' | 'trackingId' | 'feedbackNumber';

/** The details the guide says to collect, each checked as it is typed. */
export function CaseSheetForm({ sheet, onChange }: { sheet: CaseSheet; onChange: (sheet: CaseSheet) => void }) {
  const { t } = useI18n();
  const id = useId();
  const problems = checkSheet(sheet);

  const field = (name: TextField, label: MessageKey, options: { hint?: MessageKey; inputMode?: 'email' | 'numeric' | 'text' } = {}) => {
    const problem = problems[name];
    const inputId = `${id}-${name}`;
    const describedBy = [options.hint ? `${inputId}-hint` : '', problem ? `${inputId}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="case-field">
        <label htmlFor={inputId}>{t(label)}</label>
        {options.hint && (
          <p id={`${inputId}-hint`} className="case-hint">
            <VerbatimText text={t(options.hint)} />
          </p>
        )}
        <input
          id={inputId}
          type="text"
          value={sheet[name]}
          inputMode={options.inputMode}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange({ ...sheet, [name]: event.target.value })}
        />
        {problem && (
          <p id={`${inputId}-error`} className="case-error" role="alert">
            {t(PROBLEM[problem])}
          </p>
        )}
      </div>
    );
  };

  const dateField = (name: 'windowStart' | 'windowEnd', label: MessageKey) => {
    const problem = problems[name];
    const inputId = `${id}-${name}`;
    return (
      <div className="case-field">
        <label htmlFor={inputId}>{t(label)}</label>
        <input
          id={inputId}
          type="datetime-local"
          value={sheet[name]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          onChange={(event) => onChange({ ...sheet, [name]: event.target.value })}
        />
        {problem && (
          <p id={`${inputId}-error`} className="case-error" role="alert">
            {t(PROBLEM[problem])}
          </p>
        )}
      </div>
    );
  };

  const checkbox = (name: 'logsSent' | 'cedExported', label: MessageKey) => (
    <div className="flex items-center gap-2">
      <input
        id={`${id}-${name}`}
        type="checkbox"
        checked={sheet[name]}
        onChange={(event) => onChange({ ...sheet, [name]: event.target.checked })}
      />
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
    </div>
  );

  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t('case.sheet')}</legend>
      {field('ciUser', 'case.field.ciUser', { hint: 'case.hint.ciUser', inputMode: 'email' })}
      {field('bwUserId', 'case.field.bwUserId')}
      {field('orgId', 'case.field.orgId', { hint: 'case.hint.uuid' })}
      {dateField('windowStart', 'case.field.windowStart')}
      {dateField('windowEnd', 'case.field.windowEnd')}
      {field('timeZone', 'case.field.timeZone', { hint: 'case.hint.timeZone' })}
      <div className="case-field">
        <label htmlFor={`${id}-platform`}>{t('case.field.platform')}</label>
        <select
          id={`${id}-platform`}
          value={sheet.platform}
          onChange={(event) => {
            const value = PLATFORMS.find((p) => p === event.target.value) ?? '';
            onChange({ ...sheet, platform: value });
          }}
        >
          <option value="">{t('case.platform.none')}</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {t(`case.platform.${platform}`)}
            </option>
          ))}
        </select>
      </div>
      {field('clientVersion', 'case.field.clientVersion', { hint: 'case.hint.version' })}
      {field('trackingId', 'case.field.trackingId')}
      {field('feedbackNumber', 'case.field.feedbackNumber', { inputMode: 'numeric' })}
      {checkbox('logsSent', 'case.field.logsSent')}
      {checkbox('cedExported', 'case.field.cedExported')}
    </fieldset>
  );
}
