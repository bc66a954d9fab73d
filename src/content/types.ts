/**
 * The compiled content as the app receives it: validated and cross-checked at
 * build time (src/build/load-content.ts), with optional lists filled in, so
 * the client needs no schema library. The graph is language-neutral; text
 * comes per locale and is loaded only when that locale is used.
 */
export type Locale = 'en' | 'ro' | 'nl';
export type NodeKind = 'question' | 'procedure' | 'resolution' | 'escalation';
export type ReferenceKind = 'reading-list' | 'help-article' | 'tool';

export interface Step {
  readonly id: string;
  readonly code?: string | undefined;
  /** A value to write down: the printout leaves a line to write it on. */
  readonly record?: true | undefined;
  /** Advice the guide does not give: the page marks it as general practice. */
  readonly practice?: true | undefined;
}

export interface Answer {
  readonly id: string;
  /** Where the answer leads; for `not-fixed` only the flow's escalation, the one target every path can reach (see fix-outcome.ts). */
  readonly next: string;
  readonly code?: string | undefined;
  /** Set on the two answers the loader gives every fix: "Did this fix it?" yes or no. */
  readonly confirms?: 'fixed' | 'not-fixed' | undefined;
  /** `not-fixed` only: every node it may lead to, depending on what the path already tried. */
  readonly options?: readonly string[] | undefined;
  /** Set when the answer hands over to a step of another diagnosis; `next` is then the answer's own node, where this flow's path ends. */
  readonly handover?: HandOverTarget | undefined;
}

export interface HandOverTarget {
  readonly flow: string;
  readonly step: string;
}

/** Where a diagnosis opened by a hand-over came from: the other flow and its answers, the last one the hand-over. */
export interface HandOverOrigin {
  readonly flowId: string;
  readonly answers: ReadonlyArray<readonly [nodeId: string, answerId: string]>;
  /** Of those, the nodes whose answer was assumed (filled in to open a step directly), not given; in path order. */
  readonly assumed?: readonly string[] | undefined;
}

export interface FlowNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly sources: readonly string[];
  readonly links: readonly string[];
  readonly procedures: readonly string[];
  /** Error codes the node is about; each links to its page. */
  readonly codes: readonly string[];
  readonly steps: readonly Step[];
  /** Empty for escalations; a resolution has the two "Did this fix it?" answers (fix-outcome.ts). */
  readonly answers: readonly Answer[];
  /** The causes of one symptom that this node separates, in the guide's order (empty when it declares none). */
  readonly causes: readonly string[];
  /** Where "not fixed" ends once every cause in `causes` was tried; the flow's escalation when unset. */
  readonly escalation?: string | undefined;
  /** The engineer may tick several answers, those that lead to one of `causes` (src/content/selection.ts). */
  readonly multiple?: true | undefined;
  /** A resolution that explains behaviour by design: nothing to fix, only to explain. */
  readonly byDesign?: true | undefined;
}

export interface Flow {
  readonly id: string;
  readonly start: string;
  readonly sources: readonly string[];
  /** Where "not fixed" ends for a fix under no node that declares causes. */
  readonly escalation: string;
  readonly nodes: Readonly<Record<string, FlowNode>>;
  /**
   * Set only on the view of a flow entered by a hand-over (handover.ts): its
   * `start` is then the step handed over to, and this says where from.
   */
  readonly origin?: HandOverOrigin | undefined;
}

export interface Procedure {
  readonly id: string;
  readonly sources: readonly string[];
  readonly links: readonly string[];
  readonly steps: readonly Step[];
}

export interface Reference {
  readonly id: string;
  readonly kind: ReferenceKind;
  readonly topic: string;
  readonly url: string;
}

export type CodeFamily = 'end-user' | 'directory-sync';

export interface ErrorCode {
  readonly code: string;
  readonly family: CodeFamily;
  readonly sources: readonly string[];
  readonly links: readonly string[];
  readonly procedures: readonly string[];
}

export interface LogFile {
  readonly id: string;
  readonly host: string;
  readonly sources: readonly string[];
  readonly windows?: string | undefined;
  readonly mac?: string | undefined;
  readonly mobile?: 'send-logs' | undefined;
}

export interface Article {
  readonly id: string;
  readonly sources: readonly string[];
  readonly links: readonly string[];
  readonly procedures: readonly string[];
}

export interface Signature {
  readonly id: string;
  readonly pattern: string;
  readonly target: string;
}

