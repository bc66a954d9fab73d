/**
 * Property-based tests (fast-check): whatever the input, the URL reader, the
 * content loader and the readers of saved data give a valid state or a clear
 * error, and never throw.
 *
 * Each run takes a new random seed. A failing property prints fast-check's
 * report with its seed and path, e.g.
 *   { seed: 1642170530, path: "11:3:0", endOnFailure: true }
 * Replay it with that seed (all properties of this file), or with the seed
 * and the path (only the test that failed):
 *   FC_SEED=<n> npx vitest run src/properties.test.ts
 *   FC_SEED=<n> FC_PATH=<path> npx vitest run src/properties.test.ts -t "<test name>"
 * (see src/build/fc-replay.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { assertProperty, configureReplay } from './build/fc-replay';
import { loadContent } from './build/load-content';
import { realContent } from './build/real-content';
import { answersTo } from './content/graph-paths';
import { recoverRecord, parseCaseFile } from './features/case/case-model';
import { decodeSharedCase } from './features/case/shared-case';
import { derivePath } from './features/wizard/answer-path';
import { readStepUrl } from './features/wizard/step-url';
import { paths } from './shared/paths';

configureReplay();

const graph = realContent();
const flowIds = Object.keys(graph.flows);
const nodeIds = [...new Set(Object.values(graph.flows).flatMap((f) => Object.keys(f.nodes)))];
const answerIds = [
  ...new Set(Object.values(graph.flows).flatMap((f) => Object.values(f.nodes).flatMap((n) => n.answers.map((a) => a.id)))),
];

// Names and values that are sometimes real, sometimes close, sometimes junk.
const name = fc.oneof(
  fc.constantFrom(...nodeIds, 'v', 'case', 't.scope', 't.scope.check-user-helpdesk'),
  fc.string(),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
);
// Values of several ticked answers too (dots), real and not.
const ticked = fc.array(fc.constantFrom(...answerIds), { minLength: 2, maxLength: 4 }).map((ids) => ids.join('.'));
const value = fc.oneof(
  fc.constantFrom(
    ...answerIds,
    '1',
    '0',
    '99',
    'test-user.assign-imp',
    'no-connector.wrong-behavior',
    'wrong-behavior.no-connector.has-broadcloud',
  ),
  ticked,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

describe('readStepUrl', () => {
  it('never throws and always answers with a state on the path or a problem with a nearest step', () => {
    assertProperty(
      fc.property(
        fc.oneof(fc.constantFrom(...flowIds), fc.string()),
        fc.oneof(fc.constantFrom(...nodeIds), fc.string()),
        fc.array(fc.tuple(name, value), { maxLength: 30 }),
        (flowId, stepId, pairs) => {
          const search = new URLSearchParams();
          for (const [k, v] of pairs) search.append(k, v);
          const result = readStepUrl(graph, flowId, stepId, search);
          if (result.ok) {
            const path = derivePath(result.state.flow, result.state.answers);
            expect(path.some((s) => s.node.id === result.state.stepId)).toBe(true);
            // The canonical link reads back to the same state.
            const again = readStepUrl(
              graph,
              flowId,
              result.state.stepId,
              new URL(paths.step('en', result.state.location), 'http://x').searchParams,
            );
            expect(again.ok && again.state.location).toEqual(result.state.location);
          } else if ('nearest' in result.problem) {
            const nearest = result.problem.nearest;
            const opened = readStepUrl(graph, nearest.flowId, nearest.stepId, new URL(paths.step('en', nearest), 'http://x').searchParams);
            expect(opened.ok).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('readers of saved and shared data', () => {
  const anything = fc.oneof(
    fc.anything(),
    fc.jsonValue(),
    fc.record({ format: fc.anything(), id: fc.string(), sheet: fc.anything(), answers: fc.anything() }),
  );
  it('never throw on any value, text or payload', () => {
    assertProperty(
      fc.property(anything, fc.string(), fc.string({ unit: 'grapheme' }), (raw, text, payload) => {
        expect(() => recoverRecord(raw)).not.toThrow();
        expect(() => parseCaseFile(text)).not.toThrow();
        expect(() => parseCaseFile((JSON.stringify(raw) as string | undefined) ?? 'null')).not.toThrow();
        expect(() => decodeSharedCase(payload)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('loadContent', () => {
  const root = fileURLToPath(new URL('../content', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'content-prop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = [
    'meta.yaml',
    'flows/provisioning.yaml',
    'text/ro/flows/provisioning.yaml',
    'codes.yaml',
    'coverage.yaml',
    'signatures.yaml',
  ];

  it('reports problems (with a file) instead of throwing, whatever a content file is changed into', () => {
    let run = 0;
    assertProperty(
      fc.property(
        fc.constantFrom(...files),
        fc.nat(),
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom(':', '- ', '  ', '\t', '"', '{', '[', '&a', '*a', '!!binary', '\u0000', 'next: nowhere'),
        ),
        (file, at, insert) => {
          run += 1;
          const copy = join(dir, String(run), 'content');
          cpSync(root, copy, { recursive: true });
          const path = join(copy, file);
          const original = readFileSync(path, 'utf8');
          const cut = at % (original.length + 1);
          writeFileSync(path, original.slice(0, cut) + insert + original.slice(cut));
          const result = loadContent(copy);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) expect(problem.file).toMatch(/^content\//);
          } else {
            // Content that loads is whole: every node of every flow is
            // reached by a link made of its answers, and that link opens it.
            expect(Object.keys(result.graph.flows).sort()).toEqual([...result.graph.flowOrder].sort());
            for (const flow of Object.values(result.graph.flows)) {
              for (const nodeId of Object.keys(flow.nodes)) {
                const answers = answersTo(flow, nodeId);
                expect(answers, `${flow.id}/${nodeId}`).toBeDefined();
                const location = { flowId: flow.id, stepId: nodeId, answers: answers ?? [], version: result.graph.version };
                const opened = readStepUrl(result.graph, flow.id, nodeId, new URL(paths.step('en', location), 'http://x').searchParams);
                expect(opened.ok && opened.state.location, `${flow.id}/${nodeId}`).toEqual({ ...location, ticks: [] });
              }
            }
          }
          rmSync(join(dir, String(run)), { recursive: true, force: true });
        },
      ),
      // The content as it is, and with a comment added, must load.
      {
        numRuns: 60,
        examples: [
          ['meta.yaml', 0, ''],
          ['flows/provisioning.yaml', 0, '# a comment\n'],
        ],
      },
    );
    // Sixty copies of the content folder: allow for a busy machine, and for
    // mutation testing, which runs this file instrumented.
  }, 120_000);
});

describe('keys that name members of Object.prototype', () => {
  it('are unknown flows, steps and answers, not crashes', () => {
    for (const key of ['valueOf', 'constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(readStepUrl(graph, key, 'scope', new URLSearchParams()).ok).toBe(false);
      expect(readStepUrl(graph, 'provisioning', key, new URLSearchParams('v=1')).ok).toBe(false);
      expect(readStepUrl(graph, 'provisioning', 'scope', new URLSearchParams(`v=1&scope=${key}`)).ok).toBe(false);
    }
  });
});
