/**
 * The loader's checks, one at a time, on a small content tree built here:
 * each test changes one thing and expects exactly the problems a content
 * author would see (file, field, what is wrong), and nothing else.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { followAnswers } from '../content/fix-outcome.ts';
import { formatProblem, loadContent } from './load-content.ts';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call,
   @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-dynamic-delete --
   the fixture files are plain YAML data, edited freely here, also into shapes the schema rejects */
type Data = Record<string, any>;

function localeText(locale: string) {
  const t = (what: string) => `${what} (${locale})`;
  return {
    'guide.yaml': { title: t('Guide'), sections: { 'sec-a': t('Section A'), 'sec-b': t('Section B') } },
    'references.yaml': { topics: { 'topic-a': t('Topic A') }, references: { 'ref-a': t('Reference A') } },
    'procedures.yaml': { procedures: { 'proc-a': { title: t('Procedure A'), body: t('Do it'), steps: { 'p-step': t('Step') } } } },
    'codes.yaml': { codes: { '200010': { meaning: t('Meaning'), action: t('Action') }, '300001': { meaning: t('Sync meaning') } } },
    'logs.yaml': { logs: { 'log-a': { name: t('Log A'), purpose: t('Purpose') } } },
    'articles.yaml': { articles: { 'art-a': { title: t('Article A'), body: t('Body') } } },
    'search-phrases.yaml': { phrases: { 'flow:diag/fix-step': [t('run the fix')], 'procedure:proc-a': [t('how to do it')] } },
    'log-catalogue.yaml': {
      kinds: { pslog: t('PSLog') },
      findings: { 'f-one': t('Finding'), 'b-one': t('Block'), 'ip-one': t('To an IP'), 'br-409': t('Conflict') },
      signIn: { title: t('Sign-in'), complete: t('Complete'), steps: { 's-one': { name: t('Step one'), stops: t('Stops') } } },
    },
    'flows/diag.yaml': {
      title: t('Diagnosis'),
      summary: t('Summary'),
      nodes: {
        start: { title: t('Start'), body: t('Body'), why: t('Why'), answers: { yes: t('Yes'), no: t('No') } },
        'fix-step': { title: t('Fix'), body: t('Body'), why: t('Why'), answers: { done: t('Done') }, steps: { 'step-one': t('Run') } },
        fixed: { title: t('Fixed'), body: t('Body') },
        escalate: { title: t('Escalate'), body: t('Body') },
      },
    },
  };
}

/** The smallest content that uses every kind of file and cross-reference. */
function baseContent(): Record<string, Data> {
  const files: Record<string, Data> = {
    'meta.yaml': {
      contentVersion: 3,
      guide: { title: 'The guide', version: '1.0', date: '2024-01-31' },
      locales: ['en', 'ro'],
      defaultLocale: 'en',
      flows: ['diag'],
      changes: [{ version: 2, renamedNodes: { old: 'start' } }, { version: 3 }],
    },
    'guide.yaml': { sections: [{ id: 'sec-a' }, { id: 'sec-b' }] },
    'references.yaml': {
      topics: ['topic-a'],
      references: [{ id: 'ref-a', kind: 'tool', topic: 'topic-a', url: 'https://example.com/a' }],
    },
    'procedures.yaml': { procedures: [{ id: 'proc-a', sources: ['sec-a'], steps: [{ id: 'p-step', code: 'show' }] }] },
    'codes.yaml': {
      codes: [
        { code: '200010', family: 'end-user', sources: ['sec-b'] },
        { code: '300001', family: 'directory-sync', sources: ['sec-b'], links: ['ref-a'], procedures: ['proc-a'] },
      ],
    },
    'logs.yaml': { logs: [{ id: 'log-a', host: 'Application Server', sources: ['sec-b'] }] },
    'articles.yaml': { articles: [{ id: 'art-a', sources: ['sec-b'] }] },
    'coverage.yaml': {
      sections: {
        'sec-a': ['flow:diag/start'],
        'sec-b': ['code:200010', 'log:log-a', 'article:art-a', 'procedure:proc-a', 'page:codes'],
      },
    },
    'signatures.yaml': { signatures: [{ id: 'sig-a', pattern: 'abc', target: 'flow:diag/fix-step' }] },
    'synonyms.yaml': { groups: [{ id: 'sign-in', en: ['sign in', 'login'], ro: ['autentificare'], nl: ['aanmelden'] }] },
    'log-catalogue.yaml': {
      kinds: [{ id: 'pslog', detect: ['PSLog'] }],
      findings: [{ id: 'f-one', pattern: 'boom', kinds: ['pslog'], target: 'flow:diag/start' }],
      blocks: [{ id: 'b-one', open: '<<', close: '>>', target: 'procedure:proc-a' }],
      bridge: {
        post: 'POST',
        body: '<<',
        status: 'HTTP (\\d{3})',
        message: 'msg',
        within: 50,
        ip: { id: 'ip-one', pattern: 'POST \\d', target: 'flow:diag/start' },
        statuses: { '409': { id: 'br-409', target: 'flow:diag/start', message: true } },
      },
      signIn: {
        correlation: 'cid',
        entry: 'en',
        thread: 'th',
        inherit: ['in'],
        time: 'tm',
        inheritWithin: 60,
        target: 'flow:diag/start',
        stopped: 'flow:diag/escalate',
        steps: [
          {
            id: 's-one',
            number: '2.1',
            arrow: { from: 'idp', to: 'xsi', label: 'GET' },
            starts: true,
            pattern: 'st',
            refused: 'code:200010',
          },
        ],
        failure: ['fail'],
        refused: 'ref',
        lanes: ['idp', 'xsi'],
        platforms: [],
      },
    },
    'flows/diag.yaml': {
      id: 'diag',
      start: 'start',
      sources: ['sec-a'],
      escalation: 'escalate',
      nodes: {
        start: {
          kind: 'question',
          sources: ['sec-a'],
          answers: [
            { id: 'yes', next: 'fix-step' },
            { id: 'no', next: 'escalate' },
          ],
        },
        'fix-step': {
          kind: 'procedure',
          sources: ['sec-a'],
          links: ['ref-a'],
          procedures: ['proc-a'],
          codes: ['200010'],
          steps: [{ id: 'step-one', code: 'run it' }],
          answers: [{ id: 'done', next: 'fixed', code: 'OK' }],
        },
        fixed: { kind: 'resolution', sources: ['sec-b'] },
        escalate: { kind: 'escalation', sources: ['sec-b'] },
      },
    },
  };
  for (const locale of ['en', 'ro', 'nl']) {
    for (const [file, data] of Object.entries(localeText(locale))) files[`text/${locale}/${file}`] = data;
  }
  return files;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the base content, changed by `edit` (delete a file to leave it out), and returns its root. */
function content(edit: (files: Record<string, Data>) => void = () => undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  temps.push(dir);
  const root = join(dir, 'content');
  const files = baseContent();
  edit(files);
  for (const [file, data] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof data === 'string' ? data : stringify(data));
  }
  return root;
}

