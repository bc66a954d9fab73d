/**
 * The map of a diagnosis, laid out at build time: the flow's graph (the one
 * the content check walks, src/content/flow-graph.ts) with each step's title
 * and each answer's text in one locale, placed by ELK's layered algorithm
 * (elkjs) into boxes and orthogonal edge routes. The browser only draws the
 * result (src/features/map), so it pays no layout cost and ships no layout
 * library.
 *
 * Text is measured with DejaVu Sans's widths (text-widths.ts), the widest of
 * the fonts the app meets, so the lines fit their boxes wherever they show.
 */
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { FlowGraph } from '../content/flow-graph.ts';
import type { ContentText, FlowMap, FlowMapEdge, FlowMapNode, HandOverTarget, Locale } from '../content/types.ts';
import { MAP_METRICS } from '../content/map-metrics.ts';
import { textWidth, wrapText } from './text-widths.ts';

const { title: TITLE, small: SMALL, padX: PAD_X, padY: PAD_Y, header: HEADER, labelPad: LABEL_PAD } = MAP_METRICS;
const TITLE_WIDTH = 190;
const MIN_NODE_WIDTH = 170;
const LABEL_WIDTH = 150;
const LABEL_LINES = 4;

const elk = new ELK();

const LAYOUT = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Keep the content's order of steps and answers where crossings allow: the
  // first answer on the left, as the step lists it.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  'elk.randomSeed': '1',
} as const;

const round = (value: number) => Math.round(value * 10) / 10;

type Lines = readonly string[];

/** The box that holds `lines` (and `sub`) in every locale: the widest and tallest of them. */
function nodeBox(texts: readonly { lines: Lines; sub?: Lines | undefined }[]): { width: number; height: number } {
  let widest = 0;
  let count = 0;
  for (const { lines, sub = [] } of texts) {
    for (const line of [...lines, ...sub]) widest = Math.max(widest, textWidth(line, TITLE.size));
    count = Math.max(count, lines.length + sub.length);
  }
  return { width: Math.ceil(Math.max(MIN_NODE_WIDTH, widest + 2 * PAD_X)), height: Math.ceil(2 * PAD_Y + HEADER + count * TITLE.line) };
}

function labelBox(texts: readonly Lines[]): { width: number; height: number } {
  const widest = Math.max(0, ...texts.flat().map((line) => textWidth(line, SMALL.size)));
  const count = Math.max(0, ...texts.map((lines) => lines.length));
  return { width: Math.ceil(widest + 2 * LABEL_PAD), height: Math.ceil(count * SMALL.line + 2 * LABEL_PAD) };
}

interface NodeTexts {
  readonly id: string;
  readonly kind: FlowMapNode['kind'];
  readonly handover?: HandOverTarget | undefined;
  /** Per locale, in the order of `texts`. */
  readonly lines: readonly Lines[];
  readonly sub?: readonly Lines[] | undefined;
}

/**
 * Lays out the map of the flow `graph` describes, once for all locales: the
 * boxes fit the text of every locale, so the map is the same picture in each
 * language. Gives the map of each locale of `texts`. Every node and edge of
 * the graph is in it, and one node per step handed over to.
 */
