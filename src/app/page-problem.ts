/**
 * What an error page can be asked to explain. Loaders throw these as route
 * error data; the error boundary gets them back as `unknown`, so they are
 * re-checked here rather than cast.
 */
import type { StepLocation } from '../shared/paths';
import type { StepUrlProblem } from '../features/wizard/step-url';

export type PageProblem =
  | StepUrlProblem
  | { readonly kind: 'unknown-language'; readonly lang: string }
  | { readonly kind: 'unknown-procedure'; readonly procedureId: string }
  | { readonly kind: 'unknown-code'; readonly code: string }
  | { readonly kind: 'unknown-article'; readonly articleId: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unexpected' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function toLocation(value: unknown): StepLocation | undefined {
  if (!isRecord(value)) return undefined;
  const { flowId, stepId, answers, version } = value;
  if (typeof flowId !== 'string' || typeof stepId !== 'string' || typeof version !== 'number' || !Array.isArray(answers)) return undefined;
  const pairs: (readonly [string, string])[] = [];
  for (const pair of answers) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return undefined;
    pairs.push([pair[0], pair[1]]);
  }
  return { flowId, stepId, answers: pairs, version };
}

export function toPageProblem(value: unknown): PageProblem {
  if (!isRecord(value)) return { kind: 'unexpected' };
  const nearest = toLocation(value.nearest);
  switch (value.kind) {
    case 'unknown-language':
      return { kind: 'unknown-language', lang: str(value.lang) };
    case 'unknown-procedure':
      return { kind: 'unknown-procedure', procedureId: str(value.procedureId) };
    case 'unknown-code':
      return { kind: 'unknown-code', code: str(value.code) };
    case 'unknown-article':
      return { kind: 'unknown-article', articleId: str(value.articleId) };
    case 'not-found':
      return { kind: 'not-found' };
    case 'unknown-flow':
      return { kind: 'unknown-flow', flowId: str(value.flowId) };
    default:
      break;
  }
  if (!nearest) return { kind: 'unexpected' };
  switch (value.kind) {
    case 'malformed-query': {
      const detail = value.detail;
      const known = ['duplicate', 'bad-name', 'bad-value', 'bad-version', 'too-long'] as const;
      const found = known.find((d) => d === detail) ?? 'bad-value';
      return { kind: 'malformed-query', detail: found, param: str(value.param), nearest };
    }
    case 'newer-version':
      return { kind: 'newer-version', version: typeof value.version === 'number' ? value.version : 0, nearest };
    case 'unknown-question':
      return { kind: 'unknown-question', nodeId: str(value.nodeId), nearest };
    case 'unknown-answer':
      return { kind: 'unknown-answer', nodeId: str(value.nodeId), answerId: str(value.answerId), nearest };
    case 'unknown-step':
      return { kind: 'unknown-step', stepId: str(value.stepId), nearest };
    case 'unreachable-step':
      return { kind: 'unreachable-step', stepId: str(value.stepId), nearest };
    default:
      return { kind: 'unexpected' };
  }
}