function problemsOf(edit: (files: Record<string, Data>) => void): string[] {
  const result = loadContent(content(edit));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const flow = (files: Record<string, Data>): Data => files['flows/diag.yaml']!;
const node = (files: Record<string, Data>, id: string): Data => flow(files)['nodes'][id];
const text = (files: Record<string, Data>, locale: string, file: string): Data => files[`text/${locale}/${file}`]!;

describe('the fixture', () => {
  it('loads, and gives the graph, texts and coverage the app is built from', () => {
    const root = content();
    const result = loadContent(root);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.graph).toEqual({
      version: 3,
      guide: { title: 'The guide', version: '1.0', date: '2024-01-31' },
      locales: ['en', 'ro'],
      defaultLocale: 'en',
      changes: [{ version: 2, renamedNodes: { old: 'start' } }, { version: 3 }],
      topics: ['topic-a'],
      references: { 'ref-a': { id: 'ref-a', kind: 'tool', topic: 'topic-a', url: 'https://example.com/a' } },
      procedures: { 'proc-a': { id: 'proc-a', sources: ['sec-a'], links: [], steps: [{ id: 'p-step', code: 'show' }] } },
      flowOrder: ['diag'],
      flows: {
        diag: {
          id: 'diag',
          start: 'start',
          sources: ['sec-a'],
          escalation: 'escalate',
          nodes: {
            start: {
              id: 'start',
              kind: 'question',
              sources: ['sec-a'],
              links: [],
              procedures: [],
              codes: [],
              steps: [],
              answers: [
                { id: 'yes', next: 'fix-step' },
                { id: 'no', next: 'escalate' },
              ],
              causes: [],
            },
            'fix-step': {
              id: 'fix-step',
              kind: 'procedure',
              sources: ['sec-a'],
              links: ['ref-a'],
              procedures: ['proc-a'],
              codes: ['200010'],
              steps: [{ id: 'step-one', code: 'run it' }],
              // It leads to a fix, so it may go on where the fix's "not fixed" goes.
              answers: [{ id: 'done', next: 'fixed', code: 'OK', options: ['fixed', 'escalate'] }],
              causes: [],
            },
            // Every fix asks "Did this fix it?"; with no causes declared above it, "no" ends at the flow's escalation.
            fixed: {
              id: 'fixed',
              kind: 'resolution',
              sources: ['sec-b'],
              links: [],
              procedures: [],
              codes: [],
              steps: [],
              answers: [
                { id: 'fixed', next: 'fixed', confirms: 'fixed' },
                { id: 'not-fixed', next: 'escalate', confirms: 'not-fixed', options: ['escalate'] },
              ],
              causes: [],
            },
            escalate: {
              id: 'escalate',
              kind: 'escalation',
              sources: ['sec-b'],
              links: [],
              procedures: [],
              codes: [],
              steps: [],
              answers: [],
              causes: [],
            },
          },
        },
      },
      codes: [
        { code: '200010', family: 'end-user', sources: ['sec-b'], links: [], procedures: [] },
        { code: '300001', family: 'directory-sync', sources: ['sec-b'], links: ['ref-a'], procedures: ['proc-a'] },
      ],
      logs: [{ id: 'log-a', host: 'Application Server', sources: ['sec-b'] }],
      articles: [{ id: 'art-a', sources: ['sec-b'], links: [], procedures: [] }],
      signatures: [{ id: 'sig-a', pattern: 'abc', target: 'flow:diag/fix-step' }],
    });
    expect(Object.keys(result.texts)).toEqual(['en', 'ro']);
    expect(result.texts.ro).toEqual({
      locale: 'ro',
      guideTitle: 'Guide (ro)',
      sections: { 'sec-a': 'Section A (ro)', 'sec-b': 'Section B (ro)' },
      topics: { 'topic-a': 'Topic A (ro)' },
      references: { 'ref-a': 'Reference A (ro)' },
      procedures: { 'proc-a': { title: 'Procedure A (ro)', body: 'Do it (ro)', steps: { 'p-step': 'Step (ro)' } } },
      flows: {
        diag: {
          title: 'Diagnosis (ro)',
          summary: 'Summary (ro)',
          nodeTitles: { start: 'Start (ro)', 'fix-step': 'Fix (ro)', fixed: 'Fixed (ro)', escalate: 'Escalate (ro)' },
        },
      },
      flowDetails: {
        diag: {
          nodes: {
            start: { title: 'Start (ro)', body: 'Body (ro)', why: 'Why (ro)', answers: { yes: 'Yes (ro)', no: 'No (ro)' }, steps: {} },
            'fix-step': {
              title: 'Fix (ro)',
              body: 'Body (ro)',
              why: 'Why (ro)',
              answers: { done: 'Done (ro)' },
              steps: { 'step-one': 'Run (ro)' },
            },
            fixed: { title: 'Fixed (ro)', body: 'Body (ro)', answers: {}, steps: {} },
            escalate: { title: 'Escalate (ro)', body: 'Body (ro)', answers: {}, steps: {} },
          },
        },
      },
      codes: { '200010': { meaning: 'Meaning (ro)', action: 'Action (ro)' }, '300001': { meaning: 'Sync meaning (ro)' } },
      logs: { 'log-a': { name: 'Log A (ro)', purpose: 'Purpose (ro)' } },
      articles: { 'art-a': { title: 'Article A (ro)', body: 'Body (ro)' } },
      searchPhrases: { 'flow:diag/fix-step': ['run the fix (ro)'], 'procedure:proc-a': ['how to do it (ro)'] },
    });
    // A node without "why" has no "why" key at all.
    expect(Object.keys(result.texts.en.flowDetails['diag']!.nodes['fixed']!)).toEqual(['title', 'body', 'answers', 'steps']);
    expect(result.texts.en.guideTitle).toBe('Guide (en)');
    expect(result.coverage).toEqual({
      sections: ['sec-a', 'sec-b'],
      map: {
        'sec-a': ['flow:diag/start'],
        'sec-b': ['code:200010', 'log:log-a', 'article:art-a', 'procedure:proc-a', 'page:codes'],
      },
    });
    expect(result.logCatalogue.codes).toEqual(['200010', '300001']);
    expect(result.logCatalogue.kinds).toEqual([{ id: 'pslog', detect: ['PSLog'] }]);
    expect(result.logCatalogue.signIn.stopped).toBe('flow:diag/escalate');
    expect(Object.keys(result.logTexts)).toEqual(['en', 'ro']);
    expect(result.logTexts.ro.findings).toEqual({
      'f-one': 'Finding (ro)',
      'b-one': 'Block (ro)',
      'ip-one': 'To an IP (ro)',
      'br-409': 'Conflict (ro)',
    });
    const read = [
      'meta.yaml',
      'guide.yaml',
      'references.yaml',
      'procedures.yaml',
      'codes.yaml',
      'logs.yaml',
      'articles.yaml',
      'coverage.yaml',
      'signatures.yaml',
      'log-catalogue.yaml',
      'synonyms.yaml',
      'flows/diag.yaml',
      ...['en', 'ro'].flatMap((locale) =>
        [
          'guide.yaml',
          'references.yaml',
          'procedures.yaml',
          'codes.yaml',
          'logs.yaml',
          'articles.yaml',
          'search-phrases.yaml',
          'log-catalogue.yaml',
          'flows/diag.yaml',
        ].map((file) => `text/${locale}/${file}`),
      ),
    ];
    expect(result.files).toEqual(read.map((file) => join(root, file)));
  });

  it('takes the default locale first, whatever its place in the list', () => {
    const root = content((f) => {
      f['meta.yaml']!['locales'] = ['en', 'ro', 'nl'];
      f['meta.yaml']!['defaultLocale'] = 'nl';
    });
    const result = loadContent(root);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(Object.keys(result.texts)).toEqual(['nl', 'en', 'ro']);
    expect(result.graph.locales).toEqual(['en', 'ro', 'nl']);
    expect(result.graph.defaultLocale).toBe('nl');
  });
});

