/**
 * A case: a diagnosis worked for one customer problem, with the details the
 * guide says to collect before escalating. Cases hold personal data, so they
 * live only in this browser (IndexedDB) and in files the user exports.
 * Everything read back (storage, an imported file, a shared link) is
 * validated here; nothing is trusted because it once was ours.
 */
import * as z from 'zod/mini';
import { browserTimeZone, CASE_FORMAT, emptySheet, EVIDENCE_LIMIT, PLATFORMS } from './case-basics';

export const CASE_FILE_KIND = 'webex-broadworks-troubleshooter.case';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
/** An answer: one id, or the ids of several answers ticked together, joined by dots (src/content/selection.ts). */
const answer = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*){0,19}$/),
  z.refine((value) => value.split('.').every((part) => part.length <= 80)),
);
const text = (max: number) => z.string().check(z.maxLength(max));

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
  answers: z.record(id, answer),
  /** Of `answers`, the nodes whose answer was assumed (filled in to open a step directly), not given; absent when all were given. */
  assumed: z.optional(z.array(id).check(z.maxLength(200))),
  ticks: z.record(z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/), z.maxLength(170)), z.array(id).check(z.maxLength(100))),
  evidence: z.record(id, text(EVIDENCE_LIMIT)),
  sheet: CaseSheetSchema,
  /** Set while the case is in a diagnosis another one handed over to: that one, and its answers up to the hand-over. */
  origin: z.optional(
    z.object({
      flowId: id,
      answers: z.array(z.tuple([id, answer])).check(z.maxLength(200)),
      assumed: z.optional(z.array(id).check(z.maxLength(200))),
    }),
  ),
  /** Set once the user confirmed a fix ("Did this fix it?" → yes): which one, and when. */
  outcome: z.optional(z.object({ resolvedBy: id, resolvedAt: z.string().check(z.maxLength(40)) })),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** An exported case file: the record wrapped with a kind, so a foreign JSON file is recognised. */
export const CaseFileSchema = z.object({
  kind: z.literal(CASE_FILE_KIND),
  exportedAt: z.string().check(z.maxLength(40)),
  case: CaseRecordSchema,
});

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills in what an older or partly damaged record lacks, then validates it. */
export function recoverRecord(raw: unknown): CaseRecord | undefined {
  if (!isRecord(raw)) return undefined;
  const sheet = { ...emptySheet(browserTimeZone()), ...(isRecord(raw.sheet) ? raw.sheet : {}) };
  const candidate = {
    ...raw,
    format: raw.format ?? CASE_FORMAT,
    answers: raw.answers ?? {},
    ticks: raw.ticks ?? {},
    evidence: raw.evidence ?? {},
    title: raw.title ?? '',
    sheet,
  };
  const parsed = CaseRecordSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
