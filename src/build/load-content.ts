/**
 * Reads `content/`, validates every file against the schema and checks the
 * files against each other. Runs in Node only: in the Vite plugin (so a bad
 * content file fails the build), in `npm run content:check` and in tests.
 * Every problem is reported with the file, the field and what was expected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  ArticlesFile,
  ArticlesTextFile,
  CodesFile,
  CodesTextFile,
  CoverageFile,
  FlowFile,
  LogCatalogueFile,
  LogCatalogueTextFile,
  SignaturesFile,
  SynonymsFile,
  FlowTextFile,
  GuideFile,
  GuideTextFile,
  LogsFile,
  LogsTextFile,
  SearchPhrasesTextFile,
  MetaFile,
  ProceduresFile,
  ProceduresTextFile,
  ReferencesFile,
  ReferencesTextFile,
} from '../content/schema.ts';
import type { CoverageFile as Coverage } from '../content/schema.ts';
import { withoutPrototypes } from '../content/null-prototype.ts';
import { confirmAnswers, reaches, withOptions } from '../content/fix-outcome.ts';
import { walkFlow } from '../content/fix-walk.ts';
import { flowGraph, type FlowGraph, stepEdgesFrom } from '../content/flow-graph.ts';
import { tickable } from '../content/selection.ts';
import type { LogCatalogue, LogCatalogueText } from '../features/logs/log-analyzer.ts';
import type {
  Answer,
  Article,
  ContentCoverage,
  ContentGraph,
  ErrorCode,
  ContentText,
  Flow,
  FlowDetail,
  FlowNode,
  FlowText,
  Locale,
  LogFile,
  NodeText,
  Procedure,
  ProcedureText,
  Reference,
  SynonymGroup,
} from '../content/types.ts';

export interface ContentProblem {
  /** Path relative to the content root's parent, e.g. `content/meta.yaml`. */
  readonly file: string;
  /** Dotted field path inside the file, or '' for the file as a whole. */
  readonly field: string;
  readonly message: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly graph: ContentGraph;
      readonly texts: Readonly<Record<Locale, ContentText>>;
      readonly coverage: ContentCoverage;
      /** The log analyzer's catalogue (content/log-catalogue.yaml), with the error codes. */
      readonly logCatalogue: LogCatalogue;
      /** The analyzer's explanations, per locale. */
      readonly logTexts: Readonly<Record<Locale, LogCatalogueText>>;
      /** The search's vocabulary (content/synonyms.yaml), shipped with each search index. */
      readonly synonyms: readonly SynonymGroup[];
      /** Each flow's graph, "not fixed" edges included: what the content check walked, and what the map draws. */
      readonly flowGraphs: Readonly<Record<string, FlowGraph>>;
      readonly files: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly ContentProblem[]; readonly files: readonly string[] };

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${String(key)}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

class Reader {
  readonly problems: ContentProblem[] = [];
  readonly files: string[] = [];
  private readonly base: string;

  constructor(private readonly root: string) {
    this.base = join(root, '..');
  }

  rel(absolute: string): string {
    return relative(this.base, absolute).split('\\').join('/');
  }

  problem(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }

  /** Parses and validates one YAML file; undefined when it is unusable. */
  read<S extends z.ZodType>(parts: readonly string[], schema: S): z.infer<S> | undefined {
    const absolute = join(this.root, ...parts);
    const file = this.rel(absolute);
    this.files.push(absolute);
    if (!existsSync(absolute)) {
      this.problem(file, '', 'file is missing');
      return undefined;
    }
    const doc = parseDocument(readFileSync(absolute, 'utf8'), { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const at = error.linePos?.[0];
        const where = at ? `line ${String(at.line)}, column ${String(at.col)}` : '';
        // The first line of a pretty error ends with " at line L, column C:", which the field already says.
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:$/, '');
        this.problem(file, where, `not valid YAML: ${message}`);
      }
      return undefined;
    }
    // An alias to no anchor, or so many aliases that the file would blow up
    // in memory, passes the parser and throws only here.
    let data: unknown;
    try {
      data = doc.toJS();
    } catch (error) {
      this.problem(file, '', `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        this.problem(file, fieldPath(issue.path), issue.message);
      }
      return undefined;
    }
    return parsed.data;
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) twice.add(id);
    seen.add(id);
  }
  return [...twice];
}

/** Compares the keys a text map has with the keys the graph expects. */
function checkKeys(
  r: Reader,
  file: string,
  field: string,
  expected: readonly string[],
  actual: Readonly<Record<string, unknown>> | undefined,
  what: string,
): void {
  const have = new Set(Object.keys(actual ?? {}));
  for (const id of expected) {
    if (!have.has(id)) r.problem(file, field ? `${field}.${id}` : id, `text for ${what} "${id}" is missing`);
  }
  const want = new Set(expected);
  for (const id of have) {
    if (!want.has(id)) r.problem(file, field ? `${field}.${id}` : id, `there is no ${what} "${id}" to put this text on`);
  }
}

function normaliseFlow(file: FlowFile): Flow {
  const nodes: Record<string, FlowNode> = {};
  for (const [id, node] of Object.entries(file.nodes)) {
    nodes[id] = {
      id,
      kind: node.kind,
      sources: node.sources,
      links: node.links ?? [],
      procedures: node.procedures ?? [],
      codes: node.codes ?? [],
      steps: node.steps ?? [],
      answers: 'answers' in node ? node.answers.map((answer) => compileAnswer(id, answer)) : [],
      causes: ('causes' in node ? node.causes : undefined) ?? [],
      ...('escalation' in node && node.escalation !== undefined ? { escalation: node.escalation } : {}),
      ...('byDesign' in node && node.byDesign === true ? { byDesign: true as const } : {}),
      ...('multiple' in node && node.multiple === true ? { multiple: true as const } : {}),
    };
  }
  return { id: file.id, start: file.start, sources: file.sources, escalation: file.escalation, nodes };
}

/** A hand-over answer ends this flow's path at its own node: `next` is the node itself. */
interface AnswerInput {
  readonly id: string;
  readonly next?: string | undefined;
  readonly handover?: { readonly flow: string; readonly step: string } | undefined;
  readonly code?: string | undefined;
}

function compileAnswer(nodeId: string, answer: AnswerInput): Answer {
  const { next, handover, code } = answer;
  return {
    id: answer.id,
    next: next ?? nodeId,
    ...(code === undefined ? {} : { code }),
    ...(handover === undefined ? {} : { handover: { flow: handover.flow, step: handover.step } }),
  };
}

/** Every hand-over of the flows' graphs names another diagnosis and a step it has. */
function checkHandOvers(
  r: Reader,
  graphs: Readonly<Record<string, FlowGraph>>,
  flows: Readonly<Record<string, Flow>>,
  unreadable: ReadonlySet<string>,
): void {
  for (const graph of Object.values(graphs)) {
    const file = `content/flows/${graph.flowId}.yaml`;
    for (const edge of graph.edges) {
      const target = edge.handover;
      if (edge.kind !== 'handover' || !target) continue;
      const at = `nodes.${edge.from}.answers[${String(edge.index)}].handover`;
      const other = flows[target.flow];
      if (target.flow === graph.flowId) r.problem(file, at, 'a hand-over leads to another diagnosis; within this one, use "next"');
      else if (!other) {
        if (!unreadable.has(target.flow)) r.problem(file, at, `diagnosis "${target.flow}" does not exist`);
      } else if (!(target.step in other.nodes)) r.problem(file, at, `diagnosis "${target.flow}" has no step "${target.step}"`);
    }
  }
}

/** The flow with "Did this fix it?" on every fix; added after the authored graph is checked. */
function withConfirmations(flow: Flow): Flow {
  const nodes: Record<string, FlowNode> = {};
  for (const [id, node] of Object.entries(flow.nodes)) {
    nodes[id] =
      node.kind === 'resolution'
        ? { ...node, answers: confirmAnswers(flow, node) }
        : { ...node, answers: node.answers.map((a) => withOptions(flow, a)) };
  }
  return { ...flow, nodes };
}

/**
 * The declared causes make sense: each exists and lies below the node that
 * names it, and the escalations are escalations. Then every path is walked,
 * "not fixed" included: every fix offers "Did this fix it?", and every "No"
 * reaches a cause not yet tried or an escalation.
 */
function checkCauses(r: Reader, file: string, flow: Flow): void {
  const isEscalation = (id: string) => flow.nodes[id]?.kind === 'escalation';
  if (!(flow.escalation in flow.nodes)) r.problem(file, 'escalation', `points to node "${flow.escalation}", which does not exist`);
  else if (!isEscalation(flow.escalation)) r.problem(file, 'escalation', `"${flow.escalation}" is not an escalation`);
  for (const node of Object.values(flow.nodes)) {
    const at = `nodes.${node.id}.`;
    for (const id of duplicates(node.causes)) r.problem(file, `${at}causes`, `cause "${id}" is listed twice`);
    node.causes.forEach((id, i) => {
      if (!(id in flow.nodes)) r.problem(file, `${at}causes[${String(i)}]`, `points to node "${id}", which does not exist`);
      else if (id === node.id || !reaches(flow, node.id, id))
        r.problem(file, `${at}causes[${String(i)}]`, `"${id}" is not a step below "${node.id}", so it cannot be one of its causes`);
    });
    if (node.escalation !== undefined) {
      if (node.causes.length === 0) r.problem(file, `${at}escalation`, 'an escalation here needs "causes" to end');
      if (!isEscalation(node.escalation)) r.problem(file, `${at}escalation`, `"${node.escalation}" is not an escalation`);
    }
    // Ticking several answers walks their causes in turn: at least two answers must lead to declared causes.
    if (node.multiple === true && tickable(node).length < 2)
      r.problem(file, `${at}multiple`, 'several answers can be ticked only when at least two of them lead to one of the node\'s "causes"');
  }
}

/** Walks every path; gives the flow's graph with where "not fixed" leads, once the walk found no problem. */
function checkConfirmations(r: Reader, file: string, flow: Flow): FlowGraph | undefined {
  const walk = walkFlow(flow);
  for (const problem of walk.problems) r.problem(file, problem.field, problem.message);
  return walk.problems.length === 0 ? flowGraph(flow, walk.notFixedEdges) : undefined;
}

interface Known {
  readonly sections: ReadonlySet<string>;
  readonly references: ReadonlySet<string>;
  readonly procedures: ReadonlySet<string>;
  readonly codes: ReadonlySet<string>;
}

function checkSourcesAndLinks(
  r: Reader,
  file: string,
  field: string,
  item: {
    sources: readonly string[];
    links?: readonly string[] | undefined;
    procedures?: readonly string[] | undefined;
    codes?: readonly string[] | undefined;
  },
  known: Known,
): void {
  (item.codes ?? []).forEach((code, i) => {
    if (!known.codes.has(code)) r.problem(file, `${field}codes[${String(i)}]`, `error code "${code}" is not in content/codes.yaml`);
  });
  item.sources.forEach((id, i) => {
    if (!known.sections.has(id))
      r.problem(file, `${field}sources[${String(i)}]`, `guide section "${id}" is not listed in content/guide.yaml`);
  });
  (item.links ?? []).forEach((id, i) => {
    if (!known.references.has(id)) r.problem(file, `${field}links[${String(i)}]`, `reference "${id}" is not in content/references.yaml`);
  });
  (item.procedures ?? []).forEach((id, i) => {
    if (!known.procedures.has(id))
      r.problem(file, `${field}procedures[${String(i)}]`, `procedure "${id}" is not in content/procedures.yaml`);
  });
}

/** Structural checks of one flow, on its graph: targets exist, every node reachable, no cycles. */
function checkFlow(r: Reader, file: string, flow: Flow, graph: FlowGraph, known: Known): void {
  checkSourcesAndLinks(r, file, '', flow, known);
  if (!(flow.start in flow.nodes)) {
    r.problem(file, 'start', `start node "${flow.start}" does not exist`);
    return;
  }
  for (const node of Object.values(flow.nodes)) {
    const at = `nodes.${node.id}.`;
    checkSourcesAndLinks(r, file, at, node, known);
    for (const id of duplicates(node.answers.map((a) => a.id))) r.problem(file, `${at}answers`, `answer id "${id}" is used twice`);
    for (const id of duplicates(node.steps.map((s) => s.id))) r.problem(file, `${at}steps`, `step id "${id}" is used twice`);
  }
  for (const edge of graph.edges) {
    if (edge.kind === 'answer' && !(edge.to in flow.nodes))
      r.problem(file, `nodes.${edge.from}.answers[${String(edge.index)}].next`, `points to node "${edge.to}", which does not exist`);
  }
  // Reachability and cycles in one depth-first walk over the step edges (a
  // hand-over ends this flow's path: it is no step edge). A cycle would make
  // the path of answers in a URL ambiguous, so the graph must be acyclic.
  const edgesFrom = stepEdgesFrom(graph);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: readonly string[]): void => {
    if (!(id in flow.nodes)) return;
    const seen = state.get(id);
    if (seen === 'open') {
      r.problem(file, `nodes.${id}`, `is part of a cycle: ${[...trail, id].join(' -> ')}`);
      return;
    }
    if (seen === 'done') return;
    state.set(id, 'open');
    for (const edge of edgesFrom.get(id) ?? []) visit(edge.to, [...trail, id]);
    state.set(id, 'done');
  };
  visit(graph.start, []);
  for (const node of graph.nodes) {
    if (!state.has(node.id)) r.problem(file, `nodes.${node.id}`, `no path from the start node "${flow.start}" reaches this node`);
  }
}

function checkNodeText(
  r: Reader,
  file: string,
  node: FlowNode,
  text: NodeTextInput | undefined,
  reference: NodeTextInput | undefined,
): void {
  const at = `nodes.${node.id}`;
  if (!text) {
    r.problem(file, at, `text for node "${node.id}" is missing`);
    return;
  }
  const needsWhy = node.kind === 'question' || node.kind === 'procedure';
  if (needsWhy && text.why === undefined) r.problem(file, `${at}.why`, 'a question or procedure explains why it matters: "why" is missing');
  if (!needsWhy && reference && (reference.why === undefined) !== (text.why === undefined)) {
    r.problem(file, `${at}.why`, 'is present in one locale but not in the default locale');
  }
  checkKeys(
    r,
    file,
    `${at}.answers`,
    // "Did this fix it?" is worded once, in the UI messages.
    node.answers.filter((a) => a.confirms === undefined).map((a) => a.id),
    text.answers,
    'answer',
  );
  checkKeys(
    r,
    file,
    `${at}.steps`,
    node.steps.map((s) => s.id),
    text.steps,
    'step',
  );
}

type NodeTextInput = FlowTextFile['nodes'][string];

interface CoverageKnown {
  readonly flows: Readonly<Record<string, Flow>>;
  /** Flows listed in meta.yaml whose file is missing or invalid: their own problems are reported already. */
  readonly unreadableFlows: ReadonlySet<string>;
  readonly procedures: ReadonlySet<string>;
  readonly codes: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly logs: ReadonlySet<string>;
  /** Only search phrases can name one: the schemas of the other targets leave references out. */
  readonly references: ReadonlySet<string>;
}

/** Every guide section is mapped, and every target of the map exists. */
function checkCoverage(r: Reader, coverage: Coverage, sections: readonly string[], known: CoverageKnown): void {
  const file = 'content/coverage.yaml';
  for (const id of sections) {
    if (!(id in coverage.sections)) r.problem(file, `sections.${id}`, 'this guide section is not mapped to anything that encodes it');
  }
  for (const [section, targets] of Object.entries(coverage.sections)) {
    if (!sections.includes(section)) r.problem(file, `sections.${section}`, `there is no guide section "${section}" in content/guide.yaml`);
    targets.forEach((target, i) => {
      checkTarget(r, file, `sections.${section}[${String(i)}]`, target, known);
    });
  }
}

function checkTarget(r: Reader, file: string, at: string, target: string, known: CoverageKnown): void {
  const [kind, rest = ''] = target.split(':', 2);
  const missing = (what: string) => r.problem(file, at, `${what} does not exist`);
  if (kind === 'flow') {
    const [flowId = '', nodeId = ''] = rest.split('/');
    const flow = known.flows[flowId];
    if (!flow) {
      if (!known.unreadableFlows.has(flowId)) missing(`flow "${flowId}"`);
    } else if (!(nodeId in flow.nodes)) missing(`node "${nodeId}" of flow "${flowId}"`);
  } else if (kind === 'procedure' && !known.procedures.has(rest)) missing(`procedure "${rest}"`);
  else if (kind === 'code' && !known.codes.has(rest)) missing(`error code "${rest}"`);
  else if (kind === 'article' && !known.articles.has(rest)) missing(`article "${rest}"`);
  else if (kind === 'log' && !known.logs.has(rest)) missing(`log "${rest}"`);
  else if (kind === 'reference' && !known.references.has(rest)) missing(`reference "${rest}"`);
}

function toNodeText(text: NodeTextInput): NodeText {
  return {
    title: text.title,
    body: text.body,
    ...(text.why === undefined ? {} : { why: text.why }),
    answers: text.answers ?? {},
    steps: text.steps ?? {},
  };
}

export function loadContent(root: string): LoadResult {
  const r = new Reader(root);
  const meta = r.read(['meta.yaml'], MetaFile);
  const guide = r.read(['guide.yaml'], GuideFile);
  const refs = r.read(['references.yaml'], ReferencesFile);
  const procs = r.read(['procedures.yaml'], ProceduresFile);
  const codesFile = r.read(['codes.yaml'], CodesFile);
  const logsFile = r.read(['logs.yaml'], LogsFile);
  const articlesFile = r.read(['articles.yaml'], ArticlesFile);
  const coverage = r.read(['coverage.yaml'], CoverageFile);
  const signatures = r.read(['signatures.yaml'], SignaturesFile);
  const logCatalogue = r.read(['log-catalogue.yaml'], LogCatalogueFile);
  const synonyms = r.read(['synonyms.yaml'], SynonymsFile);
  if (
    !meta ||
    !guide ||
    !refs ||
    !procs ||
    !codesFile ||
    !logsFile ||
    !articlesFile ||
    !coverage ||
    !signatures ||
    !logCatalogue ||
    !synonyms
  ) {
    return { ok: false, problems: r.problems, files: r.files };
  }

  const metaFile = 'content/meta.yaml';
  if (!meta.locales.includes(meta.defaultLocale)) r.problem(metaFile, 'defaultLocale', `"${meta.defaultLocale}" is not one of the locales`);
  for (const id of duplicates(meta.locales)) r.problem(metaFile, 'locales', `locale "${id}" is listed twice`);
  for (const id of duplicates(meta.flows)) r.problem(metaFile, 'flows', `flow "${id}" is listed twice`);
  meta.changes.forEach((change, i) => {
    const previous = meta.changes[i - 1];
    if (change.version > meta.contentVersion)
      r.problem(metaFile, `changes[${String(i)}].version`, `is newer than contentVersion ${String(meta.contentVersion)}`);
    if (previous && change.version <= previous.version)
      r.problem(metaFile, `changes[${String(i)}].version`, 'changes must be listed in increasing version order');
  });

  const sectionIds = guide.sections.map((s) => s.id);
  for (const id of duplicates(sectionIds)) r.problem('content/guide.yaml', 'sections', `section "${id}" is listed twice`);
  for (const id of duplicates(refs.references.map((x) => x.id)))
    r.problem('content/references.yaml', 'references', `reference "${id}" is listed twice`);
  for (const id of duplicates(refs.topics)) r.problem('content/references.yaml', 'topics', `topic "${id}" is listed twice`);
  refs.references.forEach((ref, i) => {
    if (!refs.topics.includes(ref.topic))
      r.problem('content/references.yaml', `references[${String(i)}].topic`, `topic "${ref.topic}" is not in the topics list`);
  });
  for (const id of duplicates(procs.procedures.map((p) => p.id)))
    r.problem('content/procedures.yaml', 'procedures', `procedure "${id}" is listed twice`);

  const known: Known = {
    sections: new Set(sectionIds),
    references: new Set(refs.references.map((x) => x.id)),
    procedures: new Set(procs.procedures.map((p) => p.id)),
    codes: new Set(codesFile.codes.map((c) => c.code)),
  };
  for (const id of duplicates(codesFile.codes.map((c) => c.code))) r.problem('content/codes.yaml', 'codes', `code "${id}" is listed twice`);
  for (const id of duplicates(logsFile.logs.map((l) => l.id))) r.problem('content/logs.yaml', 'logs', `log "${id}" is listed twice`);
  for (const id of duplicates(articlesFile.articles.map((a) => a.id)))
    r.problem('content/articles.yaml', 'articles', `article "${id}" is listed twice`);
  codesFile.codes.forEach((code, i) => {
    checkSourcesAndLinks(r, 'content/codes.yaml', `codes[${String(i)}].`, code, known);
  });
  logsFile.logs.forEach((log, i) => {
    checkSourcesAndLinks(r, 'content/logs.yaml', `logs[${String(i)}].`, log, known);
  });
  articlesFile.articles.forEach((article, i) => {
    checkSourcesAndLinks(r, 'content/articles.yaml', `articles[${String(i)}].`, article, known);
  });
  procs.procedures.forEach((proc, i) => {
    checkSourcesAndLinks(r, 'content/procedures.yaml', `procedures[${String(i)}].`, proc, known);
    for (const id of duplicates(proc.steps.map((s) => s.id)))
      r.problem('content/procedures.yaml', `procedures[${String(i)}].steps`, `step id "${id}" is used twice`);
  });

  const flowDir = join(root, 'flows');
  const flowFiles = existsSync(flowDir) ? readdirSync(flowDir).filter((f) => f.endsWith('.yaml')) : [];
  for (const name of flowFiles) {
    const id = name.replace(/\.yaml$/, '');
    if (!meta.flows.includes(id)) r.problem(`content/flows/${name}`, '', `flow "${id}" is not listed under "flows" in content/meta.yaml`);
  }
  const flows: Record<string, Flow> = {};
  // The one model of each flow's shape: checked here, drawn by the map (flow-map.ts).
  const flowGraphs: Record<string, FlowGraph> = {};
  const unreadableFlows = new Set<string>();
  for (const id of meta.flows) {
    const file = `content/flows/${id}.yaml`;
    const data = r.read(['flows', `${id}.yaml`], FlowFile);
    if (!data) {
      unreadableFlows.add(id);
      continue;
    }
    if (data.id !== id) r.problem(file, 'id', `must be "${id}", the file's name`);
    const authored = normaliseFlow(data);
    const before = r.problems.length;
    const graph = flowGraph(authored);
    checkFlow(r, file, authored, graph, known);
    checkCauses(r, file, authored);
    const flow = withConfirmations(authored);
    // Walking every path only makes sense on a graph that is sound otherwise.
    flowGraphs[id] = (r.problems.length === before ? checkConfirmations(r, file, flow) : undefined) ?? graph;
    flows[id] = flow;
  }

  checkHandOvers(r, flowGraphs, flows, unreadableFlows);

  const targets: CoverageKnown = {
    flows,
    unreadableFlows,
    procedures: known.procedures,
    codes: known.codes,
    articles: new Set(articlesFile.articles.map((a) => a.id)),
    logs: new Set(logsFile.logs.map((l) => l.id)),
    references: known.references,
  };
  checkCoverage(r, coverage, sectionIds, targets);
  for (const id of duplicates(signatures.signatures.map((s) => s.id)))
    r.problem('content/signatures.yaml', 'signatures', `signature "${id}" is listed twice`);
  signatures.signatures.forEach((signature, i) => {
    checkTarget(r, 'content/signatures.yaml', `signatures[${String(i)}].target`, signature.target, targets);
  });
  const catalogueFile = 'content/log-catalogue.yaml';
  const kindIds = logCatalogue.kinds.map((k) => k.id);
  logCatalogue.findings.forEach((finding, i) => {
    checkTarget(r, catalogueFile, `findings[${String(i)}].target`, finding.target, targets);
    (finding.kinds ?? []).forEach((kind, j) => {
      if (!kindIds.includes(kind))
        r.problem(catalogueFile, `findings[${String(i)}].kinds[${String(j)}]`, `log kind "${kind}" is not under "kinds"`);
    });
  });
  logCatalogue.blocks.forEach((block, i) => {
    checkTarget(r, catalogueFile, `blocks[${String(i)}].target`, block.target, targets);
  });
  checkTarget(r, catalogueFile, 'signIn.target', logCatalogue.signIn.target, targets);
  checkTarget(r, catalogueFile, 'signIn.stopped', logCatalogue.signIn.stopped, targets);
  logCatalogue.signIn.steps.forEach((step, i) => {
    if (step.refused !== undefined) checkTarget(r, catalogueFile, `signIn.steps[${String(i)}].refused`, step.refused, targets);
    for (const lane of [step.arrow.from, step.arrow.to]) {
      if (!logCatalogue.signIn.lanes.includes(lane))
        r.problem(catalogueFile, `signIn.steps[${String(i)}].arrow`, `lane "${lane}" is not under "signIn.lanes"`);
    }
    if (step.requires !== undefined) {
      checkTarget(r, catalogueFile, `signIn.steps[${String(i)}].requires.target`, step.requires.target, targets);
      if (!logCatalogue.signIn.platforms.some((p) => p.id === step.requires?.platform))
        r.problem(
          catalogueFile,
          `signIn.steps[${String(i)}].requires.platform`,
          `platform "${step.requires.platform}" is not under "signIn.platforms"`,
        );
    }
  });
  checkTarget(r, catalogueFile, 'bridge.ip.target', logCatalogue.bridge.ip.target, targets);
  for (const [status, answer] of Object.entries(logCatalogue.bridge.statuses))
    checkTarget(r, catalogueFile, `bridge.statuses.${status}.target`, answer.target, targets);
  const findingIds = [
    ...logCatalogue.findings.map((f) => f.id),
    ...logCatalogue.blocks.map((b) => b.id),
    logCatalogue.bridge.ip.id,
    ...Object.values(logCatalogue.bridge.statuses).map((s) => s.id),
  ];
  for (const id of duplicates(findingIds)) {
    r.problem(catalogueFile, 'findings', `finding "${id}" is listed twice`);
  }

  const synonymsFile = 'content/synonyms.yaml';
  for (const id of duplicates(synonyms.groups.map((g) => g.id))) r.problem(synonymsFile, 'groups', `group "${id}" is listed twice`);
  for (const locale of ['en', 'ro', 'nl'] as const) {
    // Compared as the search compares them: without diacritics, so "parolă" and "parola" are one term.
    const owner = new Map<string, string>();
    synonyms.groups.forEach((group, i) => {
      for (const term of group[locale]) {
        const plain = term.normalize('NFD').replace(/\p{M}/gu, '');
        const first = owner.get(plain);
        if (first === group.id)
          r.problem(synonymsFile, `groups[${String(i)}].${locale}`, `"${term}" is listed twice in group "${group.id}"`);
        else if (first !== undefined)
          r.problem(
            synonymsFile,
            `groups[${String(i)}].${locale}`,
            `"${term}" is already in group "${first}": a term belongs to one group`,
          );
        else owner.set(plain, group.id);
      }
    });
  }

  const texts: Partial<Record<Locale, ContentText>> = {};
  const logTexts: Partial<Record<Locale, LogCatalogueText>> = {};
  let defaultFlowTexts: Record<string, FlowTextFile | undefined> = {};
  let defaultCodeActions = new Set<string>();
  let defaultLogText: LogCatalogueText | undefined;
  // The default locale first, so the others can be compared with it.
  const locales = [meta.defaultLocale, ...meta.locales.filter((l) => l !== meta.defaultLocale)];
  for (const locale of locales) {
    const dir = `content/text/${locale}`;
    const guideText = r.read(['text', locale, 'guide.yaml'], GuideTextFile);
    const refText = r.read(['text', locale, 'references.yaml'], ReferencesTextFile);
    const procText = r.read(['text', locale, 'procedures.yaml'], ProceduresTextFile);
    const codesText = r.read(['text', locale, 'codes.yaml'], CodesTextFile);
    const logsText = r.read(['text', locale, 'logs.yaml'], LogsTextFile);
    const articlesText = r.read(['text', locale, 'articles.yaml'], ArticlesTextFile);
    const phrasesText = r.read(['text', locale, 'search-phrases.yaml'], SearchPhrasesTextFile);
    for (const id of Object.keys(phrasesText?.phrases ?? {})) checkTarget(r, `${dir}/search-phrases.yaml`, `phrases.${id}`, id, targets);
    const logText = r.read(['text', locale, 'log-catalogue.yaml'], LogCatalogueTextFile);
    if (logText) {
      const file = `${dir}/log-catalogue.yaml`;
      checkKeys(
        r,
        file,
        'kinds',
        logCatalogue.kinds.map((k) => k.id),
        logText.kinds,
        'log kind',
      );
      checkKeys(r, file, 'findings', findingIds, logText.findings, 'finding');
      checkKeys(
        r,
        file,
        'signIn.steps',
        logCatalogue.signIn.steps.map((s) => s.id),
        logText.signIn.steps,
        'sign-in step',
      );
      // A general-practice reading is given in every language or in none.
      if (locale === meta.defaultLocale) defaultLogText = logText;
      else if (defaultLogText) {
        for (const [id, step] of Object.entries(logText.signIn.steps)) {
          if ((step.practice === undefined) !== (defaultLogText.signIn.steps[id]?.practice === undefined))
            r.problem(file, `signIn.steps.${id}.practice`, 'is present in one locale but not in the default locale');
        }
      }
      logTexts[locale] = logText;
    }
    if (codesText) {
      checkKeys(r, `${dir}/codes.yaml`, 'codes', [...known.codes], codesText.codes, 'code');
      for (const code of codesFile.codes) {
        const text = codesText.codes[code.code];
        if (code.family === 'end-user' && text && text.action === undefined) {
          r.problem(
            `${dir}/codes.yaml`,
            `codes.${code.code}.action`,
            'every end-user code gives the suggested action: "action" is missing',
          );
        }
      }
      if (locale === meta.defaultLocale)
        defaultCodeActions = new Set(
          Object.entries(codesText.codes)
            .filter(([, t]) => t.action !== undefined)
            .map(([c]) => c),
        );
      else {
        for (const [code, text] of Object.entries(codesText.codes)) {
          if ((text.action !== undefined) !== defaultCodeActions.has(code))
            r.problem(`${dir}/codes.yaml`, `codes.${code}.action`, 'is present in one locale but not in the default locale');
        }
      }
    }
    if (logsText)
      checkKeys(
        r,
        `${dir}/logs.yaml`,
        'logs',
        logsFile.logs.map((l) => l.id),
        logsText.logs,
        'log',
      );
    if (articlesText)
      checkKeys(
        r,
        `${dir}/articles.yaml`,
        'articles',
        articlesFile.articles.map((a) => a.id),
        articlesText.articles,
        'article',
      );
    if (guideText) checkKeys(r, `${dir}/guide.yaml`, 'sections', sectionIds, guideText.sections, 'guide section');
    if (refText) {
      checkKeys(r, `${dir}/references.yaml`, 'topics', refs.topics, refText.topics, 'topic');
      checkKeys(r, `${dir}/references.yaml`, 'references', [...known.references], refText.references, 'reference');
    }
    if (procText) {
      checkKeys(r, `${dir}/procedures.yaml`, 'procedures', [...known.procedures], procText.procedures, 'procedure');
      for (const proc of procs.procedures) {
        const text = procText.procedures[proc.id];
        if (text)
          checkKeys(
            r,
            `${dir}/procedures.yaml`,
            `procedures.${proc.id}.steps`,
            proc.steps.map((s) => s.id),
            text.steps,
            'step',
          );
      }
    }
    const flowTexts: Record<string, FlowTextFile | undefined> = {};
    for (const [id, flow] of Object.entries(flows)) {
      const file = `${dir}/flows/${id}.yaml`;
      const text = r.read(['text', locale, 'flows', `${id}.yaml`], FlowTextFile);
      flowTexts[id] = text;
      if (!text) continue;
      const reference = locale === meta.defaultLocale ? undefined : defaultFlowTexts[id];
      for (const node of Object.values(flow.nodes)) checkNodeText(r, file, node, text.nodes[node.id], reference?.nodes[node.id]);
      for (const nodeId of Object.keys(text.nodes)) {
        if (!(nodeId in flow.nodes)) r.problem(file, `nodes.${nodeId}`, `there is no node "${nodeId}" to put this text on`);
      }
    }
    if (locale === meta.defaultLocale) defaultFlowTexts = flowTexts;
    if (!guideText || !refText || !procText || !codesText || !logsText || !articlesText || Object.values(flowTexts).some((t) => !t))
      continue;
    const procedures: Record<string, ProcedureText> = procText.procedures;
    const flowText: Record<string, FlowText> = {};
    const flowDetails: Record<string, FlowDetail> = {};
    for (const [id, text] of Object.entries(flowTexts)) {
      if (!text) continue;
      const nodes: Record<string, NodeText> = {};
      for (const [nodeId, node] of Object.entries(text.nodes)) nodes[nodeId] = toNodeText(node);
      flowText[id] = {
        title: text.title,
        summary: text.summary,
        nodeTitles: Object.fromEntries(Object.entries(text.nodes).map(([nodeId, node]) => [nodeId, node.title])),
      };
      flowDetails[id] = { nodes };
    }
    texts[locale] = {
      locale,
      guideTitle: guideText.title,
      sections: guideText.sections,
      topics: refText.topics,
      references: refText.references,
      procedures,
      flows: flowText,
      flowDetails,
      codes: codesText.codes,
      logs: logsText.logs,
      articles: articlesText.articles,
      ...(phrasesText ? { searchPhrases: phrasesText.phrases } : {}),
    };
  }

  const complete = (t: Partial<Record<Locale, ContentText>>): t is Record<Locale, ContentText> =>
    meta.locales.every((l) => t[l] !== undefined);
  const completeLogs = (t: Partial<Record<Locale, LogCatalogueText>>): t is Record<Locale, LogCatalogueText> =>
    meta.locales.every((l) => t[l] !== undefined);
  if (r.problems.length > 0 || !complete(texts) || !completeLogs(logTexts)) return { ok: false, problems: r.problems, files: r.files };

  const references: Record<string, Reference> = {};
  for (const ref of refs.references) references[ref.id] = ref;
  const procedures: Record<string, Procedure> = {};
  for (const proc of procs.procedures)
    procedures[proc.id] = { id: proc.id, sources: proc.sources, links: proc.links ?? [], steps: proc.steps };

  const graph: ContentGraph = {
    version: meta.contentVersion,
    guide: meta.guide,
    locales: meta.locales,
    defaultLocale: meta.defaultLocale,
    changes: meta.changes,
    topics: refs.topics,
    references,
    procedures,
    flowOrder: meta.flows,
    flows,
    codes: codesFile.codes.map((c): ErrorCode => ({ ...c, links: c.links ?? [], procedures: c.procedures ?? [] })),
    logs: logsFile.logs.map((l): LogFile => l),
    articles: articlesFile.articles.map((a): Article => ({ ...a, links: a.links ?? [], procedures: a.procedures ?? [] })),
    signatures: signatures.signatures,
  };
  return {
    ok: true,
    graph: withoutPrototypes(graph),
    texts: withoutPrototypes(texts),
    coverage: { sections: sectionIds, map: coverage.sections },
    logTexts: withoutPrototypes(logTexts),
    logCatalogue: { ...logCatalogue, codes: codesFile.codes.map((c) => c.code) },
    synonyms: withoutPrototypes(synonyms.groups),
    flowGraphs: withoutPrototypes(flowGraphs),
    files: r.files,
  };
}