describe('reading files', () => {
  it('reports a missing top-level file and stops there', () => {
    expect(
      problemsOf((f) => {
        delete f['signatures.yaml'];
      }),
    ).toEqual(['content/signatures.yaml: file is missing']);
    expect(
      problemsOf((f) => {
        delete f['meta.yaml'];
        delete f['log-catalogue.yaml'];
      }),
    ).toEqual(['content/meta.yaml: file is missing', 'content/log-catalogue.yaml: file is missing']);
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = 'sections:\n  - id: sec-a\n  - id: [sec-b\n' as unknown as Data;
      }),
    ).toEqual([
      'content/guide.yaml: line 4, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports an alias to no anchor, and an alias bomb, instead of throwing', () => {
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = 'sections:\n  - id: *nowhere\n' as unknown as Data;
      }),
    ).toEqual(['content/guide.yaml: not valid YAML: Unresolved alias (the anchor must be set before the alias): nowhere']);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ];
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = `${bomb.join('\n')}\nsections: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n` as unknown as Data;
      }),
    ).toEqual(['content/guide.yaml: not valid YAML: Excessive alias count indicates a resource exhaustion attack']);
  });

  it('reports a key given twice, which YAML would otherwise silently overwrite', () => {
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = 'sections:\n  - id: sec-a\nsections:\n  - id: sec-b\n' as unknown as Data;
      }),
    ).toEqual(['content/guide.yaml: line 3, column 1: not valid YAML: Map keys must be unique']);
    // Further down and to the right: two-digit positions, said once.
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = `${'# comment\n'.repeat(10)}sections: [{ id: sec-a }, { id: sec-b, id: sec-c }]\n` as unknown as Data;
      }),
    ).toEqual(['content/guide.yaml: line 11, column 40: not valid YAML: Map keys must be unique']);
  });

  it('reports schema errors with the dotted field path', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'][0]['id'] = 'Done!';
        node(f, 'start')['answers'][1]['code'] = '';
      }),
    ).toEqual([
      'content/flows/diag.yaml: nodes.start.answers[1].code: Too small: expected string to have >=1 characters',
      'content/flows/diag.yaml: nodes.fix-step.answers[0].id: expected a kebab-case id such as "check-pslog"',
    ]);
    // A top-level file that does not fit the schema stops the load before the flows are read.
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'][0]['id'] = 'Done!';
        f['guide.yaml']!['extra'] = true;
      }),
    ).toEqual(['content/guide.yaml: Unrecognized key: "extra"']);
    expect(
      problemsOf((f) => {
        f['guide.yaml'] = [];
      }),
    ).toEqual(['content/guide.yaml: Invalid input: expected object, received array']);
  });
});

describe('flows', () => {
  it('requires at least one answer on a procedure, and two on a question', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'] = [];
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.fix-step.answers: a procedure leads somewhere: give it at least one answer']);
    expect(
      problemsOf((f) => {
        node(f, 'start')['answers'].pop();
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.start.answers: a question offers at least two answers']);
    // Leaving the list out breaks the same rule.
    expect(
      problemsOf((f) => {
        delete node(f, 'start')['answers'];
        delete node(f, 'fix-step')['answers'];
      }),
    ).toEqual([
      'content/flows/diag.yaml: nodes.start.answers: a question offers at least two answers',
      'content/flows/diag.yaml: nodes.fix-step.answers: a procedure leads somewhere: give it at least one answer',
    ]);
    // Something else than a list is still reported as such.
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'] = 'done';
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.fix-step.answers: Invalid input: expected array, received string']);
  });

  it('reports an answer id used twice in one node', () => {
    expect(
      problemsOf((f) => {
        node(f, 'start')['answers'].push({ id: 'yes', next: 'fixed' });
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.start.answers: answer id "yes" is used twice']);
  });

  it('reports a step id used twice in one node', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['steps'].push({ id: 'step-one' });
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.fix-step.steps: step id "step-one" is used twice']);
  });

  it('reports an answer that leads nowhere', () => {
    expect(
      problemsOf((f) => {
        node(f, 'start')['answers'][1]['next'] = 'nowhere';
      }),
    ).toEqual([
      'content/flows/diag.yaml: nodes.start.answers[1].next: points to node "nowhere", which does not exist',
      'content/flows/diag.yaml: nodes.escalate: no path from the start node "start" reaches this node',
    ]);
  });

  it('reports a start node that does not exist, and nothing that follows from it', () => {
    expect(
      problemsOf((f) => {
        flow(f)['start'] = 'begin';
      }),
    ).toEqual(['content/flows/diag.yaml: start: start node "begin" does not exist']);
  });

  it('reports a cycle with the path that closes it', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'].push({ id: 'again', next: 'start' });
        for (const locale of ['en', 'ro']) text(f, locale, 'flows/diag.yaml')['nodes']['fix-step']['answers']['again'] = 'Again';
      }),
    ).toEqual(['content/flows/diag.yaml: nodes.start: is part of a cycle: start -> fix-step -> start']);
  });

  it('is not confused by two answers leading to the same node', () => {
    expect(
      problemsOf((f) => {
        node(f, 'start')['answers'][1]['next'] = 'fix-step';
        node(f, 'fix-step')['answers'].push({ id: 'stuck', next: 'escalate' });
        for (const locale of ['en', 'ro']) text(f, locale, 'flows/diag.yaml')['nodes']['fix-step']['answers']['stuck'] = 'Stuck';
      }),
    ).toEqual([]);
  });

  it('reports a flow whose id is not its file name', () => {
    expect(
      problemsOf((f) => {
        flow(f)['id'] = 'other';
      }),
    ).toEqual(['content/flows/diag.yaml: id: must be "diag", the file\'s name']);
  });

  it('reports a flow file that meta.yaml does not list, and a listed flow without a file', () => {
    expect(
      problemsOf((f) => {
        f['flows/extra.yaml'] = flow(f);
      }),
    ).toEqual(['content/flows/extra.yaml: flow "extra" is not listed under "flows" in content/meta.yaml']);
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['flows'] = ['diag', 'gone'];
        f['flows/notes.txt'] = 'not a flow' as unknown as Data;
        // Targets in a flow that cannot be read are not reported again as missing.
        f['signatures.yaml']!['signatures'][0]['target'] = 'flow:gone/start';
      }),
    ).toEqual(['content/flows/gone.yaml: file is missing']);
  });

  it('reports the flows of meta.yaml as missing when there is no flows folder', () => {
    expect(
      problemsOf((f) => {
        delete f['flows/diag.yaml'];
        f['coverage.yaml']!['sections']['sec-a'] = ['procedure:proc-a'];
        f['signatures.yaml']!['signatures'][0]['target'] = 'page:logs';
      }),
    ).toEqual(['content/flows/diag.yaml: file is missing']);
  });

  it('reports unknown guide sections, references, procedures and error codes on a flow and its nodes', () => {
    expect(
      problemsOf((f) => {
        flow(f)['sources'] = ['sec-a', 'sec-z'];
        const fix = node(f, 'fix-step');
        fix['links'] = ['ref-a', 'ref-z'];
        fix['procedures'] = ['proc-z'];
        fix['codes'] = ['200010', '999999'];
        fix['sources'] = ['sec-y'];
      }),
    ).toEqual([
      'content/flows/diag.yaml: sources[1]: guide section "sec-z" is not listed in content/guide.yaml',
      'content/flows/diag.yaml: nodes.fix-step.codes[1]: error code "999999" is not in content/codes.yaml',
      'content/flows/diag.yaml: nodes.fix-step.sources[0]: guide section "sec-y" is not listed in content/guide.yaml',
      'content/flows/diag.yaml: nodes.fix-step.links[1]: reference "ref-z" is not in content/references.yaml',
      'content/flows/diag.yaml: nodes.fix-step.procedures[0]: procedure "proc-z" is not in content/procedures.yaml',
    ]);
  });
});

