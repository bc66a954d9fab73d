/**
 * Reads a diagnosis step from its URL. The URL is outside input: every part
 * is checked against the content, and anything wrong becomes a StepUrlProblem
 * that names what was wrong and the nearest step that does exist.
 */
import type { ContentGraph, Flow } from '../../content/types';
import { handOverNode, handOverView, parseOrigin, resolveOrigin } from '../../content/handover';
import { readSelection, SELECTION_SEPARATOR } from '../../content/selection';
import { ASSUMED_PARAM, FROM_PARAM, SHARED_CASE_PARAM, type StepLocation, TICKS_PREFIX, VERSION_PARAM } from '../../shared/paths';
import { type Answers, derivePath, frontier, isOnPath, splitAnswers } from './answer-path';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An answer's value: one answer id, or on a node that takes several, the ticked ids joined by dots (content/selection.ts). */
const ANSWER = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*){0,19}$/;
const MAX_PARAMS = 200;

export type StepUrlProblem =
  | { readonly kind: 'unknown-flow'; readonly flowId: string }
  | {
      readonly kind: 'malformed-query';
      readonly detail: 'duplicate' | 'bad-name' | 'bad-value' | 'bad-version' | 'too-long';
      readonly param: string;
      readonly nearest: StepLocation;
    }
  | { readonly kind: 'newer-version'; readonly version: number; readonly nearest: StepLocation }
  | { readonly kind: 'unknown-question'; readonly nodeId: string; readonly nearest: StepLocation }
  | { readonly kind: 'unknown-answer'; readonly nodeId: string; readonly answerId: string; readonly nearest: StepLocation }
  | { readonly kind: 'unknown-step'; readonly stepId: string; readonly nearest: StepLocation }
  | { readonly kind: 'unreachable-step'; readonly stepId: string; readonly nearest: StepLocation };

/** An answer an older link carried that the current content no longer has. */
export interface DroppedAnswer {
  readonly nodeId: string;
  readonly answerId: string;
}

/** Ticked steps per checklist: `<node>` or `<node>.<procedure>` -> step ids. */
export type Ticks = Readonly<Record<string, readonly string[]>>;

export interface StepUrlState {
  readonly flow: Flow;
  readonly stepId: string;
  readonly answers: Answers;
  /** The nodes whose answer is assumed, not given (see ASSUMED_PARAM), in path order. */
  readonly assumed: readonly string[];
  readonly ticks: Ticks;
  /** Set when the link was made for an older content version. */
  readonly migratedFrom?: number;
  readonly dropped: readonly DroppedAnswer[];
  /** A shared case sheet the link carried (still encoded, unchecked). */
  readonly sharedCase?: string;
  /** The canonical location; differs from the URL when it had to be tidied. */
  readonly location: StepLocation;
}

export type StepUrlResult = { readonly ok: true; readonly state: StepUrlState } | { readonly ok: false; readonly problem: StepUrlProblem };

/** The steps of one checklist of a node: its own (`node`) or an embedded procedure's (`node.procedure`). */
export function checklistSteps(graph: ContentGraph, flow: Flow, checklist: string): readonly string[] | undefined {
  const [nodeId = '', procedureId] = checklist.split('.');
  const node = flow.nodes[nodeId];
  if (!node) return undefined;
  if (procedureId === undefined) return node.steps.map((s) => s.id);
  if (!node.procedures.includes(procedureId)) return undefined;
  return graph.procedures[procedureId]?.steps.map((s) => s.id);
}

/** Keeps the ticks of checklists on the path, each in checklist order, the lists in path order. */
function ticksOnPath(graph: ContentGraph, flow: Flow, answers: Answers, ticks: Ticks): [string, string[]][] {
  const result: [string, string[]][] = [];
  for (const step of derivePath(flow, answers)) {
    const checklists = [step.node.id, ...step.node.procedures.map((p) => `${step.node.id}.${p}`)];
    for (const checklist of checklists) {
      const ticked = ticks[checklist];
      const order = checklistSteps(graph, flow, checklist);
      if (!ticked || !order) continue;
      const kept = order.filter((id) => ticked.includes(id));
      if (kept.length > 0) result.push([checklist, kept]);
    }
  }
  return result;
}

/** Of `assumed`, the nodes answered on the path, in path order: an assumption about anything else means nothing. */
export function assumedOnPath(flow: Flow, answers: Answers, assumed: readonly string[]): string[] {
  if (assumed.length === 0) return [];
  return derivePath(flow, answers).flatMap((step) => (step.answerId !== undefined && assumed.includes(step.node.id) ? [step.node.id] : []));
}

