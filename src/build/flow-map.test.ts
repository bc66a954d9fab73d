import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { walkFlow } from '../content/fix-walk';
import { flowGraph, handoverKey } from '../content/flow-graph';
import { MAP_METRICS as M } from '../content/map-metrics';
import type { FlowMap, FlowMapBox, Locale } from '../content/types';
import { layoutFlowMaps } from './flow-map';
import { formatProblem, loadContent } from './load-content';
import { textWidth, wrapText } from './text-widths';

const loaded = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const { graph, texts, flowGraphs } = loaded;
const LOCALES = graph.locales;
const maps: Record<string, Partial<Record<Locale, FlowMap>>> = {};

beforeAll(async () => {
  for (const id of graph.flowOrder) {
    const model = flowGraphs[id];
    if (!model) throw new Error(`no graph for ${id}`);
    maps[id] = await layoutFlowMaps(
      model,
      LOCALES.map((locale) => texts[locale]),
    );
  }
}, 180_000);

function mapOf(flowId: string, locale: Locale): FlowMap {
  const map = maps[flowId]?.[locale];
  if (!map) throw new Error(`no map of ${flowId} in ${locale}`);
  return map;
}

/** The end points of an SVG path made of M and L commands. */
function ends(path: string): { first: [number, number]; last: [number, number] } {
  const points = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error(`no points in ${path}`);
  return { first, last };
}

function onBorder([x, y]: [number, number], box: FlowMapBox): boolean {
  const inX = x >= box.x - 1 && x <= box.x + box.width + 1;
  const inY = y >= box.y - 1 && y <= box.y + box.height + 1;
  const nearX = Math.abs(x - box.x) <= 1 || Math.abs(x - box.x - box.width) <= 1;
  const nearY = Math.abs(y - box.y) <= 1 || Math.abs(y - box.y - box.height) <= 1;
  return (inX && nearY) || (inY && nearX);
}