describe('"Did this fix it?" and the causes of a symptom', () => {
  /** Adds a question "probe" under "no": p1 leads to fix-step, p2 to the escalation. */
  const withProbe = (f: Record<string, Data>) => {
    node(f, 'start')['answers'][1]['next'] = 'probe';
    flow(f)['nodes']['probe'] = {
      kind: 'question',
      sources: ['sec-a'],
      answers: [
        { id: 'p1', next: 'fix-step' },
        { id: 'p2', next: 'escalate' },
      ],
    };
    for (const locale of ['en', 'ro'])
      text(f, locale, 'flows/diag.yaml')['nodes']['probe'] = { title: 'Probe', body: 'Body', why: 'Why', answers: { p1: 'P1', p2: 'P2' } };
  };

  it('requires the flow escalation, and that it is an escalation', () => {
    expect(problemsOf((f) => delete flow(f)['escalation'])).toEqual([
      'content/flows/diag.yaml: escalation: Invalid input: expected string, received undefined',
    ]);
    expect(problemsOf((f) => (flow(f)['escalation'] = 'fixed'))).toEqual([
      'content/flows/diag.yaml: escalation: "fixed" is not an escalation',
    ]);
    expect(problemsOf((f) => (flow(f)['escalation'] = 'nowhere'))).toEqual([
      'content/flows/diag.yaml: escalation: points to node "nowhere", which does not exist',
    ]);
  });

  it('accepts causes below the node that names them, and gives the fix\'s "not fixed" each of them as a target', () => {
    const root = content((f) => {
      withProbe(f);
      // The probe leads nowhere back onto the path.
      flow(f)['nodes']['probe']['answers'][0]['next'] = 'escalate';
      node(f, 'start')['causes'] = ['fixed', 'probe'];
      node(f, 'start')['escalation'] = 'escalate';
    });
    const result = loadContent(root);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.graph.flows['diag']?.nodes['fixed']?.answers.map((a) => [a.id, a.options])).toEqual([
      ['fixed', undefined],
      ['not-fixed', ['probe', 'escalate']],
    ]);
  });

  it('reports causes that do not exist, are listed twice or are not below the node, and escalations that are not', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['causes'] = ['fixed', 'fixed', 'nowhere', 'start', 'fix-step'];
        node(f, 'fix-step')['escalation'] = 'fixed';
      }),
    ).toEqual([
      'content/flows/diag.yaml: nodes.fix-step.causes: cause "fixed" is listed twice',
      'content/flows/diag.yaml: nodes.fix-step.causes[2]: points to node "nowhere", which does not exist',
      'content/flows/diag.yaml: nodes.fix-step.causes[3]: "start" is not a step below "fix-step", so it cannot be one of its causes',
      'content/flows/diag.yaml: nodes.fix-step.causes[4]: "fix-step" is not a step below "fix-step", so it cannot be one of its causes',
      'content/flows/diag.yaml: nodes.fix-step.escalation: "fixed" is not an escalation',
    ]);
    expect(problemsOf((f) => (node(f, 'fix-step')['escalation'] = 'escalate'))).toEqual([
      'content/flows/diag.yaml: nodes.fix-step.escalation: an escalation here needs "causes" to end',
    ]);
    expect(problemsOf((f) => (node(f, 'fix-step')['causes'] = ['fixed']))).toEqual([
      'content/flows/diag.yaml: nodes.fix-step.causes: a symptom with causes names at least two of them',
    ]);
    // A fix names no causes: it is one.
    expect(problemsOf((f) => (node(f, 'fixed')['causes'] = ['fixed', 'escalate']))).toEqual([
      'content/flows/diag.yaml: nodes.fixed: Unrecognized key: "causes"',
    ]);
  });

  it('sends an answer that leads back onto the path on as "not fixed" would: no step is offered twice', () => {
    const root = content((f) => {
      withProbe(f);
      node(f, 'start')['causes'] = ['fixed', 'probe'];
    });
    const result = loadContent(root);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const diag = result.graph.flows['diag']!;
    // The probe's p1 points at fix-step, already made: with every cause tried, the path escalates.
    const answers = { start: 'yes', 'fix-step': 'done', fixed: 'not-fixed', probe: 'p1' };
    expect(followAnswers(diag, answers).map((step) => step.node.id)).toEqual(['start', 'fix-step', 'fixed', 'probe', 'escalate']);
    expect(diag.nodes['probe']?.answers[0]?.options).toEqual(['fix-step', 'fixed', 'probe', 'escalate']);
  });

  it('reports several answers to tick on a node with fewer than two of them leading to its causes', () => {
    expect(
      problemsOf((f) => {
        node(f, 'start')['multiple'] = true;
        node(f, 'start')['causes'] = ['fix-step', 'fixed'];
      }),
    ).toEqual([
      'content/flows/diag.yaml: nodes.start.multiple: several answers can be ticked only when at least two of them lead to one of the node\'s "causes"',
    ]);
  });

  it('words "Did this fix it?" once, in the UI: text for its answers on a fix is surplus', () => {
    expect(
      problemsOf((f) => {
        text(f, 'ro', 'flows/diag.yaml')['nodes']['fixed']['answers'] = { fixed: 'Da' };
      }),
    ).toEqual(['content/text/ro/flows/diag.yaml: nodes.fixed.answers.fixed: there is no answer "fixed" to put this text on']);
  });
});

