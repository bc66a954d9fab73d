/**
 * A case: a diagnosis worked for one customer problem, with the details the
 * guide says to collect before escalating. Cases hold personal data, so they
 * live only in this browser (IndexedDB) and in files the user exports.
 * Everything read back (storage, an imported file, a shared link) is
 * validated here; nothing is trusted because it once was ours.
 */
import * as z from 'zod/mini';

export const CASE_FORMAT = 1;
export const CASE_FILE_KIND = 'webex-broadworks-troubleshooter.case';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const text = (max: number) => z.string().check(z.maxLength(max));

export const PLATFORMS = ['windows', 'mac', 'ios', 'android', 'other'] as const;

export const CaseSheetSchema = z.object({
  ciUser: text(320),
  bwUserId: text(320),
  orgId: text(80),
  windowStart: text(40),
  windowEnd: text(40),
  timeZone: text(80),
  platform: z.union([z.enum(PLATFORMS), z.literal('')]),
  clientVersion: text(40),
  trackingId: text(200),
  feedbackNumber: text(40),
  logsSent: z.boolean(),
  cedExported: z.boolean(),
});
export type CaseSheet = z.infer<typeof CaseSheetSchema>;

export const CaseRecordSchema = z.object({
  format: z.literal(CASE_FORMAT),
  id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
  title: text(200),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  flowId: id,
  stepId: id,
  answers: z.record(id, id),
  ticks: z.record(z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/), z.maxLength(170)), z.array(id).check(z.maxLength(100))),
  evidence: z.record(id, text(5000)),
  sheet: CaseSheetSchema,
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** An exported case file: the record wrapped with a kind, so a foreign JSON file is recognised. */
export const CaseFileSchema = z.object({
  kind: z.literal(CASE_FILE_KIND),
  exportedAt: z.string().check(z.maxLength(40)),
  case: CaseRecordSchema,
});

export function emptySheet(timeZone: string): CaseSheet {
  return {
    ciUser: '',
    bwUserId: '',
    orgId: '',
    windowStart: '',
    windowEnd: '',
    timeZone,
    platform: '',
    clientVersion: '',
    trackingId: '',
    feedbackNumber: '',
    logsSent: false,
    cedExported: false,
  };
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

// --- field checks -----------------------------------------------------------

export type FieldProblem = 'email-or-uuid' | 'uuid' | 'date' | 'order' | 'time-zone' | 'version' | 'feedback';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with each filled-in field; empty fields are never wrong. */
export function checkSheet(sheet: CaseSheet): Partial<Record<keyof CaseSheet, FieldProblem>> {
  const problems: Partial<Record<keyof CaseSheet, FieldProblem>> = {};
  const ci = sheet.ciUser.trim();
  if (ci !== '' && !EMAIL.test(ci) && !UUID.test(ci)) problems.ciUser = 'email-or-uuid';
  if (sheet.orgId.trim() !== '' && !UUID.test(sheet.orgId.trim())) problems.orgId = 'uuid';
  if (sheet.windowStart !== '' && !LOCAL_DATE_TIME.test(sheet.windowStart)) problems.windowStart = 'date';
  if (sheet.windowEnd !== '' && !LOCAL_DATE_TIME.test(sheet.windowEnd)) problems.windowEnd = 'date';
  else if (sheet.windowStart !== '' && sheet.windowEnd !== '' && sheet.windowEnd < sheet.windowStart) problems.windowEnd = 'order';
  if (sheet.timeZone.trim() !== '' && !isTimeZone(sheet.timeZone.trim())) problems.timeZone = 'time-zone';
  if (sheet.clientVersion.trim() !== '' && !/^\d+(\.\d+){1,4}$/.test(sheet.clientVersion.trim())) problems.clientVersion = 'version';
  if (sheet.feedbackNumber.trim() !== '' && !/^\d{4,12}$/.test(sheet.feedbackNumber.trim())) problems.feedbackNumber = 'feedback';
  return problems;
}

/** The items the guide asks for before a case goes to Cisco, with whether each is there. */
export function collectChecklist(sheet: CaseSheet): { item: keyof CaseSheet | 'window' | 'client'; done: boolean }[] {
  return [
    { item: 'ciUser', done: sheet.ciUser.trim() !== '' },
    { item: 'orgId', done: sheet.orgId.trim() !== '' },
    { item: 'window', done: sheet.windowStart !== '' && sheet.timeZone.trim() !== '' },
    { item: 'client', done: sheet.platform !== '' && sheet.clientVersion.trim() !== '' },
    { item: 'logsSent', done: sheet.logsSent },
    { item: 'trackingId', done: sheet.trackingId.trim() !== '' },
    { item: 'cedExported', done: sheet.cedExported },
  ];
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: 'not-json' | 'foreign' | 'invalid' | 'newer' };

/** Reads an exported case file's text. */
export function parseCaseFile(raw: string): ParseResult<CaseRecord> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || !('kind' in data) || data.kind !== CASE_FILE_KIND)
    return { ok: false, reason: 'foreign' };
  if (
    'case' in data &&
    typeof data.case === 'object' &&
    data.case !== null &&
    'format' in data.case &&
    typeof data.case.format === 'number' &&
    data.case.format > CASE_FORMAT
  ) {
    return { ok: false, reason: 'newer' };
  }
  const parsed = CaseFileSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data.case } : { ok: false, reason: 'invalid' };
}

export function caseFile(record: CaseRecord, now: Date): string {
  return `${JSON.stringify({ kind: CASE_FILE_KIND, exportedAt: now.toISOString(), case: record }, null, 2)}\n`;
}
