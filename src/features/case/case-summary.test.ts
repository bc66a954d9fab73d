import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { ContentGraph, ContentText, FlowNode } from '../../content/types';
import en from '../../i18n/messages/en.json';
import { createTranslator, type Messages } from '../../i18n/translator';
import { handNode } from '../../build/hand-node';
import { loadContent } from '../../build/load-content';
import { emptySheet } from './case-basics';
import type { CaseRecord } from './case-model';
import { caseSummary } from './case-summary';

const messages = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, parse(value)])) as unknown as Messages;
const t = createTranslator('en', messages);

const node = (id: string, answers: FlowNode['answers']): FlowNode =>
  handNode(id, [], { kind: answers.length === 0 ? 'resolution' : 'question', answers });

const graph = {
  version: 7,
  guide: { title: 'Guide', version: '1.19', date: '2023-07-28' },
  flows: {
    provisioning: {
      id: 'provisioning',
      start: 'scope',
      sources: [],
      nodes: {
        scope: node('scope', [
          { id: 'one-user', next: 'fixed' },
          { id: 'not-sure', next: 'pslog' },
        ]),
        // Its answer leads back to the start: the path stops there, never loops.
        pslog: node('pslog', [{ id: 'captured', next: 'scope' }]),
        fixed: node('fixed', []),
      },
    },
  },
} as unknown as ContentGraph;

const text = {
  guideTitle: 'Webex Guide',
  flows: {
    provisioning: { title: 'Provisioning fails', summary: '', nodeTitles: { scope: 'How many users?', pslog: 'Capture PS.log' } },
  },
  flowDetails: {
    provisioning: { nodes: { scope: { title: 'How many users?', body: '', answers: { 'not-sure': 'Not sure yet' }, steps: {} } } },
  },
} as unknown as ContentText;

const record: CaseRecord = {
  format: 1,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  title: 'ACME phone',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:05:00.000Z',
  flowId: 'provisioning',
  stepId: 'pslog',
  answers: { scope: 'not-sure', pslog: 'captured' },
  ticks: {},
  evidence: { scope: 'whole enterprise' },
  sheet: {
    ...emptySheet('Europe/Bucharest'),
    ciUser: ' jane@example.com ',
    windowStart: '2026-11-20T09:00',
    windowEnd: '2026-11-20T10:00',
    platform: 'windows',
    logsSent: true,
  },
};

const link = 'https://support.example.net/en/diagnose/provisioning/pslog?v=7';
const now = new Date('2026-11-25T11:00:00.000Z');

describe('the case summary', () => {
  it('gives the case as plain text: facts, filled-in fields, the path with evidence, link, guide and date', () => {
    expect(caseSummary(record, graph, text, t, link, now).text).toBe(
      [
        'Case: ACME phone',
        'Diagnosis: Provisioning fails',
        'Current step: Capture PS.log',
        '',
        'User (CI e-mail address or UUID): jane@example.com',
        'When it happened: 2026-11-20 09:00 – 2026-11-20 10:00 (Europe/Bucharest)',
        'Client platform: Windows',
        'Client logs sent or collected: yes',
        'Calling environment data (ced.dat) exported: no',
        '',
        'Your answers:',
        '1. How many users? -> Not sure yet',
        '   Evidence: whole enterprise',
        '2. Capture PS.log -> captured',
        '',
        `Link (no personal data): ${link}`,
        'Based on the Webex Guide, version 1.19; content version 7.',
        'Generated: 2026-11-25T11:00:00.000Z',
      ].join('\n'),
    );
  });

  it('gives the same as Markdown: heading, field table, numbered path with quoted evidence', () => {
    expect(caseSummary(record, graph, text, t, link, now).markdown).toBe(
      [
        '## ACME phone',
        '',
        '**Diagnosis:** Provisioning fails  ',
        '**Current step:** Capture PS.log',
        '',
        '| Field | Value |',
        '| --- | --- |',
        '| User (CI e-mail address or UUID) | jane@example.com |',
        '| When it happened | 2026-11-20 09:00 – 2026-11-20 10:00 (Europe/Bucharest) |',
        '| Client platform | Windows |',
        '| Client logs sent or collected | yes |',
        '| Calling environment data (ced.dat) exported | no |',
        '',
        '### Your answers',
        '',
        '1. How many users? → **Not sure yet**',
        '   > whole enterprise',
        '2. Capture PS.log → **captured**',
        '',
        `Link (no personal data): <${link}>  `,
        'Based on the Webex Guide, version 1.19; content version 7.  ',
        'Generated: 2026-11-25T11:00:00.000Z',
      ].join('\n'),
    );
  });
});