describe('hand-over to another diagnosis', () => {
  it('reports a hand-over to a diagnosis that does not exist, or to its own', () => {
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'][0] = { id: 'done', handover: { flow: 'nowhere', step: 'start' } };
      }),
    ).toContain('content/flows/diag.yaml: nodes.fix-step.answers[0].handover: diagnosis "nowhere" does not exist');
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'][0] = { id: 'done', handover: { flow: 'diag', step: 'start' } };
      }),
    ).toContain(
      'content/flows/diag.yaml: nodes.fix-step.answers[0].handover: a hand-over leads to another diagnosis; within this one, use "next"',
    );
  });

  it('reports an answer with both "next" and "handover", or neither', () => {
    const message =
      'content/flows/diag.yaml: nodes.fix-step.answers[0].next: an answer leads somewhere: give it either "next" or "handover", not both';
    expect(
      problemsOf((f) => {
        node(f, 'fix-step')['answers'][0] = { id: 'done', next: 'fixed', handover: { flow: 'other', step: 'start' } };
      }),
    ).toEqual([message]);
    expect(problemsOf((f) => (node(f, 'fix-step')['answers'][0] = { id: 'done' }))).toEqual([message]);
  });

  it('reports a step the other diagnosis does not have, and accepts one it has', () => {
    const second = (f: Record<string, Data>, step: string) => {
      f['meta.yaml']!['flows'].push('other');
      f['flows/other.yaml'] = { ...structuredClone(flow(f)), id: 'other' };
      for (const locale of ['en', 'ro']) f[`text/${locale}/flows/other.yaml`] = structuredClone(text(f, locale, 'flows/diag.yaml'));
      node(f, 'start')['answers'].push({ id: 'elsewhere', handover: { flow: 'other', step } });
      for (const locale of ['en', 'ro']) text(f, locale, 'flows/diag.yaml')['nodes']['start']['answers']['elsewhere'] = 'Elsewhere';
    };
    expect(problemsOf((f) => second(f, 'nowhere'))).toEqual([
      'content/flows/diag.yaml: nodes.start.answers[2].handover: diagnosis "other" has no step "nowhere"',
    ]);
    const root = content((f) => second(f, 'fix-step'));
    const result = loadContent(root);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    // The hand-over ends this flow's path at its own node.
    expect(result.graph.flows['diag']?.nodes['start']?.answers[2]).toEqual({
      id: 'elsewhere',
      next: 'start',
      handover: { flow: 'other', step: 'fix-step' },
    });
  });
});

describe('meta.yaml', () => {
  it('reports a default locale that is not among the locales', () => {
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['defaultLocale'] = 'nl';
      }),
    ).toEqual(['content/meta.yaml: defaultLocale: "nl" is not one of the locales']);
  });

  it('reports a locale or a flow listed twice', () => {
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['locales'] = ['en', 'ro', 'en'];
        f['meta.yaml']!['flows'] = ['diag', 'diag'];
      }),
    ).toEqual(['content/meta.yaml: locales: locale "en" is listed twice', 'content/meta.yaml: flows: flow "diag" is listed twice']);
  });

  it('reports a change newer than the content version, and changes out of order', () => {
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['changes'] = [{ version: 2 }, { version: 4 }];
      }),
    ).toEqual(['content/meta.yaml: changes[1].version: is newer than contentVersion 3']);
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['changes'] = [{ version: 2 }, { version: 2 }, { version: 1 }, { version: 3 }];
      }),
    ).toEqual([
      'content/meta.yaml: changes[1].version: changes must be listed in increasing version order',
      'content/meta.yaml: changes[2].version: changes must be listed in increasing version order',
    ]);
    // The current version itself is allowed.
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['changes'] = [{ version: 3 }];
      }),
    ).toEqual([]);
  });
});

describe('lists of ids', () => {
  it('reports every id listed twice, once', () => {
    expect(
      problemsOf((f) => {
        f['guide.yaml']!['sections'].push({ id: 'sec-a' }, { id: 'sec-a' });
        f['references.yaml']!['topics'].push('topic-a');
        f['references.yaml']!['references'].push({ id: 'ref-a', kind: 'tool', topic: 'topic-a', url: 'https://example.com/b' });
        f['procedures.yaml']!['procedures'].push({ id: 'proc-a', sources: ['sec-a'], steps: [{ id: 'p-step' }] });
        f['codes.yaml']!['codes'].push({ code: '200010', family: 'end-user', sources: ['sec-b'] });
        f['logs.yaml']!['logs'].push({ id: 'log-a', host: 'XSP', sources: ['sec-b'] });
        f['articles.yaml']!['articles'].push({ id: 'art-a', sources: ['sec-b'] });
        f['signatures.yaml']!['signatures'].push({ id: 'sig-a', pattern: 'def', target: 'page:codes' });
      }),
    ).toEqual([
      'content/guide.yaml: sections: section "sec-a" is listed twice',
      'content/references.yaml: references: reference "ref-a" is listed twice',
      'content/references.yaml: topics: topic "topic-a" is listed twice',
      'content/procedures.yaml: procedures: procedure "proc-a" is listed twice',
      'content/codes.yaml: codes: code "200010" is listed twice',
      'content/logs.yaml: logs: log "log-a" is listed twice',
      'content/articles.yaml: articles: article "art-a" is listed twice',
      'content/signatures.yaml: signatures: signature "sig-a" is listed twice',
    ]);
  });

  it('reports a step id used twice in a procedure', () => {
    expect(
      problemsOf((f) => {
        f['procedures.yaml']!['procedures'][0]['steps'].push({ id: 'p-step' });
      }),
    ).toEqual(['content/procedures.yaml: procedures[0].steps: step id "p-step" is used twice']);
  });

  it('reports a finding id used twice, also between findings and blocks', () => {
    expect(
      problemsOf((f) => {
        f['log-catalogue.yaml']!['blocks'][0]['id'] = 'f-one';
        for (const locale of ['en', 'ro']) delete text(f, locale, 'log-catalogue.yaml')['findings']['b-one'];
      }),
    ).toEqual(['content/log-catalogue.yaml: findings: finding "f-one" is listed twice']);
  });

  it('reports a reference under a topic that is not in the topics list', () => {
    expect(
      problemsOf((f) => {
        f['references.yaml']!['references'][0]['topic'] = 'topic-z';
      }),
    ).toEqual(['content/references.yaml: references[0].topic: topic "topic-z" is not in the topics list']);
  });

  it('reports unknown sections, references and procedures on codes, logs, articles and procedures', () => {
    expect(
      problemsOf((f) => {
        f['codes.yaml']!['codes'][1]['links'] = ['ref-z'];
        f['codes.yaml']!['codes'][1]['procedures'] = ['proc-z'];
        f['logs.yaml']!['logs'][0]['sources'] = ['sec-z'];
        f['articles.yaml']!['articles'][0]['links'] = ['ref-y'];
        f['articles.yaml']!['articles'][0]['procedures'] = ['proc-y'];
        f['procedures.yaml']!['procedures'][0]['links'] = ['ref-x'];
        f['procedures.yaml']!['procedures'][0]['sources'] = ['sec-x'];
      }),
    ).toEqual([
      'content/codes.yaml: codes[1].links[0]: reference "ref-z" is not in content/references.yaml',
      'content/codes.yaml: codes[1].procedures[0]: procedure "proc-z" is not in content/procedures.yaml',
      'content/logs.yaml: logs[0].sources[0]: guide section "sec-z" is not listed in content/guide.yaml',
      'content/articles.yaml: articles[0].links[0]: reference "ref-y" is not in content/references.yaml',
      'content/articles.yaml: articles[0].procedures[0]: procedure "proc-y" is not in content/procedures.yaml',
      'content/procedures.yaml: procedures[0].sources[0]: guide section "sec-x" is not listed in content/guide.yaml',
      'content/procedures.yaml: procedures[0].links[0]: reference "ref-x" is not in content/references.yaml',
    ]);
  });
});