export async function layoutFlowMaps(graph: FlowGraph, texts: readonly ContentText[]): Promise<Partial<Record<Locale, FlowMap>>> {
  const wrap = (value: string) => wrapText(value, TITLE_WIDTH, TITLE.size);
  const details = texts.map((text) => {
    const flowText = text.flows[graph.flowId];
    const detail = text.flowDetails[graph.flowId];
    if (!flowText || !detail) throw new Error(`no text for the map of "${graph.flowId}" in ${text.locale}`);
    return { text, flowText, detail };
  });
  const nodes = new Map<string, NodeTexts>();
  for (const node of graph.nodes) {
    nodes.set(node.id, {
      id: node.id,
      kind: node.kind,
      lines: details.map(({ flowText }) => wrap(flowText.nodeTitles[node.id] ?? node.id)),
    });
  }
  for (const edge of graph.edges) {
    const target = edge.handover;
    if (!target || nodes.has(edge.to)) continue;
    nodes.set(edge.to, {
      id: edge.to,
      kind: 'handover',
      handover: target,
      lines: texts.map((text) => wrap(text.flows[target.flow]?.title ?? target.flow)),
      sub: texts.map((text) => wrap(text.flows[target.flow]?.nodeTitles[target.step] ?? target.step)),
    });
  }
  const labels = graph.edges.map((edge) =>
    edge.kind === 'not-fixed'
      ? undefined
      : details.map(({ detail }) =>
          wrapText(detail.nodes[edge.from]?.answers[edge.answer] ?? edge.answer, LABEL_WIDTH, SMALL.size, LABEL_LINES),
        ),
  );

  const boxes = new Map(
    [...nodes.values()].map((node) => [node.id, nodeBox(node.lines.map((lines, i) => ({ lines, sub: node.sub?.[i] })))]),
  );
  const input: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT,
    children: [...nodes.keys()].map((id) => ({ id, ...boxes.get(id) })),
    edges: graph.edges.map((edge, i): ElkExtendedEdge => {
      const label = labels[i];
      return {
        id: `e${String(i)}`,
        sources: [edge.from],
        targets: [edge.to],
        labels: label ? [{ id: `l${String(i)}`, text: edge.answer, ...labelBox(label) }] : [],
      };
    }),
  };
  const laid = await elk.layout(input);

  const placed = new Map((laid.children ?? []).map((child) => [child.id, child]));
  const routes = new Map((laid.edges ?? []).map((edge) => [edge.id, edge]));
  const geometry = {
    nodes: [...nodes.values()].map((node) => {
      const at = placed.get(node.id);
      if (at?.x === undefined || at.y === undefined || at.width === undefined || at.height === undefined)
        throw new Error(`the layout left out node "${node.id}" of "${graph.flowId}"`);
      return { node, box: { x: round(at.x), y: round(at.y), width: at.width, height: at.height } };
    }),
    edges: graph.edges.map((edge, i) => {
      const laidEdge = routes.get(`e${String(i)}`);
      const sections = laidEdge?.sections ?? [];
      if (sections.length === 0) throw new Error(`the layout left out edge ${edge.from} -> ${edge.to} of "${graph.flowId}"`);
      const path = sections
        .map((section) =>
          [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]
            .map((point, j) => `${j === 0 ? 'M' : 'L'}${String(round(point.x))} ${String(round(point.y))}`)
            .join(''),
        )
        .join('');
      const at = laidEdge?.labels?.[0];
      const box =
        at?.x === undefined || at.y === undefined || at.width === undefined || at.height === undefined
          ? undefined
          : { x: round(at.x), y: round(at.y), width: at.width, height: at.height };
      return { edge, path, box, labels: labels[i] };
    }),
  };

  const maps: Partial<Record<Locale, FlowMap>> = {};
  texts.forEach((text, l) => {
    maps[text.locale] = {
      width: Math.ceil(laid.width ?? 0),
      height: Math.ceil(laid.height ?? 0),
      nodes: geometry.nodes.map(({ node, box }) => ({
        id: node.id,
        kind: node.kind,
        ...box,
        lines: node.lines[l] ?? [],
        ...(node.sub ? { sub: node.sub[l] ?? [] } : {}),
        ...(node.handover ? { handover: node.handover } : {}),
      })),
      edges: geometry.edges.map(({ edge, path, box, labels: lines }): FlowMapEdge => {
        const label = box && lines ? { ...box, lines: lines[l] ?? [] } : undefined;
        return { kind: edge.kind, from: edge.from, to: edge.to, answer: edge.answer, path, ...(label ? { label } : {}) };
      }),
    };
  });
  return maps;
}