export function locationFor(
  graph: ContentGraph,
  flow: Flow,
  stepId: string,
  answers: Answers,
  ticks: Ticks = {},
  assumed: readonly string[] = [],
): StepLocation {
  const ordered = derivePath(flow, answers).flatMap((step) =>
    step.answerId === undefined ? [] : [[step.node.id, step.answerId] as const],
  );
  const kept = assumedOnPath(flow, answers, assumed);
  return {
    flowId: flow.id,
    stepId,
    answers: ordered,
    version: graph.version,
    ticks: ticksOnPath(graph, flow, answers, ticks),
    ...(kept.length > 0 ? { assumed: kept } : {}),
    ...(flow.origin ? { from: flow.origin } : {}),
  };
}

/**
 * Where Back leads from the first step of a diagnosis entered by a hand-over:
 * the step of the other diagnosis that handed over, its answers kept.
 * Undefined for a diagnosis opened on its own.
 */
export function originLocation(graph: ContentGraph, flow: Flow): StepLocation | undefined {
  const origin = flow.origin;
  if (!origin) return undefined;
  return {
    flowId: origin.flowId,
    stepId: handOverNode(origin),
    answers: origin.answers,
    version: graph.version,
    ...(origin.assumed && origin.assumed.length > 0 ? { assumed: origin.assumed } : {}),
  };
}

/** The furthest step the given answers reach: where "nearest valid step" points, assumed answers still marked. */
function nearestFor(graph: ContentGraph, flow: Flow, answers: Answers, assumed: Assumed = []): StepLocation {
  const valid: Record<string, string> = {};
  for (const [nodeId, answerId] of Object.entries(answers)) {
    const node = flow.nodes[nodeId];
    if (node && readSelection(node, answerId)) valid[nodeId] = answerId;
  }
  const { onPath } = splitAnswers(flow, valid);
  return locationFor(graph, flow, frontier(flow, onPath).id, onPath, {}, assumed === 'all' ? Object.keys(onPath) : assumed);
}

/** The assumed answers a link names; `'all'` when its marker cannot be read. */
type Assumed = readonly string[] | 'all';

/**
 * Reads the marker of assumed answers. One that cannot be read cannot say
 * which answers were given: then none of them is shown as given, rather
 * than all of them.
 */
function readAssumed(value: string | null): Assumed {
  if (value === null) return [];
  return /^[a-z0-9-]{1,80}(\.[a-z0-9-]{1,80}){0,199}$/.test(value) ? value.split('.') : 'all';
}

/** Applies the renames recorded in the content's change log since `version`. */
function migrate(graph: ContentGraph, version: number, answers: Record<string, string>): Record<string, string> {
  let current = answers;
  for (const change of graph.changes) {
    if (change.version <= version) continue;
    const next: Record<string, string> = {};
    for (const [nodeId, answerId] of Object.entries(current)) {
      const newNode = change.renamedNodes?.[nodeId] ?? nodeId;
      // Each ticked answer of a value is renamed on its own.
      next[newNode] = answerId
        .split(SELECTION_SEPARATOR)
        .map((id) => change.renamedAnswers?.[newNode]?.[id] ?? id)
        .join(SELECTION_SEPARATOR);
    }
    current = next;
  }
  return current;
}

/** The current id of a node that a link made for `version` names (its path step, a `t.<node>` key). */
function migrateNode(graph: ContentGraph, version: number, nodeId: string): string {
  let current = nodeId;
  for (const change of graph.changes) {
    if (change.version > version) current = change.renamedNodes?.[current] ?? current;
  }
  return current;
}

/** Applies the node renames since `version` to the checklist keys of ticks: `<node>` or `<node>.<procedure>`. */
function migrateTicks(graph: ContentGraph, version: number, ticks: Ticks): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [checklist, stepIds] of Object.entries(ticks)) {
    const [nodeId = '', ...procedure] = checklist.split('.');
    result[[migrateNode(graph, version, nodeId), ...procedure].join('.')] = [...stepIds];
  }
  return result;
}