describe('coverage, signatures and the log catalogue', () => {
  it('reports a guide section mapped to nothing, and a mapped section the guide does not have', () => {
    expect(
      problemsOf((f) => {
        const sections = f['coverage.yaml']!['sections'];
        sections['sec-c'] = sections['sec-b'];
        delete sections['sec-b'];
      }),
    ).toEqual([
      'content/coverage.yaml: sections.sec-b: this guide section is not mapped to anything that encodes it',
      'content/coverage.yaml: sections.sec-c: there is no guide section "sec-c" in content/guide.yaml',
    ]);
  });

  it('reports each kind of target that does not exist', () => {
    expect(
      problemsOf((f) => {
        f['coverage.yaml']!['sections']['sec-b'] = [
          'flow:gone/start',
          'flow:diag/gone',
          'procedure:gone',
          'code:999999',
          'article:gone',
          'log:gone',
          'page:logs',
          'flow:diag/fixed',
        ];
      }),
    ).toEqual([
      'content/coverage.yaml: sections.sec-b[0]: flow "gone" does not exist',
      'content/coverage.yaml: sections.sec-b[1]: node "gone" of flow "diag" does not exist',
      'content/coverage.yaml: sections.sec-b[2]: procedure "gone" does not exist',
      'content/coverage.yaml: sections.sec-b[3]: error code "999999" does not exist',
      'content/coverage.yaml: sections.sec-b[4]: article "gone" does not exist',
      'content/coverage.yaml: sections.sec-b[5]: log "gone" does not exist',
    ]);
  });

  it('reports signature and log catalogue targets that do not exist, and unknown log kinds', () => {
    expect(
      problemsOf((f) => {
        f['signatures.yaml']!['signatures'][0]['target'] = 'flow:diag/gone';
        const catalogue = f['log-catalogue.yaml']!;
        catalogue['findings'][0]['target'] = 'procedure:gone';
        catalogue['findings'][0]['kinds'] = ['pslog', 'xsp'];
        catalogue['blocks'][0]['target'] = 'article:gone';
        catalogue['signIn']['target'] = 'log:gone';
        catalogue['signIn']['stopped'] = 'code:999999';
        catalogue['signIn']['steps'][0]['refused'] = 'flow:gone/x';
      }),
    ).toEqual([
      'content/signatures.yaml: signatures[0].target: node "gone" of flow "diag" does not exist',
      'content/log-catalogue.yaml: findings[0].target: procedure "gone" does not exist',
      'content/log-catalogue.yaml: findings[0].kinds[1]: log kind "xsp" is not under "kinds"',
      'content/log-catalogue.yaml: blocks[0].target: article "gone" does not exist',
      'content/log-catalogue.yaml: signIn.target: log "gone" does not exist',
      'content/log-catalogue.yaml: signIn.stopped: error code "999999" does not exist',
      'content/log-catalogue.yaml: signIn.steps[0].refused: flow "gone" does not exist',
    ]);
  });

  it('reports bridge targets, ladder lanes and platforms that do not exist, and a ladder that never starts', () => {
    expect(
      problemsOf((f) => {
        const catalogue = f['log-catalogue.yaml']!;
        catalogue['bridge']['ip']['target'] = 'flow:diag/gone';
        catalogue['bridge']['statuses']['409']['target'] = 'code:999998';
        catalogue['signIn']['lanes'] = ['idp', 'app'];
        catalogue['signIn']['steps'][0]['requires'] = { platform: 'tv', pattern: 'xx', reason: 'X', target: 'flow:diag/start' };
      }),
    ).toEqual([
      'content/log-catalogue.yaml: signIn.steps[0].arrow: lane "xsi" is not under "signIn.lanes"',
      'content/log-catalogue.yaml: signIn.steps[0].requires.platform: platform "tv" is not under "signIn.platforms"',
      'content/log-catalogue.yaml: bridge.ip.target: node "gone" of flow "diag" does not exist',
      'content/log-catalogue.yaml: bridge.statuses.409.target: error code "999998" does not exist',
    ]);
    expect(
      problemsOf((f) => {
        delete f['log-catalogue.yaml']!['signIn']['steps'][0]['starts'];
      }),
    ).toEqual(['content/log-catalogue.yaml: signIn.steps: at least one step starts an attempt ("starts: true")']);
  });

  it('accepts a finding without kinds and a sign-in step without a refused target', () => {
    expect(
      problemsOf((f) => {
        delete f['log-catalogue.yaml']!['findings'][0]['kinds'];
        delete f['log-catalogue.yaml']!['signIn']['steps'][0]['refused'];
      }),
    ).toEqual([]);
  });
});

