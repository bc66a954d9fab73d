/**
 * "Copy for a support case": the case as plain text and as Markdown, ready
 * to paste into a vendor case. Built from the record and the content.
 */
import type { ContentGraph, ContentText } from '../../content/types';
import { followAnswers } from '../../content/fix-outcome';
import { answerLabel } from '../../shared/answer-label';
import type { Translate } from '../../i18n/translator';
import type { CaseRecord } from './case-model';
import { sheetRows } from './sheet-rows';

export interface CaseSummary {
  readonly text: string;
  readonly markdown: string;
}

interface PathLine {
  readonly question: string;
  readonly answer: string;
  /** Filled in to open a step directly, not given by the engineer: said so next to the answer. */
  readonly assumed: boolean;
  readonly evidence?: string | undefined;
}

function pathLines(
  flowId: string,
  answers: Readonly<Record<string, string>>,
  assumed: readonly string[],
  evidence: Readonly<Record<string, string>>,
  graph: ContentGraph,
  text: ContentText,
  t: Translate,
): PathLine[] {
  const flow = graph.flows[flowId];
  const flowText = text.flows[flowId];
  const detail = text.flowDetails[flowId];
  if (!flow || !flowText) return [];
  const lines: PathLine[] = [];
  for (const step of followAnswers(flow, answers)) {
    if (step.answerId === undefined) break;
    lines.push({
      question: flowText.nodeTitles[step.node.id] ?? step.node.id,
      answer: answerLabel(step.node, step.answerId, detail?.nodes[step.node.id], t),
      assumed: assumed.includes(step.node.id),
      evidence: evidence[step.node.id],
    });
  }
  return lines;
}

/**
 * Text as literal Markdown on one line: every mark Markdown (GFM included)
 * or HTML would read is escaped, any line end (CR, LF or CRLF) becomes a
 * space, and a leading list marker or indent cannot open a list or a code
 * block (evidence is quoted with `>`, where it would).
 */
const mdEscape = (value: string) =>
  value
    .replace(/\r\n?|\n/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#~&])/g, '\\$1')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

export function caseSummary(
  record: CaseRecord,
  graph: ContentGraph,
  text: ContentText,
  t: Translate,
  link: string,
  now: Date,
): CaseSummary {
  const flowText = text.flows[record.flowId];
  const current = flowText?.nodeTitles[record.stepId] ?? record.stepId;
  const rows = sheetRows(record.sheet, t).filter((row) => row.value !== '');
  const path = pathLines(record.flowId, record.answers, record.assumed ?? [], record.evidence, graph, text, t);
  // Handed over from another diagnosis: that part of the path first, up to the hand-over.
  const origin = record.origin;
  const originTitle = origin ? (text.flows[origin.flowId]?.title ?? origin.flowId) : undefined;
  const before = origin
    ? pathLines(origin.flowId, Object.fromEntries(origin.answers), origin.assumed ?? [], record.evidence, graph, text, t)
    : [];
  const plainLine = (line: PathLine, i: number) =>
    `${String(i + 1)}. ${line.question} -> ${line.answer}${line.assumed ? ` (${t('summary.assumed')})` : ''}`;
  const markdownLine = (line: PathLine, i: number) =>
    `${String(i + 1)}. ${mdEscape(line.question)} → **${mdEscape(line.answer)}**${line.assumed ? ` *(${mdEscape(t('summary.assumed'))})*` : ''}`;
  const handedOver = originTitle === undefined ? undefined : t('handover.from', { title: originTitle });
  const guide = t('summary.guide', { title: text.guideTitle, version: graph.guide.version, content: graph.version });
  const date = now.toISOString();
  const fixTitle = record.outcome ? (flowText?.nodeTitles[record.outcome.resolvedBy] ?? record.outcome.resolvedBy) : undefined;
  const outcome = record.outcome
    ? `${t('summary.outcome')}: ${t('summary.resolvedAt', { time: record.outcome.resolvedAt, fix: fixTitle ?? '' })}`
    : undefined;

  const plain = [
    `${t('summary.case')}: ${record.title}`,
    `${t('summary.diagnosis')}: ${flowText?.title ?? record.flowId}`,
    `${t('summary.currentStep')}: ${current}`,
    ...(outcome ? [outcome] : []),
    '',
    ...rows.map((row) => `${row.label}: ${row.value}`),
    '',
    `${t('path.heading')}:`,
    ...(handedOver ? [handedOver, ...before.map(plainLine), ''] : []),
    ...path.flatMap((line, i) => [plainLine(line, i), ...(line.evidence ? [`   ${t('summary.evidence')}: ${line.evidence}`] : [])]),
    '',
    `${t('summary.link')}: ${link}`,
    guide,
    `${t('summary.generated')}: ${date}`,
  ].join('\n');

  const markdown = [
    `## ${mdEscape(record.title)}`,
    '',
    `**${t('summary.diagnosis')}:** ${mdEscape(flowText?.title ?? record.flowId)}  `,
    `**${t('summary.currentStep')}:** ${mdEscape(current)}${outcome ? '  ' : ''}`,
    ...(outcome ? [`**${mdEscape(outcome)}**`] : []),
    '',
    `| ${t('summary.field')} | ${t('summary.value')} |`,
    '| --- | --- |',
    ...rows.map((row) => `| ${mdEscape(row.label)} | ${mdEscape(row.value)} |`),
    '',
    `### ${t('path.heading')}`,
    '',
    ...(handedOver ? [`*${mdEscape(handedOver)}*`, '', ...before.map(markdownLine), ''] : []),
    ...path.flatMap((line, i) => [markdownLine(line, i), ...(line.evidence ? [`   > ${mdEscape(line.evidence)}`] : [])]),
    '',
    `${t('summary.link')}: <${link}>  `,
    `${mdEscape(guide)}  `,
    `${t('summary.generated')}: ${date}`,
  ].join('\n');

  return { text: plain, markdown };
}
