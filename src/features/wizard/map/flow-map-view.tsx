/**
 * Draws a map laid out at build time (src/build/flow-map.ts) as SVG: React
 * elements with presentation attributes and classes only (no `style`, so
 * the strict Content-Security-Policy holds), text from the localized
 * content. The drawing is for the eye and the mouse: it is hidden from
 * assistive technology and out of the tab order, because the outline below
 * it has the same steps and links as a list.
 */
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '../../../content/content';
import { MAP_METRICS as M } from '../../../content/map-metrics';
import type { FlowMap, FlowMapNode } from '../../../content/types';
import { useI18n } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/translator';
import { paths } from '../../../shared/paths';
import type { StepUrlState } from '../step-url';
import { edgeKey, handoverLocation, stepLocation, type TakenPath } from './map-links';

export const MAP_KIND_LABEL: Readonly<Record<FlowMapNode['kind'], MessageKey>> = {
  question: 'kind.question',
  procedure: 'kind.procedure',
  resolution: 'kind.resolution',
  escalation: 'kind.escalation',
  handover: 'map.handover',
};

const ZOOMS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5] as const;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 1.5;

export function FlowMapView({ map, state, taken }: { map: FlowMap; state: StepUrlState; taken: TakenPath }) {
  const { t, locale } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  const onPath = new Set(taken.nodes);
  const current = map.nodes.find((node) => node.id === taken.current);

  // Bring the current step into view, once the drawing is in place.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || !current) return;
    box.scrollLeft = Math.max(0, (current.x + current.width / 2) * zoom - box.clientWidth / 2);
    box.scrollTop = Math.max(0, (current.y + current.height / 2) * zoom - box.clientHeight / 3);
  }, [current, zoom]);

  const zoomIn = () => setZoom(ZOOMS.find((z) => z > zoom + 0.01) ?? MAX_ZOOM);
  const zoomOut = () => setZoom([...ZOOMS].reverse().find((z) => z < zoom - 0.01) ?? MIN_ZOOM);
  const fit = () => {
    const width = scroller.current?.clientWidth ?? map.width;
    setZoom(Math.min(MAX_ZOOM, Math.max(0.1, (width - 4) / map.width)));
  };

  const hrefOf = (node: FlowMapNode): string => {
    const handover = node.handover;
    if (!handover) return paths.step(locale, stepLocation(content, state.flow, state.answers, state.ticks, node.id));
    // A step handed over to from several answers opens as the one on the path would, else the first.
    const edges = map.edges.filter((edge) => edge.to === node.id);
    const edge = edges.find((e) => onPath.has(e.from)) ?? edges[0];
    return paths.step(
      locale,
      handoverLocation(content, state.flow, state.answers, { from: edge?.from ?? '', answer: edge?.answer ?? '', handover }),
    );
  };

  return (
    <section className="map-drawing mt-6">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <button type="button" className="btn-quiet" onClick={zoomOut} disabled={zoom <= MIN_ZOOM}>
          {t('map.zoomOut')}
        </button>
        <button type="button" className="btn-quiet" onClick={zoomIn} disabled={zoom >= MAX_ZOOM}>
          {t('map.zoomIn')}
        </button>
        <button type="button" className="btn-quiet" onClick={fit}>
          {t('map.zoomFit')}
        </button>
        <span className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {t('map.zoomLevel', { percent: Math.round(zoom * 100) })}
        </span>
      </div>
      {/* A scrolling frame the keyboard can scroll too (WCAG 2.1.1): its own links are out of the tab order. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={scroller} className="map-scroll mt-2" tabIndex={0} role="region" aria-label={t('map.drawing')}>
        <svg
          className="flow-map"
          width={Math.ceil(map.width * zoom)}
          height={Math.ceil(map.height * zoom)}
          viewBox={`0 0 ${String(map.width)} ${String(map.height)}`}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            {(['plain', 'path', 'not-fixed'] as const).map((kind) => (
              <marker
                key={kind}
                id={`map-arrow-${kind}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="9"
                markerHeight="9"
                markerUnits="userSpaceOnUse"
                orient="auto"
              >
                <path d="M0 0L10 5L0 10z" className={`map-arrow map-arrow-${kind}`} />
              </marker>
            ))}
          </defs>
          {map.edges.map((edge) => {
            const isTaken = taken.edges.has(edgeKey(edge));
            const arrow = isTaken ? 'path' : edge.kind === 'not-fixed' ? 'not-fixed' : 'plain';
            return (
              <g
                key={`${edge.from}.${edge.answer}>${edge.to}`}
                className={`map-edge map-edge-${edge.kind}${isTaken ? ' on-path' : ''}`}
                data-edge={edgeKey(edge)}
              >
                <path d={edge.path} className="map-edge-line" markerEnd={`url(#map-arrow-${arrow})`} />
                {edge.label && (
                  <g className="map-label">
                    <rect
                      x={edge.label.x}
                      y={edge.label.y}
                      width={edge.label.width}
                      height={edge.label.height}
                      rx="2"
                      className="map-label-box"
                    />
                    <Lines
                      x={edge.label.x + M.labelPad}
                      y={edge.label.y + M.labelPad}
                      lines={edge.label.lines}
                      size={M.small.size}
                      line={M.small.line}
                      className="map-small"
                    />
                  </g>
                )}
              </g>
            );
          })}
          {map.nodes.map((node) => {
            const isCurrent = node.id === taken.current;
            const classes = ['map-node', `map-${node.kind}`, onPath.has(node.id) ? 'on-path' : '', isCurrent ? 'is-current' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <Link key={node.id} to={hrefOf(node)} tabIndex={-1} className={classes} data-node={node.id}>
                <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="6" className="map-node-box" />
                <text x={node.x + M.padX} y={node.y + M.padY + M.small.size} className="map-kind">
                  {t(MAP_KIND_LABEL[node.kind])}
                </text>
                <Lines
                  x={node.x + M.padX}
                  y={node.y + M.padY + M.header}
                  lines={[...node.lines, ...(node.sub ?? [])]}
                  size={M.title.size}
                  line={M.title.line}
                  className="map-title"
                  subFrom={node.sub ? node.lines.length : undefined}
                />
                {isCurrent && <HereMark node={node} label={t('map.here')} />}
              </Link>
            );
          })}
        </svg>
      </div>
    </section>
  );
}

/** Lines of text from the top-left corner of their box: each line's baseline one line height down. */
function Lines({
  x,
  y,
  lines,
  size,
  line,
  className,
  subFrom,
}: {
  x: number;
  y: number;
  lines: readonly string[];
  size: number;
  line: number;
  className: string;
  subFrom?: number | undefined;
}): ReactNode {
  // The baseline sits about a fifth of the line height above the line's bottom.
  const first = y + (line + size) / 2 - 1;
  return (
    <text x={x} y={first} className={className}>
      {lines.map((text, i) => (
        <tspan key={i} x={x} y={first + i * line} className={subFrom !== undefined && i >= subFrom ? 'map-sub' : undefined}>
          {text}
        </tspan>
      ))}
    </text>
  );
}

/** "You are here", on the current step's top border. */
function HereMark({ node, label }: { node: FlowMapNode; label: string }) {
  const width = Math.min(node.width - 2 * M.padX, 9 + label.length * 7);
  const x = node.x + node.width - M.padX - width;
  const y = node.y - 9;
  return (
    <g className="map-here">
      <rect x={x} y={y} width={width} height="18" rx="9" className="map-here-box" />
      <text x={x + width / 2} y={y + 13} textAnchor="middle" className="map-here-text">
        {label}
      </text>
    </g>
  );
}