describe('text in each locale', () => {
  it('reports text missing for a node, and text for a node that does not exist', () => {
    expect(
      problemsOf((f) => {
        const nodes = text(f, 'ro', 'flows/diag.yaml')['nodes'];
        nodes['gone'] = nodes['fixed'];
        delete nodes['fixed'];
      }),
    ).toEqual([
      'content/text/ro/flows/diag.yaml: nodes.fixed: text for node "fixed" is missing',
      'content/text/ro/flows/diag.yaml: nodes.gone: there is no node "gone" to put this text on',
    ]);
  });

  it('requires "why" on a question and a procedure, in every locale', () => {
    expect(
      problemsOf((f) => {
        delete text(f, 'en', 'flows/diag.yaml')['nodes']['start']['why'];
        delete text(f, 'ro', 'flows/diag.yaml')['nodes']['fix-step']['why'];
      }),
    ).toEqual([
      'content/text/en/flows/diag.yaml: nodes.start.why: a question or procedure explains why it matters: "why" is missing',
      'content/text/ro/flows/diag.yaml: nodes.fix-step.why: a question or procedure explains why it matters: "why" is missing',
    ]);
  });

  it('reports an optional "why" given in one locale but not in the default one', () => {
    expect(
      problemsOf((f) => {
        text(f, 'ro', 'flows/diag.yaml')['nodes']['fixed']['why'] = 'Why (ro)';
        text(f, 'en', 'flows/diag.yaml')['nodes']['escalate']['why'] = 'Why (en)';
      }),
    ).toEqual([
      'content/text/ro/flows/diag.yaml: nodes.fixed.why: is present in one locale but not in the default locale',
      'content/text/ro/flows/diag.yaml: nodes.escalate.why: is present in one locale but not in the default locale',
    ]);
    // In every locale alike, it is fine.
    expect(
      problemsOf((f) => {
        for (const locale of ['en', 'ro']) text(f, locale, 'flows/diag.yaml')['nodes']['fixed']['why'] = 'Why';
      }),
    ).toEqual([]);
  });

  it('reports answer and step text that is missing or has nothing to go on', () => {
    expect(
      problemsOf((f) => {
        const fix = text(f, 'ro', 'flows/diag.yaml')['nodes']['fix-step'];
        fix['answers'] = { finished: 'Gata' };
        delete fix['steps'];
      }),
    ).toEqual([
      'content/text/ro/flows/diag.yaml: nodes.fix-step.answers.done: text for answer "done" is missing',
      'content/text/ro/flows/diag.yaml: nodes.fix-step.answers.finished: there is no answer "finished" to put this text on',
      'content/text/ro/flows/diag.yaml: nodes.fix-step.steps.step-one: text for step "step-one" is missing',
    ]);
  });

  it('reports missing and surplus text in every other file of a locale', () => {
    expect(
      problemsOf((f) => {
        const t = (file: string) => text(f, 'ro', file);
        t('guide.yaml')['sections'] = { 'sec-a': 'A', 'sec-c': 'C' };
        t('references.yaml')['topics'] = {};
        t('references.yaml')['references'] = { 'ref-a': 'A', 'ref-z': 'Z' };
        t('procedures.yaml')['procedures']['proc-a']['steps'] = { other: 'x' };
        t('codes.yaml')['codes'] = { '200010': { meaning: 'M', action: 'A' }, '300002': { meaning: 'M' } };
        t('logs.yaml')['logs'] = {};
        t('articles.yaml')['articles'] = { 'art-a': { title: 'A', body: 'B' }, 'art-z': { title: 'Z', body: 'B' } };
        t('log-catalogue.yaml')['kinds'] = { xsp: 'XSP' };
        t('log-catalogue.yaml')['findings'] = { 'f-one': 'F' };
        t('log-catalogue.yaml')['signIn']['steps'] = {};
      }),
    ).toEqual([
      'content/text/ro/log-catalogue.yaml: kinds.pslog: text for log kind "pslog" is missing',
      'content/text/ro/log-catalogue.yaml: kinds.xsp: there is no log kind "xsp" to put this text on',
      'content/text/ro/log-catalogue.yaml: findings.b-one: text for finding "b-one" is missing',
      'content/text/ro/log-catalogue.yaml: findings.ip-one: text for finding "ip-one" is missing',
      'content/text/ro/log-catalogue.yaml: findings.br-409: text for finding "br-409" is missing',
      'content/text/ro/log-catalogue.yaml: signIn.steps.s-one: text for sign-in step "s-one" is missing',
      'content/text/ro/codes.yaml: codes.300001: text for code "300001" is missing',
      'content/text/ro/codes.yaml: codes.300002: there is no code "300002" to put this text on',
      'content/text/ro/logs.yaml: logs.log-a: text for log "log-a" is missing',
      'content/text/ro/articles.yaml: articles.art-z: there is no article "art-z" to put this text on',
      'content/text/ro/guide.yaml: sections.sec-b: text for guide section "sec-b" is missing',
      'content/text/ro/guide.yaml: sections.sec-c: there is no guide section "sec-c" to put this text on',
      'content/text/ro/references.yaml: topics.topic-a: text for topic "topic-a" is missing',
      'content/text/ro/references.yaml: references.ref-z: there is no reference "ref-z" to put this text on',
      'content/text/ro/procedures.yaml: procedures.proc-a.steps.p-step: text for step "p-step" is missing',
      'content/text/ro/procedures.yaml: procedures.proc-a.steps.other: there is no step "other" to put this text on',
    ]);
  });

  it('reports a procedure without text, and text for a procedure that does not exist', () => {
    expect(
      problemsOf((f) => {
        const procs = text(f, 'en', 'procedures.yaml')['procedures'];
        procs['proc-z'] = procs['proc-a'];
        delete procs['proc-a'];
      }),
    ).toEqual([
      'content/text/en/procedures.yaml: procedures.proc-a: text for procedure "proc-a" is missing',
      'content/text/en/procedures.yaml: procedures.proc-z: there is no procedure "proc-z" to put this text on',
    ]);
  });

  it('requires the suggested action on end-user codes, alike in every locale', () => {
    expect(
      problemsOf((f) => {
        delete text(f, 'ro', 'codes.yaml')['codes']['200010']['action'];
      }),
    ).toEqual([
      'content/text/ro/codes.yaml: codes.200010.action: every end-user code gives the suggested action: "action" is missing',
      'content/text/ro/codes.yaml: codes.200010.action: is present in one locale but not in the default locale',
    ]);
    expect(
      problemsOf((f) => {
        text(f, 'ro', 'codes.yaml')['codes']['300001']['action'] = 'Sync (ro)';
      }),
    ).toEqual(['content/text/ro/codes.yaml: codes.300001.action: is present in one locale but not in the default locale']);
    // A directory-sync code may have an action, when every locale gives it.
    expect(
      problemsOf((f) => {
        for (const locale of ['en', 'ro']) text(f, locale, 'codes.yaml')['codes']['300001']['action'] = 'Sync';
      }),
    ).toEqual([]);
  });

  it("requires a sign-in stop's general-practice reading in every locale or in none", () => {
    expect(
      problemsOf((f) => {
        text(f, 'ro', 'log-catalogue.yaml')['signIn']['steps']['s-one']['practice'] = 'Practice (ro)';
      }),
    ).toEqual(['content/text/ro/log-catalogue.yaml: signIn.steps.s-one.practice: is present in one locale but not in the default locale']);
    expect(
      problemsOf((f) => {
        text(f, 'en', 'log-catalogue.yaml')['signIn']['steps']['s-one']['practice'] = 'Practice (en)';
      }),
    ).toEqual(['content/text/ro/log-catalogue.yaml: signIn.steps.s-one.practice: is present in one locale but not in the default locale']);
    expect(
      problemsOf((f) => {
        for (const locale of ['en', 'ro']) text(f, locale, 'log-catalogue.yaml')['signIn']['steps']['s-one']['practice'] = 'Practice';
      }),
    ).toEqual([]);
  });

  it('compares with the default locale even when it is not the first one listed', () => {
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['locales'] = ['en', 'ro'];
        f['meta.yaml']!['defaultLocale'] = 'ro';
        text(f, 'en', 'codes.yaml')['codes']['300001']['action'] = 'Sync (en)';
        text(f, 'en', 'flows/diag.yaml')['nodes']['fixed']['why'] = 'Why (en)';
      }),
    ).toEqual([
      'content/text/en/codes.yaml: codes.300001.action: is present in one locale but not in the default locale',
      'content/text/en/flows/diag.yaml: nodes.fixed.why: is present in one locale but not in the default locale',
    ]);
  });

  it('compares every other locale with the default one, not with the locale before it', () => {
    expect(
      problemsOf((f) => {
        f['meta.yaml']!['locales'] = ['en', 'ro', 'nl'];
        text(f, 'ro', 'flows/diag.yaml')['nodes']['fixed']['why'] = 'Why (ro)';
        text(f, 'ro', 'codes.yaml')['codes']['300001']['action'] = 'Sync (ro)';
      }),
    ).toEqual([
      'content/text/ro/codes.yaml: codes.300001.action: is present in one locale but not in the default locale',
      'content/text/ro/flows/diag.yaml: nodes.fixed.why: is present in one locale but not in the default locale',
    ]);
  });

  it('reports a missing or invalid text file of one locale, and no content', () => {
    expect(
      problemsOf((f) => {
        delete f['text/ro/logs.yaml'];
        text(f, 'en', 'flows/diag.yaml')['title'] = ' ';
      }),
    ).toEqual(['content/text/en/flows/diag.yaml: title: text must not be empty', 'content/text/ro/logs.yaml: file is missing']);
    for (const file of [
      'guide.yaml',
      'references.yaml',
      'procedures.yaml',
      'codes.yaml',
      'articles.yaml',
      'search-phrases.yaml',
      'log-catalogue.yaml',
      'flows/diag.yaml',
    ]) {
      expect(
        problemsOf((f) => {
          delete f[`text/ro/${file}`];
        }),
      ).toEqual([`content/text/ro/${file}: file is missing`]);
    }
  });
});