describe('the path in the case summary', () => {
  const pathOf = (changes: Partial<CaseRecord>, g: ContentGraph = graph, x: ContentText = text) =>
    caseSummary({ ...record, ...changes }, g, x, t, link, now)
      .text.split('\n')
      .filter((line) => /^ {0,3}\d+\. |^ {3}Evidence/.test(line));

  it('stops at the first step not answered, or answered with an answer the step no longer has', () => {
    expect(pathOf({ answers: {} })).toEqual([]);
    expect(pathOf({ answers: { scope: 'gone', pslog: 'captured' } })).toEqual([]);
    expect(pathOf({ answers: { scope: 'not-sure', pslog: 'gone' } })).toEqual([
      '1. How many users? -> Not sure yet',
      '   Evidence: whole enterprise',
    ]);
  });

  it('stops where an answer leads to a step the diagnosis no longer has', () => {
    const broken = {
      ...graph,
      flows: { provisioning: { ...graph.flows.provisioning, nodes: { scope: node('scope', [{ id: 'not-sure', next: 'pslog' }]) } } },
    } as ContentGraph;
    expect(pathOf({}, broken)).toEqual(['1. How many users? -> Not sure yet', '   Evidence: whole enterprise']);
  });

  it('leaves out evidence that is empty', () => {
    expect(pathOf({ evidence: { scope: '', pslog: 'PS.log attached' } })).toEqual([
      '1. How many users? -> Not sure yet',
      '2. Capture PS.log -> captured',
      '   Evidence: PS.log attached',
    ]);
  });

  it('shows ids where the text has no title or answer wording', () => {
    const bare = {
      ...text,
      flows: { provisioning: { ...text.flows.provisioning, nodeTitles: {} } },
      flowDetails: {},
    } as unknown as ContentText;
    expect(pathOf({}, graph, bare)).toEqual(['1. scope -> not-sure', '   Evidence: whole enterprise', '2. pslog -> captured']);
  });

  it('has no path, and names the diagnosis and step by id, for a diagnosis the content no longer has', () => {
    const summary = caseSummary({ ...record, flowId: 'gone', stepId: 'old-step' }, graph, text, t, link, now);
    expect(summary.text.split('\n').slice(0, 3)).toEqual(['Case: ACME phone', 'Diagnosis: gone', 'Current step: old-step']);
    expect(summary.text).toContain('\nYour answers:\n\nLink (no personal data):');
    expect(summary.markdown.split('\n').slice(2, 4)).toEqual(['**Diagnosis:** gone  ', '**Current step:** old-step']);
    expect(summary.markdown).toContain('\n### Your answers\n\n\nLink (no personal data):');
  });

  it('has no path when the diagnosis has no text in this language', () => {
    const untranslated = { ...text, flows: {} } as unknown as ContentText;
    expect(pathOf({}, graph, untranslated)).toEqual([]);
  });
});

describe('user-entered text in the Markdown summary', () => {
  const hostile = '# Title *bold* _it_ `code` [link](x) <script>alert(1)</script> | a\\b\nnext line';
  const literal = '\\# Title \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<script\\>alert(1)\\</script\\> \\| a\\\\b next line';

  it('comes out literal, never as Markdown or HTML, and on one line', () => {
    const summary = caseSummary(
      { ...record, title: hostile, evidence: { scope: hostile }, sheet: { ...record.sheet, trackingId: hostile } },
      graph,
      text,
      t,
      link,
      now,
    );
    const lines = summary.markdown.split('\n');
    expect(lines[0]).toBe(`## ${literal}`);
    expect(lines).toContain(`| Tracking ID shown by the client | ${literal} |`);
    expect(lines).toContain(`   > ${literal}`);
    // The plain text keeps what the user typed.
    expect(summary.text.split('\n')[0]).toBe(`Case: ${hostile.split('\n')[0]}`);
  });

  it('escapes content text too: a diagnosis title, step titles and answer wording', () => {
    const marked = {
      ...text,
      flows: { provisioning: { title: 'SIP *REGISTER*', summary: '', nodeTitles: { scope: 'Users_count?', pslog: '<PS.log>' } } },
      flowDetails: { provisioning: { nodes: { scope: { answers: { 'not-sure': '`Not` sure' } } } } },
    } as unknown as ContentText;
    const lines = caseSummary(record, graph, marked, t, link, now).markdown.split('\n');
    expect(lines[2]).toBe('**Diagnosis:** SIP \\*REGISTER\\*  ');
    expect(lines[3]).toBe('**Current step:** \\<PS.log\\>');
    expect(lines).toContain('1. Users\\_count? → **\\`Not\\` sure**');
    expect(lines).toContain('2. \\<PS.log\\> → **captured**');
  });
});

