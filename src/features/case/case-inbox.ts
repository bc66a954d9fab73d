/**
 * Identifiers added to the open case from outside case work: the search box
 * offers to put a tracking id, an e-mail address or a UUID it recognised into
 * the case sheet. A case shown on this page takes the addition itself (so its
 * next save cannot undo it); otherwise the saved record is changed.
 */
import type { CaseAddition, CaseAddResult } from '../../shared/case-addition';
import type { CaseSheet } from './case-model';
import { activeCaseId, getCase, putCase } from './case-store';

export const CASE_ADD_EVENT = 'wbt:case-add';

/** Sent with CASE_ADD_EVENT; the open case's provider answers in `result`. */
export interface CaseAddRequest {
  readonly addition: CaseAddition;
  result: CaseAddResult | undefined;
}

export function isCaseAddRequest(value: unknown): value is CaseAddRequest {
  return typeof value === 'object' && value !== null && 'addition' in value && 'result' in value;
}

/** The sheet's tracking id field holds at most this much (case-model.ts). */
const TRACKING_LIMIT = 200;

/**
 * The sheet with the identifier in its field. A field already holding
 * another value is never overwritten; tracking ids, of which a case may have
 * several, are listed one after the other.
 */
export function addToSheet(sheet: CaseSheet, addition: CaseAddition): { sheet: CaseSheet; result: 'added' | 'already' | 'occupied' } {
  const current = sheet[addition.field].trim();
  const value = addition.value.trim();
  if (current === '') return { sheet: { ...sheet, [addition.field]: value }, result: 'added' };
  if (addition.field === 'trackingId') {
    if (current.split(/[\s,;]+/).includes(value)) return { sheet, result: 'already' };
    const joined = `${current}, ${value}`;
    if (joined.length > TRACKING_LIMIT) return { sheet, result: 'occupied' };
    return { sheet: { ...sheet, trackingId: joined }, result: 'added' };
  }
  return { sheet, result: current.toLowerCase() === value.toLowerCase() ? 'already' : 'occupied' };
}

export async function addToOpenCase(addition: CaseAddition): Promise<CaseAddResult> {
  const request: CaseAddRequest = { addition, result: undefined };
  window.dispatchEvent(new CustomEvent(CASE_ADD_EVENT, { detail: request }));
  if (request.result !== undefined) return request.result;
  const id = activeCaseId();
  if (id === undefined) return 'no-case';
  try {
    const record = await getCase(id);
    if (!record) return 'no-case';
    const { sheet, result } = addToSheet(record.sheet, addition);
    if (result === 'added') await putCase({ ...record, sheet, updatedAt: new Date().toISOString() });
    return result;
  } catch {
    return 'failed';
  }
}
