import type { Translate } from '../../i18n/translator';
import type { CaseSheet } from './case-model';

export interface SheetRow {
  readonly label: string;
  readonly value: string;
}

/** The case sheet as labelled rows, for the print header and the summaries. */
export function sheetRows(sheet: CaseSheet, t: Translate): SheetRow[] {
  const yesNo = (value: boolean) => (value ? t('case.yes') : t('case.no'));
  const window =
    sheet.windowStart === ''
      ? ''
      : `${sheet.windowStart.replace('T', ' ')}${sheet.windowEnd === '' ? '' : ` – ${sheet.windowEnd.replace('T', ' ')}`}${sheet.timeZone === '' ? '' : ` (${sheet.timeZone})`}`;
  return [
    { label: t('case.field.ciUser'), value: sheet.ciUser.trim() },
    { label: t('case.field.bwUserId'), value: sheet.bwUserId.trim() },
    { label: t('case.field.orgId'), value: sheet.orgId.trim() },
    { label: t('case.field.window'), value: window },
    { label: t('case.field.platform'), value: sheet.platform === '' ? '' : t(`case.platform.${sheet.platform}`) },
    { label: t('case.field.clientVersion'), value: sheet.clientVersion.trim() },
    { label: t('case.field.trackingId'), value: sheet.trackingId.trim() },
    { label: t('case.field.feedbackNumber'), value: sheet.feedbackNumber.trim() },
    { label: t('case.field.logsSent'), value: yesNo(sheet.logsSent) },
    { label: t('case.field.cedExported'), value: yesNo(sheet.cedExported) },
  ];
}