describe('user-entered text that Markdown would still read', () => {
  const markdownOf = (value: string) =>
    caseSummary({ ...record, title: value, evidence: { scope: value } }, graph, text, t, link, now).markdown.split('\n');

  it('breaks no line at a lone carriage return, which Markdown reads as a line end', () => {
    expect(markdownOf('first\rsecond\r\nthird\nfourth').slice(0, 2)).toEqual(['## first second third fourth', '']);
  });

  it('shows ~~ and HTML entities as typed, not as strike-through or the character they name', () => {
    expect(markdownOf('~~old~~ &lt;b&gt; &amp;')[0]).toBe('## \\~\\~old\\~\\~ \\&lt;b\\&gt; \\&amp;');
  });

  it('makes no list, rule or code block of quoted evidence', () => {
    const quoted = (value: string) => markdownOf(value).find((line) => line.startsWith('   > '));
    expect(quoted('- one user')).toBe('   > \\- one user');
    expect(quoted('+ one user')).toBe('   > \\+ one user');
    expect(quoted('---')).toBe('   > \\---');
    expect(quoted('12. step')).toBe('   > 12\\. step');
    expect(quoted('3) step')).toBe('   > 3\\) step');
    expect(quoted('    indented log line')).toBe('   > indented log line');
    // Only at the start: the same marks within the text stay as they are.
    expect(quoted('ids 1-2 and 3. more + less')).toBe('   > ids 1-2 and 3. more + less');
  });
});

describe('the case summary of a resolved case', () => {
  it('says which fix resolved it and when, and shows "Did this fix it?" answered in the path', () => {
    const resolvedGraph = {
      ...graph,
      flows: {
        provisioning: {
          ...graph.flows['provisioning']!,
          nodes: {
            ...graph.flows['provisioning']!.nodes,
            fixed: node('fixed', [
              { id: 'fixed', next: 'fixed', confirms: 'fixed' },
              { id: 'not-fixed', next: 'scope', confirms: 'not-fixed' },
            ]),
          },
        },
      },
    } as unknown as ContentGraph;
    const resolvedText = {
      ...text,
      flows: { provisioning: { ...text.flows['provisioning']!, nodeTitles: { scope: 'How many users?', fixed: 'Assign the number' } } },
    } as unknown as ContentText;
    const resolved: CaseRecord = {
      ...record,
      stepId: 'fixed',
      answers: { scope: 'one-user', fixed: 'fixed' },
      evidence: {},
      outcome: { resolvedBy: 'fixed', resolvedAt: '2026-11-25T10:45:00.000Z' },
    };
    const summary = caseSummary(resolved, resolvedGraph, resolvedText, t, link, now);
    expect(summary.text).toContain(
      'Current step: Assign the number\nOutcome: Resolved at 2026-11-25T10:45:00.000Z by: Assign the number\n',
    );
    expect(summary.text).toContain('Your answers:\n1. How many users? -> one-user\n2. Assign the number -> Yes, it is fixed\n');
    expect(summary.markdown).toContain(
      '**Current step:** Assign the number  \n**Outcome: Resolved at 2026-11-25T10:45:00.000Z by: Assign the number**\n',
    );
    // Without an outcome there is no such line.
    expect(caseSummary({ ...resolved, outcome: undefined }, resolvedGraph, resolvedText, t, link, now).text).not.toContain('Outcome');
  });
});

