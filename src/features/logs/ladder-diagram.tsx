/**
 * The guide's sign-in ladder as a sequence diagram, drawn here as SVG (no
 * library, no request): one lane per party, one arrow per step with its
 * guide number. For an attempt, each arrow shows what the logs say of its
 * step: seen, failed (red, with the reason), or not seen (grey, dashed).
 * Without an attempt it is the reference sequence.
 *
 * The SVG's title and description are its text equivalent; the attempt's
 * step list next to it says the same in words.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Lane, LogCatalogueText, SignInStep } from './catalogue';
import type { Show } from './log-results';
import type { SignInAttempt } from './sign-in';

const LANE_WIDTH = 150;
const TOP = 50;
const ROW = 40;
const MAX_REASON = 48;

export type ArrowStatus = 'seen' | 'failed' | 'untied' | 'missing' | 'reference';

/** What the logs say of each step of an attempt, in the ladder's order. */
export function ladderStatuses(attempt: SignInAttempt | undefined, ladder: readonly SignInStep[]): ArrowStatus[] {
  return ladder.map((step, index) => {
    if (!attempt) return 'reference';
    if (attempt.failed.includes(step.id)) return 'failed';
    if (attempt.seen.includes(step.id)) return 'seen';
    const later = ladder.slice(index + 1).some((s) => attempt.seen.includes(s.id) || attempt.failed.includes(s.id));
    return later ? 'untied' : 'missing';
  });
}

/** A lane's name on two lines where it has a part in brackets: "Application Server" over "(OCI-P)". */
const laneLines = (name: string) => {
  const at = name.indexOf(' (');
  return at === -1 ? [name] : [name.slice(0, at), name.slice(at + 1)];
};

/** About how wide a text of 11px is. */
const textWidth = (text: string) => text.length * 6.3;

/** Where an arrow's text goes: after its left end, or ending at the edge when it would run off. */
function place(from: number, to: number, text: string, width: number): { x: number; textAnchor: 'start' | 'end' } {
  const left = Math.min(from, to) + 6;
  return left + textWidth(text) <= width - 4 ? { x: left, textAnchor: 'start' } : { x: width - 4, textAnchor: 'end' };
}

const shorten = (text: string) => (text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text);

export function LadderDiagram({
  ladder,
  lanes,
  texts,
  attempt,
  show,
}: {
  ladder: readonly SignInStep[];
  lanes: readonly Lane[];
  texts: LogCatalogueText | undefined;
  attempt?: SignInAttempt | undefined;
  show: Show;
}) {
  const { t } = useI18n();
  const id = useId();
  const statuses = ladderStatuses(attempt, ladder);
  const x = (lane: Lane) => LANE_WIDTH / 2 + Math.max(0, lanes.indexOf(lane)) * LANE_WIDTH;
  const width = lanes.length * LANE_WIDTH;
  const height = TOP + ladder.length * ROW + 16;
  const description = ladder
    .map((step, i) => {
      const status = statuses[i] ?? 'reference';
      const name = texts?.signIn.steps[step.id]?.name ?? step.id;
      const from = t(`ladder.lane.${step.arrow.from}`);
      const to = t(`ladder.lane.${step.arrow.to}`);
      const reason = status === 'failed' ? attempt?.reasons[step.id] : undefined;
      const said = status === 'reference' ? '' : `: ${t(`analyze.step.${status}`)}${reason ? ` (${show(reason)})` : ''}`;
      return `${step.number} ${name}, ${from} → ${to}${said}`;
    })
    .join('; ');
  return (
    <figure className="ladder mt-3 overflow-x-auto">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        className="ladder-svg"
        style={{ minWidth: '36rem' }}
      >
        <title id={`${id}-title`}>{attempt ? t('ladder.titleAttempt') : t('ladder.titleReference')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          {(['seen', 'failed', 'untied', 'missing', 'reference'] as const).map((status) => (
            <marker
              key={status}
              id={`${id}-head-${status}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={`ladder-head ladder-${status}`} />
            </marker>
          ))}
        </defs>
        {lanes.map((lane) => (
          <g key={lane}>
            <text x={x(lane)} y={14} textAnchor="middle" className="ladder-lane">
              {laneLines(t(`ladder.lane.${lane}`)).map((line, i) => (
                <tspan key={line} x={x(lane)} dy={i === 0 ? 0 : 12}>
                  {line}
                </tspan>
              ))}
            </text>
            <line x1={x(lane)} y1={32} x2={x(lane)} y2={height - 6} className="ladder-lifeline" />
          </g>
        ))}
        {ladder.map((step, i) => {
          const status = statuses[i] ?? 'reference';
          const y = TOP + i * ROW + 18;
          const from = x(step.arrow.from);
          const to = x(step.arrow.to);
          const reason = status === 'failed' ? attempt?.reasons[step.id] : undefined;
          const label = `${step.arrow.label}${status === 'failed' ? ' ✗' : ''}`;
          const said = reason === undefined || reason === '' ? undefined : shorten(show(reason));
          return (
            <g key={step.id} className={`ladder-step ladder-${status}`}>
              <line x1={from} y1={y} x2={to} y2={y} markerEnd={`url(#${id}-head-${status})`} className="ladder-arrow" />
              <text {...place(from, to, `${step.number} ${label}`, width)} y={y - 5} className="ladder-label">
                <tspan className="ladder-number">{step.number}</tspan> {label}
              </text>
              {said !== undefined && (
                <text {...place(from, to, said, width)} y={y + 13} className="ladder-reason">
                  {said}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
