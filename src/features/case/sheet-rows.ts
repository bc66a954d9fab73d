import type { Translate } from '../../i18n/translator';
import type { CaseSheet } from './case-model';

export interface SheetRow {
  readonly label: string;
  readonly value: string;
  /** An identifier or version, shown verbatim (in a monospace face, never wrapped at its hyphens). */
  readonly verbatim: boolean;
}

/** The case sheet as labelled rows, for the print header and the summaries. */
export function sheetRows(sheet: CaseSheet, t: Translate): SheetRow[] {
  const yesNo = (value: boolean) => (value ? t('case.yes') : t('case.no'));
  const window =
    sheet.windowStart === ''
      ? ''
      : `${sheet.windowStart.replace('T', ' ')}${sheet.windowEnd === '' ? '' : ` – ${sheet.windowEnd.replace('T', ' ')}`}${sheet.timeZone === '' ? '' : ` (${sheet.timeZone})`}`;
  return [
    { label: t('case.field.ciUser'), value: sheet.ciUser.trim(), verbatim: true },
    { label: t('case.field.bwUserId'), value: sheet.bwUserId.trim(), verbatim: true },
    { label: t('case.field.orgId'), value: sheet.orgId.trim(), verbatim: true },
    { label: t('case.field.window'), value: window, verbatim: false },
    { label: t('case.field.platform'), value: sheet.platform === '' ? '' : t(`case.platform.${sheet.platform}`), verbatim: false },
    { label: t('case.field.clientVersion'), value: sheet.clientVersion.trim(), verbatim: true },
    { label: t('case.field.trackingId'), value: sheet.trackingId.trim(), verbatim: true },
    { label: t('case.field.feedbackNumber'), value: sheet.feedbackNumber.trim(), verbatim: true },
    { label: t('case.field.logsSent'), value: yesNo(sheet.logsSent), verbatim: false },
    { label: t('case.field.cedExported'), value: yesNo(sheet.cedExported), verbatim: false },
  ];
}
