/**
 * Case facts needed on every step page, kept free of the schema library so
 * the first page stays small: defaults, field checks, the collect list.
 * Validation of anything read back lives in case-model.ts, loaded on demand.
 */
import type { StepSnapshot } from '../../shared/step-extensions';
import type { CaseRecord, CaseSheet } from './case-model';

export const CASE_FORMAT = 1;
export const PLATFORMS = ['windows', 'mac', 'ios', 'android', 'other'] as const;

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

/** The most evidence one answer keeps (the case file's limit). */
export const EVIDENCE_LIMIT = 5000;

/** Adds a piece of evidence under what the answer already has, within the limit. */
export function appendEvidence(current: string | undefined, addition: string): string {
  const joined = current === undefined || current.trim() === '' ? addition : `${current}\n\n${addition}`;
  return joined.length > EVIDENCE_LIMIT ? `${joined.slice(0, EVIDENCE_LIMIT - 1)}…` : joined;
}

// --- outcome ------------------------------------------------------------------

/**
 * The case's outcome after the diagnosis moved: `resolvedBy` is the fix the
 * path now ends at confirmed (undefined when it does not). The time is kept
 * while the same fix stays confirmed, set when one is newly confirmed, and
 * dropped when the engineer takes the answer back.
 */
export function withOutcome(record: CaseRecord, resolvedBy: string | undefined, now: Date): CaseRecord {
  if (resolvedBy === undefined) {
    if (record.outcome === undefined) return record;
    const rest = { ...record };
    delete rest.outcome;
    return rest;
  }
  if (record.outcome?.resolvedBy === resolvedBy) return record;
  return { ...record, outcome: { resolvedBy, resolvedAt: now.toISOString() } };
}

// --- the case across a hand-over --------------------------------------------

type StepPlace = Pick<StepSnapshot, 'flowId' | 'stepId' | 'answers' | 'ticks'> & {
  readonly assumed?: StepSnapshot['assumed'];
  readonly location: Pick<StepSnapshot['location'], 'from'>;
};

/**
 * Whether the open case follows this step: a step of its own diagnosis, of
 * the one its diagnosis hands over to, or (Back across the hand-over) of the
 * one that handed over to it. Any other diagnosis is another case's.
 */
export function caseFollows(record: CaseRecord, step: StepPlace): boolean {
  return record.flowId === step.flowId || step.location.from?.flowId === record.flowId || record.origin?.flowId === step.flowId;
}

/** The case moved to the step (its diagnosis, step, answers, ticks and where it was handed over from), or undefined when it does not follow it. */
export function followStep(record: CaseRecord, step: StepPlace): CaseRecord | undefined {
  if (!caseFollows(record, step)) return undefined;
  const next: CaseRecord = {
    ...record,
    flowId: step.flowId,
    stepId: step.stepId,
    answers: { ...step.answers },
    ticks: Object.fromEntries(Object.entries(step.ticks).map(([k, v]) => [k, [...v]])),
  };
  // The answers nobody gave stay marked in the case, so its summary and export do not pass them off as given.
  if (step.assumed && step.assumed.length > 0) next.assumed = [...step.assumed];
  else delete next.assumed;
  const from = step.location.from;
  if (from)
    next.origin = {
      flowId: from.flowId,
      answers: from.answers.map(([node, answer]) => [node, answer]),
      ...(from.assumed && from.assumed.length > 0 ? { assumed: [...from.assumed] } : {}),
    };
  else delete next.origin;
  return next;
}
