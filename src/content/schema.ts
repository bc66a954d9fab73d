/**
 * The one schema of everything under `content/`. The build (Vite plugin),
 * `npm run content:check` and the unit tests validate the YAML files with it;
 * the browser only ever sees the already-validated, compiled result (see
 * `types.ts`), so zod stays out of the client bundle.
 */
import { z } from 'zod';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const sectionPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A node, answer or step id: kebab-case, so it can sit in a URL untouched. */
export const Id = z
  .string()
  .regex(idPattern, 'expected a kebab-case id such as "check-pslog"')
  // `v`, `case`, `from` and `a` have their own meaning in the query string; no node may take them.
  .refine((id) => !['v', 'case', 'from', 'a'].includes(id), 'the ids "v", "case", "from" and "a" are reserved in links');
export const SectionId = z
  .string()
  .regex(sectionPattern, 'expected a dotted section id such as "problems.provisioning"');
export const Locale = z.enum(['en', 'ro', 'nl']);

/** Verbatim text shown as code: commands, CLI paths, identifiers, log text. */
const Code = z.string().min(1).max(400);

export const MetaFile = z.strictObject({
  contentVersion: z.int().positive(),
  guide: z.strictObject({
    title: z.string().min(1),
    version: z.string().min(1),
    date: z.iso.date(),
  }),
  locales: z.array(Locale).min(1),
  defaultLocale: Locale,
  /** The diagnoses, in the order the home page lists them (content/flows/<id>.yaml). */
  flows: z.array(Id).min(1),
  changes: z.array(
    z.strictObject({
      version: z.int().positive(),
      /** Node ids renamed in this version: old id -> new id. */
      renamedNodes: z.record(Id, Id).optional(),
      /** Answer ids renamed in this version, per node (new node id). */
      renamedAnswers: z.record(Id, z.record(Id, Id)).optional(),
    }),
  ),
});

export const GuideFile = z.strictObject({
  sections: z.array(z.strictObject({ id: SectionId })).min(1),
});

export const ReferenceKind = z.enum(['reading-list', 'help-article', 'tool']);
export const ReferencesFile = z.strictObject({
  topics: z.array(Id).min(1),
  references: z
    .array(
      z.strictObject({
        id: Id,
        kind: ReferenceKind,
        topic: Id,
        url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
      }),
    )
    .min(1),
});

/**
 * `record: true`: a value the engineer writes down (an ID, a time); the printout leaves a line to write it on.
 * `practice: true`: advice the guide does not give (general practice); the page marks it as such, in every language.
 */
const Step = z.strictObject({ id: Id, code: Code.optional(), record: z.literal(true).optional(), practice: z.literal(true).optional() });
const Links = z.array(Id).optional();
const Sources = z.array(SectionId).min(1, 'every node names the guide section(s) it comes from');

export const ProceduresFile = z.strictObject({
  procedures: z.array(
    z.strictObject({
      id: Id,
      sources: Sources,
      links: Links,
      steps: z.array(Step).min(1),
    }),
  ),
});

/** A step of another diagnosis that an answer hands the engineer over to (see src/content/handover.ts). */
const HandOver = z.strictObject({ flow: Id, step: Id });
/** An answer leads to a node of its own flow (`next`) or hands over to another diagnosis (`handover`). */
const Answer = z
  .strictObject({ id: Id, next: Id.optional(), handover: HandOver.optional(), code: Code.optional() })
  .refine((answer) => (answer.next === undefined) !== (answer.handover === undefined), {
    message: 'an answer leads somewhere: give it either "next" or "handover", not both',
    path: ['next'],
  });
