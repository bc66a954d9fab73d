/**
 * The words of an answer: the content's, or for "Did this fix it?" (which
 * every fix asks) the UI's own, worded once per language. Answers ticked
 * together (a value with dots, see src/content/selection.ts) are each named,
 * separated by semicolons.
 */
import { selectedIds } from '../content/selection';
import type { FlowNode, NodeText } from '../content/types';
import type { Translate } from '../i18n/translator';

export function answerLabel(node: FlowNode, answerId: string, text: NodeText | undefined, t: Translate): string {
  const answer = node.answers.find((a) => a.id === answerId);
  if (answer?.confirms === 'fixed') return t('fix.yes');
  if (answer?.confirms === 'not-fixed') return t('fix.no');
  if (text?.answers[answerId] !== undefined) return text.answers[answerId];
  return selectedIds(answerId)
    .map((id) => text?.answers[id] ?? id)
    .join('; ');
}