describe('synonyms.yaml', () => {
  const groups = (files: Record<string, Data>): Data[] => files['synonyms.yaml']!['groups'];

  it('gives the vocabulary to the search, as written', () => {
    const result = loadContent(content());
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.synonyms).toEqual([{ id: 'sign-in', en: ['sign in', 'login'], ro: ['autentificare'], nl: ['aanmelden'] }]);
  });

  it('is required: without it the search would silently lose its vocabulary', () => {
    expect(
      problemsOf((f) => {
        delete f['synonyms.yaml'];
      }),
    ).toEqual(['content/synonyms.yaml: file is missing']);
  });

  it('reports a malformed term, a missing language and an unknown key with the field', () => {
    expect(
      problemsOf((f) => {
        groups(f)[0]!.en = ['Sign In', 'login'];
        delete groups(f)[0]!.nl;
        groups(f)[0]!.fr = ['connexion'];
      }),
    ).toEqual([
      'content/synonyms.yaml: groups[0].en[0]: expected a lower-case word or phrase such as "sign in" or "e-mail"',
      'content/synonyms.yaml: groups[0].nl: Invalid input: expected array, received undefined',
      'content/synonyms.yaml: groups[0]: Unrecognized key: "fr"',
    ]);
    expect(
      problemsOf((f) => {
        groups(f)[0]!.ro = [];
      }),
    ).toEqual(['content/synonyms.yaml: groups[0].ro: every language needs at least one term']);
  });

  it('reports a term in two groups of one language, or twice in one group, diacritics ignored', () => {
    expect(
      problemsOf((f) => {
        groups(f).push({ id: 'password', en: ['password', 'login'], ro: ['parolă', 'parola'], nl: ['wachtwoord'] });
        groups(f).push({ id: 'sign-in', en: ['signin'], ro: ['conectare'], nl: ['inloggen'] });
      }),
    ).toEqual([
      'content/synonyms.yaml: groups: group "sign-in" is listed twice',
      'content/synonyms.yaml: groups[1].en: "login" is already in group "sign-in": a term belongs to one group',
      'content/synonyms.yaml: groups[1].ro: "parola" is listed twice in group "password"',
    ]);
  });
});

describe('search phrases', () => {
  it('reports a phrase given for a step, procedure, log, code, article or reference that does not exist', () => {
    expect(
      problemsOf((files) => {
        text(files, 'ro', 'search-phrases.yaml')['phrases'] = {
          'flow:diag/nowhere': ['x'],
          'log:log-b': ['y'],
          'flow:diag/start': ['z'],
          'reference:ref-a': ['a'],
          'reference:ref-z': ['b'],
          'code:999999': ['c'],
          'article:gone': ['d'],
        };
      }),
    ).toEqual([
      'content/text/ro/search-phrases.yaml: phrases.flow:diag/nowhere: node "nowhere" of flow "diag" does not exist',
      'content/text/ro/search-phrases.yaml: phrases.log:log-b: log "log-b" does not exist',
      'content/text/ro/search-phrases.yaml: phrases.reference:ref-z: reference "ref-z" does not exist',
      'content/text/ro/search-phrases.yaml: phrases.code:999999: error code "999999" does not exist',
      'content/text/ro/search-phrases.yaml: phrases.article:gone: article "gone" does not exist',
    ]);
  });

  it('reports a phrase key of a kind nothing can be found as', () => {
    expect(
      problemsOf((files) => {
        text(files, 'ro', 'search-phrases.yaml')['phrases'] = { 'page:logs': ['x'] };
      }),
    ).toEqual([expect.stringMatching(/^content\/text\/ro\/search-phrases\.yaml: phrases/)]);
  });
});