export function readStepUrl(graph: ContentGraph, flowId: string, stepId: string, search: URLSearchParams): StepUrlResult {
  const plainFlow = graph.flows[flowId];
  if (!plainFlow) return { ok: false, problem: { kind: 'unknown-flow', flowId } };
  // A hand-over from another diagnosis: this one is seen from the step handed
  // over to. An origin that does not check out is left out (the link is tidied).
  const fromValue = search.get(FROM_PARAM);
  const parsedOrigin = fromValue === null ? undefined : parseOrigin(fromValue);
  const resolved = parsedOrigin ? resolveOrigin(graph, parsedOrigin) : undefined;
  const flow =
    resolved && resolved.target.flow === flowId && resolved.target.step in plainFlow.nodes
      ? handOverView(plainFlow, resolved.target.step, resolved.origin)
      : plainFlow;
  const start = locationFor(graph, flow, flow.start, {});

  let version = graph.version;
  let raw: Record<string, string> = {};
  let rawTicks: Record<string, string[]> = {};
  // No marker: every answer was given (so are all links made before it existed).
  let rawAssumed = readAssumed(search.get(ASSUMED_PARAM));
  let sharedCase: string | undefined;
  const seen = new Set<string>();
  let count = 0;
  for (const [name, value] of search) {
    count += 1;
    if (count > MAX_PARAMS) return { ok: false, problem: { kind: 'malformed-query', detail: 'too-long', param: name, nearest: start } };
    if (seen.has(name))
      return {
        ok: false,
        problem: { kind: 'malformed-query', detail: 'duplicate', param: name, nearest: nearestFor(graph, flow, raw, rawAssumed) },
      };
    seen.add(name);
    if (name === SHARED_CASE_PARAM) {
      sharedCase = value;
      continue;
    }
    if (name === FROM_PARAM) continue;
    if (name === ASSUMED_PARAM) continue;
    if (name.startsWith(TICKS_PREFIX)) {
      // Ticks are a convenience: malformed ones are left out, not fatal.
      const checklist = name.slice(TICKS_PREFIX.length);
      if (/^[a-z0-9-]{1,80}(\.[a-z0-9-]{1,80})?$/.test(checklist) && /^[a-z0-9-]{1,80}(\.[a-z0-9-]{1,80}){0,60}$/.test(value)) {
        rawTicks[checklist] = value.split('.');
      }
      continue;
    }
    if (name === VERSION_PARAM) {
      if (!/^[1-9][0-9]{0,5}$/.test(value)) {
        return { ok: false, problem: { kind: 'malformed-query', detail: 'bad-version', param: name, nearest: start } };
      }
      version = Number(value);
      continue;
    }
    if (!ID.test(name) || name.length > 80) {
      return {
        ok: false,
        problem: { kind: 'malformed-query', detail: 'bad-name', param: name, nearest: nearestFor(graph, flow, raw, rawAssumed) },
      };
    }
    if (!ANSWER.test(value) || value.split(SELECTION_SEPARATOR).some((id) => id.length > 80)) {
      return {
        ok: false,
        problem: { kind: 'malformed-query', detail: 'bad-value', param: name, nearest: nearestFor(graph, flow, raw, rawAssumed) },
      };
    }
    raw[name] = value;
  }
  if (version > graph.version) {
    return { ok: false, problem: { kind: 'newer-version', version, nearest: nearestFor(graph, flow, raw, rawAssumed) } };
  }
  const old = version < graph.version;
  let step = stepId;
  if (old) {
    raw = migrate(graph, version, raw);
    step = migrateNode(graph, version, stepId);
    rawTicks = migrateTicks(graph, version, rawTicks);
    if (rawAssumed !== 'all') rawAssumed = rawAssumed.map((nodeId) => migrateNode(graph, version, nodeId));
  }

  const answers: Record<string, string> = {};
  const dropped: DroppedAnswer[] = [];
  for (const [nodeId, answerId] of Object.entries(raw)) {
    const node = flow.nodes[nodeId];
    if (!node) {
      if (old) dropped.push({ nodeId, answerId });
      else return { ok: false, problem: { kind: 'unknown-question', nodeId, nearest: nearestFor(graph, flow, raw, rawAssumed) } };
      continue;
    }
    if (!readSelection(node, answerId)) {
      if (old) dropped.push({ nodeId, answerId });
      else return { ok: false, problem: { kind: 'unknown-answer', nodeId, answerId, nearest: nearestFor(graph, flow, raw, rawAssumed) } };
      continue;
    }
    answers[nodeId] = answerId;
  }
  // Answers for nodes off the path (a hand-edited link) are simply left out.
  const { onPath } = splitAnswers(flow, answers);

  if (!(step in flow.nodes) || !isOnPath(flow, onPath, step)) {
    const nearest = locationFor(
      graph,
      flow,
      frontier(flow, onPath).id,
      onPath,
      {},
      rawAssumed === 'all' ? Object.keys(onPath) : rawAssumed,
    );
    if (!old) {
      const kind = stepId in flow.nodes ? 'unreachable-step' : 'unknown-step';
      return { ok: false, problem: { kind, stepId, nearest } };
    }
    step = nearest.stepId;
  }
  const location = locationFor(graph, flow, step, onPath, rawTicks, rawAssumed === 'all' ? Object.keys(onPath) : rawAssumed);
  return {
    ok: true,
    state: {
      flow,
      stepId: step,
      answers: onPath,
      assumed: location.assumed ?? [],
      ticks: Object.fromEntries(location.ticks ?? []),
      ...(old ? { migratedFrom: version } : {}),
      ...(sharedCase === undefined ? {} : { sharedCase }),
      dropped,
      location,
    },
  };
}