/** An error code from content/codes.yaml (end-user or directory-sync table). */
export const CodeId = z.string().regex(/^[0-9]{6}$/, 'expected a six-digit error code such as "200010"');
const nodeCommon = {
  sources: Sources,
  links: Links,
  procedures: z.array(Id).optional(),
  /** Error codes this node is about; each links to the code's page. */
  codes: z.array(CodeId).optional(),
  steps: z.array(Step).optional(),
};
export const NodeKind = z.enum(['question', 'procedure', 'resolution', 'escalation']);
/** A node's answers, at least `min` of them; a missing list breaks the same rule, so it gets the same message. */
const Answers = (min: number, rule: string) =>
  z.array(Answer, { error: (issue) => (issue.input === undefined ? rule : undefined) }).min(min, rule);
/**
 * A question or procedure that tells apart the causes of one symptom names
 * them, in the guide's order: a fix below it that did not help leads to the
 * first cause not yet tried, then to `escalation` (see src/content/fix-outcome.ts).
 */
const causeFields = {
  causes: z.array(Id).min(2, 'a symptom with causes names at least two of them').optional(),
  escalation: Id.optional(),
  /**
   * Several of the causes can hold at once: the engineer ticks every answer
   * that leads to one of `causes`, and the fixes follow in turn (see
   * src/content/selection.ts). Its other answers are given alone.
   */
  multiple: z.literal(true).optional(),
};
const FlowNode = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('question'),
    ...nodeCommon,
    ...causeFields,
    answers: Answers(2, 'a question offers at least two answers'),
  }),
  z.strictObject({
    kind: z.literal('procedure'),
    ...nodeCommon,
    ...causeFields,
    answers: Answers(1, 'a procedure leads somewhere: give it at least one answer'),
  }),
  z.strictObject({
    kind: z.literal('resolution'),
    ...nodeCommon,
    /** The behaviour is how the product works, not a fault: the page explains it and offers no fix to apply. */
    byDesign: z.literal(true).optional(),
  }),
  z.strictObject({ kind: z.literal('escalation'), ...nodeCommon }),
]);

export const FlowFile = z.strictObject({
  id: Id,
  start: Id,
  sources: Sources,
  /** Where a fix that did not help ends when no node above it declares causes. */
  escalation: Id,
  nodes: z.record(Id, FlowNode),
});

export const CodeFamily = z.enum(['end-user', 'directory-sync']);
export const CodesFile = z.strictObject({
  codes: z
    .array(
      z.strictObject({
        code: CodeId,
        family: CodeFamily,
        sources: Sources,
        links: Links,
        procedures: z.array(Id).optional(),
      }),
    )
    .min(1),
});

const ClientPath = z.string().min(1).max(300);
export const LogsFile = z.strictObject({
  logs: z
    .array(
      z.strictObject({
        id: Id,
        /** Where the log is written: a server name or "Client", verbatim. */
        host: z.string().min(1).max(80),
        sources: Sources,
        windows: ClientPath.optional(),
        mac: ClientPath.optional(),
        /** Mobile clients cannot be browsed: their logs are sent from the app. */
        mobile: z.literal('send-logs').optional(),
      }),
    )
    .min(1),
});

export const ArticlesFile = z.strictObject({
  articles: z
    .array(
      z.strictObject({
        id: Id,
        sources: Sources,
        links: Links,
        procedures: z.array(Id).optional(),
      }),
    )
    .min(1),
});

/**
 * Where the project encodes each section of the guide. A target is
 * `flow:<flow>/<node>`, `procedure:<id>`, `code:<code>`, `article:<id>`,
 * `log:<id>` or `page:<reading-list|codes|logs>`.
 */
export const CoverageTarget = z
  .string()
  .regex(/^(flow:[a-z0-9-]+\/[a-z0-9-]+|procedure:[a-z0-9-]+|code:[0-9]{6}|article:[a-z0-9-]+|log:[a-z0-9-]+|page:(reading-list|codes|logs))$/, 'expected a target such as "flow:provisioning/scope" or "procedure:raise-case"');
