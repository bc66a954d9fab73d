/**
 * The search box's "add to the open case" action, carried out by case work.
 * Loaded on first use, so the search box adds nothing to the first page.
 */
import type { AddToCase } from '../shared/case-addition';

export const addSearchIdentifierToCase: AddToCase = (addition) =>
  import('../features/case/case-inbox').then((module) => module.addToOpenCase(addition));