/** Words that mean the same to a support engineer, per language (content/synonyms.yaml). */
export interface SynonymGroup {
  readonly id: string;
  readonly en: readonly string[];
  readonly ro: readonly string[];
  readonly nl: readonly string[];
}

export interface ContentChange {
  readonly version: number;
  readonly renamedNodes?: Readonly<Record<string, string>> | undefined;
  readonly renamedAnswers?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
}

export interface ContentGraph {
  readonly version: number;
  readonly guide: { readonly title: string; readonly version: string; readonly date: string };
  readonly locales: readonly Locale[];
  readonly defaultLocale: Locale;
  readonly changes: readonly ContentChange[];
  readonly topics: readonly string[];
  readonly references: Readonly<Record<string, Reference>>;
  readonly procedures: Readonly<Record<string, Procedure>>;
  /** Flows in the order the home page lists them. */
  readonly flowOrder: readonly string[];
  readonly flows: Readonly<Record<string, Flow>>;
  /** Error codes in the guide's table order. */
  readonly codes: readonly ErrorCode[];
  readonly logs: readonly LogFile[];
  readonly articles: readonly Article[];
  readonly signatures: readonly Signature[];
}

/**
 * The map of one diagnosis in one locale: its graph (flow-graph.ts), laid
 * out at build time (src/build/flow-map.ts), so the browser only draws it.
 * Coordinates in px; text already broken into lines.
 */
export interface FlowMap {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly FlowMapNode[];
  readonly edges: readonly FlowMapEdge[];
}

export interface FlowMapBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FlowMapNode extends FlowMapBox {
  /** The step's id; for a hand-over, `<flow>/<step>` of the step handed over to. */
  readonly id: string;
  readonly kind: NodeKind | 'handover';
  /** The step's title; for a hand-over, the other diagnosis's title. */
  readonly lines: readonly string[];
  /** A hand-over only: the title of the step handed over to. */
  readonly sub?: readonly string[] | undefined;
  readonly handover?: HandOverTarget | undefined;
}

export interface FlowMapEdge {
  readonly kind: 'answer' | 'handover' | 'not-fixed';
  readonly from: string;
  readonly to: string;
  readonly answer: string;
  /** SVG path data, from the source's border to the target's. */
  readonly path: string;
  /** The answer's text (answers and hand-overs; "not fixed" has a legend instead). */
  readonly label?: (FlowMapBox & { readonly lines: readonly string[] }) | undefined;
}

/** Build-time only (content check, tests): how the guide's sections are covered. */
export interface ContentCoverage {
  /** The guide's sections, in order. */
  readonly sections: readonly string[];
  /** Guide section id -> where the project encodes it. */
  readonly map: Readonly<Record<string, readonly string[]>>;
}

export interface NodeText {
  readonly title: string;
  readonly body: string;
  readonly why?: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, string>>;
}

/** What every page may need of a diagnosis: loaded with the locale. */
export interface FlowText {
  readonly title: string;
  readonly summary: string;
  readonly nodeTitles: Readonly<Record<string, string>>;
}

/** The full text of a diagnosis's steps: loaded when the diagnosis is opened. */
export interface FlowDetail {
  readonly nodes: Readonly<Record<string, NodeText>>;
}

export interface ProcedureText {
  readonly title: string;
  readonly body: string;
  readonly steps: Readonly<Record<string, string>>;
}

export interface ContentText {
  readonly locale: Locale;
  readonly guideTitle: string;
  readonly sections: Readonly<Record<string, string>>;
  readonly topics: Readonly<Record<string, string>>;
  readonly references: Readonly<Record<string, string>>;
  readonly procedures: Readonly<Record<string, ProcedureText>>;
  readonly flows: Readonly<Record<string, FlowText>>;
  /** Per diagnosis, present once loaded (always, at build time and in tests). */
  readonly flowDetails: Readonly<Record<string, FlowDetail>>;
  readonly codes: Readonly<Record<string, { readonly meaning: string; readonly action?: string | undefined }>>;
  readonly logs: Readonly<Record<string, { readonly name: string; readonly purpose: string }>>;
  readonly articles: Readonly<Record<string, { readonly title: string; readonly body: string }>>;
  /** What engineers type for a step (by its search id), for the search index only: the app never shows it. */
  readonly searchPhrases?: Readonly<Record<string, readonly string[]>>;
}