/**
 * Text that identifies a step: an HTTP status typed on its own, a log line
 * pasted into the search box. Patterns are JavaScript regular expressions,
 * matched case-insensitively; a target has the coverage map's form.
 */
export const SignaturesFile = z.strictObject({
  signatures: z
    .array(
      z.strictObject({
        id: Id,
        pattern: z
          .string()
          .min(3)
          .max(300)
          .refine((pattern) => {
            try {
              new RegExp(pattern, 'iu');
              return true;
            } catch {
              return false;
            }
          }, 'not a valid regular expression'),
        target: z.lazy(() => CoverageTarget),
      }),
    )
    .min(1),
});

const Pattern = z
  .string()
  .min(2)
  .max(400)
  .refine((pattern) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/** The lanes of the sign-in ladder diagram: the Webex app, the Webex IdP proxy, XSP Xsi-Actions, the XSP authService, the Application Server. */
export const Lane = z.enum(['app', 'idp', 'xsi', 'auth', 'as']);

/** What the log analyzer recognises (content/log-catalogue.yaml). */
export const LogCatalogueFile = z.strictObject({
  kinds: z.array(z.strictObject({ id: Id, detect: z.array(Pattern).min(1) })).min(1),
  findings: z.array(z.strictObject({ id: Id, pattern: Pattern, kinds: z.array(Id).optional(), target: z.lazy(() => CoverageTarget) })).min(1),
  users: z.array(Pattern).optional(),
  blocks: z.array(
    z.strictObject({
      id: Id,
      open: Pattern,
      close: Pattern,
      missing: Pattern.optional(),
      invalid: Pattern.optional(),
      valid: Pattern.optional(),
      target: z.lazy(() => CoverageTarget),
    }),
  ),
  bridge: z.strictObject({
    post: Pattern,
    body: Pattern,
    status: Pattern,
    message: Pattern,
    user: Pattern.optional(),
    within: z.int().positive().max(10_000),
    ip: z.strictObject({ id: Id, pattern: Pattern, target: z.lazy(() => CoverageTarget) }),
    statuses: z.record(
      z.string().regex(/^\d{3}$/, 'an HTTP status'),
      z.strictObject({ id: Id, target: z.lazy(() => CoverageTarget), message: z.boolean().optional() }),
    ),
  }),
  signIn: z.strictObject({
    correlation: Pattern,
    entry: Pattern,
    thread: Pattern,
    inherit: z.array(Pattern).min(1),
    time: Pattern,
    inheritWithin: z.number().int().positive().max(86_400),
    target: z.lazy(() => CoverageTarget),
    stopped: z.lazy(() => CoverageTarget),
    steps: z
      .array(
        z.strictObject({
          id: Id,
          /** The step's number in the guide's ladder diagram. */
          number: z.string().regex(/^\d+(?:\.\d+)?$/, 'a ladder number such as 2.1'),
          arrow: z.strictObject({ from: Lane, to: Lane, label: z.string().min(1).max(60) }),
          pattern: Pattern,
          starts: z.boolean().optional(),
          success: Pattern.optional(),
          failure: z.array(Pattern).min(1).optional(),
          refused: z.lazy(() => CoverageTarget).optional(),
          user: z.strictObject({ role: z.enum(['webex', 'broadworks', 'sent']), pattern: Pattern }).optional(),
          requires: z
            .strictObject({ platform: Id, pattern: Pattern, reason: z.string().min(1).max(200), target: z.lazy(() => CoverageTarget) })
            .optional(),
        }),
      )
      .min(1)
      .refine((steps) => steps.some((s) => s.starts === true), 'at least one step starts an attempt ("starts: true")'),
    failure: z.array(Pattern).min(1),
    refused: Pattern,
    lanes: z.array(Lane).min(2),
    platforms: z.array(z.strictObject({ id: Id, pattern: Pattern })),
    requests: z
      .strictObject({ candidate: Pattern, access: Pattern, line: Pattern, client: Pattern, date: Pattern })
      .optional(),
  }),
});
export type LogCatalogueFile = z.infer<typeof LogCatalogueFile>;

export const CoverageFile = z.strictObject({
  sections: z.record(SectionId, z.array(CoverageTarget).min(1, 'a mapped section names at least one target')),
});

// --- text, one set of files per locale -------------------------------------

const Text = z.string().trim().min(1, 'text must not be empty').max(6000);
const TextMap = z.record(Id, Text);

export const FlowTextFile = z.strictObject({
  title: Text,
  summary: Text,
  nodes: z.record(
    Id,
    z.strictObject({
      title: Text,
      body: Text,
      why: Text.optional(),
      answers: TextMap.optional(),
      steps: TextMap.optional(),
    }),
  ),
});

export const ProceduresTextFile = z.strictObject({
  procedures: z.record(
    Id,
    z.strictObject({ title: Text, body: Text, steps: TextMap }),
  ),
});

export const ReferencesTextFile = z.strictObject({
  topics: TextMap,
  references: TextMap,
});

export const GuideTextFile = z.strictObject({
  title: Text,
  sections: z.record(SectionId, Text),
});

export const CodesTextFile = z.strictObject({
  codes: z.record(CodeId, z.strictObject({ meaning: Text, action: Text.optional() })),
});

export const LogsTextFile = z.strictObject({
  logs: z.record(Id, z.strictObject({ name: Text, purpose: Text })),
});

/**
 * What engineers type for a step, a procedure, a log, a code, an article or a
 * reference document, in their own words: searched, never shown
 * (src/shared/search-documents.ts).
 */
export const SearchPhrasesTextFile = z.strictObject({
  phrases: z.record(z.string().regex(/^(flow|procedure|log|code|article|reference):[a-z0-9/-]+$/u), z.array(z.string().trim().min(1).max(200)).min(1).max(12)),
});

export const ArticlesTextFile = z.strictObject({
  articles: z.record(Id, z.strictObject({ title: Text, body: Text })),
});

export const LogCatalogueTextFile = z.strictObject({
  kinds: TextMap,
  findings: TextMap,
  signIn: z.strictObject({
    title: Text,
    complete: Text,
    /** `practice`: a reading of the stop that the guide does not give (general practice), shown under its own mark. */
    steps: z.record(Id, z.strictObject({ name: Text, stops: Text, practice: Text.optional() })),
  }),
});

export type MetaFile = z.infer<typeof MetaFile>;
export type GuideFile = z.infer<typeof GuideFile>;
export type ReferencesFile = z.infer<typeof ReferencesFile>;
export type ProceduresFile = z.infer<typeof ProceduresFile>;
export type FlowFile = z.infer<typeof FlowFile>;
export type FlowTextFile = z.infer<typeof FlowTextFile>;
export type ProceduresTextFile = z.infer<typeof ProceduresTextFile>;
export type ReferencesTextFile = z.infer<typeof ReferencesTextFile>;
export type GuideTextFile = z.infer<typeof GuideTextFile>;
export type CoverageFile = z.infer<typeof CoverageFile>;

/**
 * The field's vocabulary for search: each group holds words that mean the
 * same thing to a support engineer, in every language ("sign in", "log in",
 * "login", "autentificare", "aanmelden"). A query that uses one of them also
 * looks for the others. Terms are lower case, words separated by one space or
 * a hyphen; a term may appear in only one group of its language.
 */
const SynonymTerm = z
  .string()
  .max(60)
  .regex(/^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u, 'expected a lower-case word or phrase such as "sign in" or "e-mail"');
const SynonymTerms = z.array(SynonymTerm).min(1, 'every language needs at least one term').max(20);
export const SynonymsFile = z.strictObject({
  groups: z
    .array(z.strictObject({ id: Id, en: SynonymTerms, ro: SynonymTerms, nl: SynonymTerms }))
    .min(1),
});
