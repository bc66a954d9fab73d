/**
 * An identifier to add to the open case from outside case work (the search
 * box): the field it goes to, and what came of it. The case feature carries
 * it out (src/features/case/case-inbox.ts); the app layer joins the two.
 */
export type CaseAdditionField = 'trackingId' | 'ciUser' | 'orgId';

export interface CaseAddition {
  readonly field: CaseAdditionField;
  readonly value: string;
}

/**
 * added: now in the case; already: the case had it; occupied: the field holds
 * another value, left alone; no-case: no case is open in this tab; failed: it
 * could not be saved.
 */
export type CaseAddResult = 'added' | 'already' | 'occupied' | 'no-case' | 'failed';

export type AddToCase = (addition: CaseAddition) => Promise<CaseAddResult>;
