/**
 * How a hand-over's origin is written in a link (see handover.ts). Apart,
 * so that building a URL (src/shared/paths.ts, on every page) does not bring
 * the hand-over logic into the first page's code.
 */
import type { HandOverOrigin } from './types';

export function formatOrigin(origin: HandOverOrigin): string {
  const assumed = new Set(origin.assumed ?? []);
  return [origin.flowId, ...origin.answers.map(([nodeId, answerId]) => `${nodeId}.${answerId}${assumed.has(nodeId) ? '.a' : ''}`)].join('~');
}