describe('a case handed over to another diagnosis', () => {
  const handedOver = (originAssumed?: string[]) => {
    const g = {
      ...graph,
      flows: {
        ...graph.flows,
        calling: {
          id: 'calling',
          start: 'client',
          sources: [],
          nodes: { client: node('client', [{ id: 'no-icon', next: 'done' }]), done: node('done', []) },
        },
      },
    } as unknown as ContentGraph;
    const x = {
      ...text,
      flows: {
        ...text.flows,
        calling: { title: 'Calling does not work', summary: '', nodeTitles: { client: 'What does the app show?', done: 'Done' } },
      },
      flowDetails: {
        ...text.flowDetails,
        calling: { nodes: { client: { title: '', body: '', answers: { 'no-icon': 'No calling icon' }, steps: {} } } },
      },
    } as unknown as ContentText;
    const r: CaseRecord = {
      ...record,
      flowId: 'calling',
      stepId: 'done',
      answers: { client: 'no-icon' },
      origin: { flowId: 'provisioning', answers: [['scope', 'not-sure']], ...(originAssumed ? { assumed: originAssumed } : {}) },
    };
    return caseSummary(r, g, x, t, link, now);
  };

  it('marks the assumed answers of the diagnosis that handed over (issue 12 F)', () => {
    const lines = handedOver(['scope']).text.split('\n');
    expect(lines).toContain('1. How many users? -> Not sure yet (assumed, not confirmed)');
    expect(lines).toContain('1. What does the app show? -> No calling icon');
    expect(handedOver().text).not.toContain('assumed');
  });

  it('gives both parts of the path in plain text: where it was handed over from, then this diagnosis', () => {
    const lines = handedOver().text.split('\n');
    const from = lines.indexOf('Handed over from: Provisioning fails');
    expect(lines.indexOf('Your answers:')).toBeGreaterThan(-1);
    expect(from).toBeGreaterThan(lines.indexOf('Your answers:'));
    expect(lines.slice(from, from + 4)).toEqual([
      'Handed over from: Provisioning fails',
      '1. How many users? -> Not sure yet',
      '',
      '1. What does the app show? -> No calling icon',
    ]);
    expect(lines).toContain('Diagnosis: Calling does not work');
  });

  it('gives both parts in Markdown', () => {
    const md = handedOver().markdown;
    expect(md).toContain(
      '*Handed over from: Provisioning fails*\n\n1. How many users? → **Not sure yet**\n\n1. What does the app show? → **No calling icon**',
    );
  });

  it('has only its own part without a hand-over', () => {
    expect(caseSummary(record, graph, text, t, link, now).text).not.toContain('Handed over from');
  });
});

describe('assumed answers in the case summary (issue 12 F)', () => {
  it('says next to each answer nobody gave that it is assumed, in plain text and in Markdown', () => {
    const summary = caseSummary({ ...record, assumed: ['scope'] }, graph, text, t, link, now);
    expect(summary.text).toContain(
      '1. How many users? -> Not sure yet (assumed, not confirmed)\n   Evidence: whole enterprise\n2. Capture PS.log -> captured\n',
    );
    expect(summary.markdown).toContain(
      '1. How many users? → **Not sure yet** *(assumed, not confirmed)*\n   > whole enterprise\n2. Capture PS.log → **captured**\n',
    );
  });

  it('gives every answer as given when the case has no assumed answers (cases saved before they were marked)', () => {
    const summary = caseSummary(record, graph, text, t, link, now);
    expect(summary.text).not.toContain('assumed');
    expect(summary.markdown).not.toContain('assumed');
  });
});

describe('answers ticked together, in the case summary', () => {
  it('names each ticked fault on its line of the path', () => {
    const result = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
    if (!result.ok) throw new Error('content does not load');
    const ticked: CaseRecord = {
      ...record,
      flowId: 'calling',
      stepId: 'enable-calling',
      answers: { 'check-client': 'no-icon', 'should-register': 'no-connector.wrong-behavior' },
      evidence: {},
    };
    const summary = caseSummary(ticked, result.graph, result.texts.en, t, link, now).text;
    const words = result.texts.en.flowDetails['calling']?.nodes['should-register']?.answers ?? {};
    expect(summary).toContain(`-> ${words['no-connector'] ?? '?'}; ${words['wrong-behavior'] ?? '?'}`);
  });
});
