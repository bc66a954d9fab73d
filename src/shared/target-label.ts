import type { ContentText } from '../content/types';
import type { Translate } from '../i18n/translator';

/**
 * What a link to a content target says, so that it names where it goes: the
 * step's title (with its diagnosis), the procedure's, or the error code.
 * `fallback` when the target names nothing that has a title here.
 */
export function openTargetLabel(target: string | undefined, text: ContentText, t: Translate, fallback: string): string {
  if (target === undefined) return fallback;
  const [kind, rest = ''] = target.split(':', 2);
  if (kind === 'flow') {
    const [flowId = '', nodeId = ''] = rest.split('/');
    const flow = text.flows[flowId];
    const title = flow?.nodeTitles[nodeId];
    return flow && title !== undefined ? t('analyze.openNamed', { title, flow: flow.title }) : fallback;
  }
  if (kind === 'procedure') {
    const title = text.procedures[rest]?.title;
    return title === undefined ? fallback : t('analyze.openProcedureNamed', { title });
  }
  if (kind === 'code') return t('analyze.openCode', { code: rest });
  return fallback;
}
