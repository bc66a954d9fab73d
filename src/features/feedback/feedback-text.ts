/**
 * "Report a problem with this step": the report as text, and as a mailto:
 * link. Pure, so the exact text is tested. The app never sends it: the
 * engineer's own mail program does, or they paste the text.
 */
import type { MessageKey, Translate } from '../../i18n/translator';

export const PROBLEM_KINDS = ['wrong', 'outdated', 'unclear', 'missing-case'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const KIND_LABEL: Readonly<Record<ProblemKind, MessageKey>> = {
  wrong: 'feedback.kind.wrong',
  outdated: 'feedback.kind.outdated',
  unclear: 'feedback.kind.unclear',
  'missing-case': 'feedback.kind.missingCase',
};

export interface FeedbackInput {
  readonly kind: ProblemKind;
  readonly words: string;
  readonly flowId: string;
  readonly stepId: string;
  readonly flowTitle: string;
  readonly stepTitle: string;
  /** The step's link: its answers only, never a case. */
  readonly link: string;
  readonly contentVersion: number;
  readonly guide: { readonly title: string; readonly version: string; readonly date: string };
  readonly locale: string;
  /** The open case as text, only when the engineer ticked it. */
  readonly caseText?: string | undefined;
}

export interface FeedbackMessage {
  readonly subject: string;
  readonly body: string;
}

export function feedbackMessage(input: FeedbackInput, t: Translate): FeedbackMessage {
  const kind = t(KIND_LABEL[input.kind]);
  const subject = t('feedback.subject', { kind, flow: input.flowTitle, step: input.stepTitle });
  const lines = [
    `${t('feedback.problem')}: ${kind} [${input.kind}]`,
    `${t('feedback.step')}: ${input.flowTitle} › ${input.stepTitle} [${input.flowId}/${input.stepId}]`,
    `${t('feedback.link')}: ${input.link}`,
    `${t('feedback.contentVersion')}: ${String(input.contentVersion)}`,
    `${t('feedback.guide')}: ${input.guide.title} ${input.guide.version} (${input.guide.date})`,
    `${t('feedback.language')}: ${input.locale}`,
    '',
    `${t('feedback.description')}:`,
    input.words.trim(),
  ];
  if (input.caseText !== undefined) lines.push('', `${t('feedback.caseData')}:`, input.caseText);
  return { subject, body: lines.join('\n') };
}

/** The report as plain text to copy: subject first. */
export function feedbackText(message: FeedbackMessage): string {
  return `${message.subject}\n\n${message.body}`;
}

/**
 * A mailto: link (RFC 6068): line breaks as CRLF, every header value
 * percent-encoded. Without an address the mail program asks for one.
 */
export function mailtoHref(address: string | undefined, message: FeedbackMessage): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address ?? ''}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}