const overlap = (a: FlowMapBox, b: FlowMapBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the map of each diagnosis', () => {
  it('is laid out from the graph the content check walked, "not fixed" edges included', () => {
    for (const id of graph.flowOrder) {
      const flow = graph.flows[id];
      if (!flow) throw new Error(id);
      expect(flowGraphs[id], id).toEqual(flowGraph(flow, walkFlow(flow).notFixedEdges));
      expect(flowGraphs[id]?.edges.some((edge) => edge.kind === 'not-fixed')).toBe(true);
    }
  });

  it('has every node and every edge of the graph, in every language, and one node per step handed over to', () => {
    for (const id of graph.flowOrder) {
      const model = flowGraphs[id];
      if (!model) throw new Error(id);
      const handovers = new Set(model.edges.flatMap((edge) => (edge.handover ? [handoverKey(edge.handover)] : [])));
      for (const locale of LOCALES) {
        const map = mapOf(id, locale);
        expect(map.nodes.map((node) => node.id).sort(), `${id} ${locale}`).toEqual(
          [...model.nodes.map((node) => node.id), ...handovers].sort(),
        );
        for (const node of model.nodes) expect(map.nodes.find((n) => n.id === node.id)?.kind).toBe(node.kind);
        expect(map.edges.map((edge) => [edge.kind, edge.from, edge.to, edge.answer])).toEqual(
          model.edges.map((edge) => [edge.kind, edge.from, edge.to, edge.answer]),
        );
      }
    }
  });

  it('draws the hand-overs: the other diagnosis and its step, reached by the answer that hands over', () => {
    for (const locale of LOCALES) {
      const map = mapOf('webview', locale);
      const node = map.nodes.find((n) => n.id === 'calling/check-client');
      expect(node?.kind).toBe('handover');
      expect(node?.handover).toEqual({ flow: 'calling', step: 'check-client' });
      expect(node?.lines.join(' ')).toBe(texts[locale].flows.calling?.title);
      expect(node?.sub?.join(' ')).toBe(texts[locale].flows.calling?.nodeTitles['check-client']);
      const edge = map.edges.find((e) => e.to === 'calling/check-client');
      expect(edge).toMatchObject({ kind: 'handover', from: 'fix-calling', answer: 'open-calling' });
      expect(edge?.label?.lines.join(' ')).toBe(texts[locale].flowDetails.webview?.nodes['fix-calling']?.answers['open-calling']);
    }
    // Sign-in hands over three times, to two diagnoses.
    const signIn = mapOf('sign-in', 'en');
    expect(signIn.edges.filter((edge) => edge.kind === 'handover')).toHaveLength(3);
  });

  it("is the same picture in every language, with each language's own words", () => {
    for (const id of graph.flowOrder) {
      const [first, ...others] = LOCALES.map((locale) => mapOf(id, locale));
      const shape = (map: FlowMap | undefined) => ({
        size: [map?.width, map?.height],
        nodes: map?.nodes.map(({ id: nodeId, x, y, width, height }) => [nodeId, x, y, width, height]),
        edges: map?.edges.map(({ path, label }) => [path, label?.x, label?.y, label?.width, label?.height]),
      });
      for (const other of others) expect(shape(other), id).toEqual(shape(first));
      for (const locale of LOCALES) {
        const map = mapOf(id, locale);
        for (const node of map.nodes) {
          if (node.kind !== 'handover') expect(node.lines.join(' ')).toBe(texts[locale].flows[id]?.nodeTitles[node.id]);
        }
      }
    }
  });

  it('gives every line room in its box, and lays no box over another', () => {
    for (const id of graph.flowOrder) {
      for (const locale of LOCALES) {
        const map = mapOf(id, locale);
        const boxes: FlowMapBox[] = [];
        for (const node of map.nodes) {
          const lines = [...node.lines, ...(node.sub ?? [])];
          for (const line of lines) expect(textWidth(line, M.title.size) + 2 * M.padX, `${id} ${node.id}`).toBeLessThanOrEqual(node.width);
          expect(2 * M.padY + M.header + lines.length * M.title.line).toBeLessThanOrEqual(node.height);
          boxes.push(node);
        }
        for (const edge of map.edges) {
          if (!edge.label) continue;
          for (const line of edge.label.lines) expect(textWidth(line, M.small.size) + 2 * M.labelPad).toBeLessThanOrEqual(edge.label.width);
          boxes.push(edge.label);
        }
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${id} ${locale}: ${JSON.stringify([a, b])}`).toBe(false);
        });
        for (const box of boxes) {
          expect(box.x + box.width).toBeLessThanOrEqual(map.width);
          expect(box.y + box.height).toBeLessThanOrEqual(map.height);
        }
      }
    }
  });

  it("runs each edge from its source's border to its target's", () => {
    for (const id of graph.flowOrder) {
      const map = mapOf(id, 'en');
      const boxOf = new Map(map.nodes.map((node) => [node.id, node]));
      for (const edge of map.edges) {
        const { first, last } = ends(edge.path);
        const from = boxOf.get(edge.from);
        const to = boxOf.get(edge.to);
        if (!from || !to) throw new Error(`${edge.from} -> ${edge.to}`);
        expect(onBorder(first, from), `${id} ${edge.from} -> ${edge.to} starts at ${String(first)}`).toBe(true);
        expect(onBorder(last, to), `${id} ${edge.from} -> ${edge.to} ends at ${String(last)}`).toBe(true);
      }
    }
  });

  it('labels each answer with its text, and "not fixed" with none (the legend explains the dashes)', () => {
    for (const id of graph.flowOrder) {
      const map = mapOf(id, 'nl');
      for (const edge of map.edges) {
        if (edge.kind === 'not-fixed') expect(edge.label).toBeUndefined();
        else {
          const answer = texts.nl.flowDetails[id]?.nodes[edge.from]?.answers[edge.answer] ?? '';
          const shown = edge.label?.lines.join(' ') ?? '';
          // Four lines at most: a longer answer ends in an ellipsis (the list below the drawing has it whole).
          if (shown.endsWith('…')) expect(answer.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
          else expect(shown).toBe(answer.replace(/\s+/g, ' ').trim());
        }
      }
    }
  });
});

describe('text measured for the layout', () => {
  it('wraps at spaces only, so an identifier is never cut', () => {
    expect(wrapText('check the config-wxt.xml repository file now', 75, 13)).toEqual([
      'check the',
      'config-wxt.xml',
      'repository',
      'file now',
    ]);
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 40, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(textWidth(lines[1] ?? '', 11)).toBeLessThanOrEqual(40);
  });

  it('measures Romanian and Dutch letters, and counts an unknown character as wide', () => {
    expect(textWidth('ășțîâ', 10)).toBeGreaterThan(20);
    expect(textWidth('ë', 10)).toBe(textWidth('e', 10));
    expect(textWidth('漢', 10)).toBe(10);
  });
});
