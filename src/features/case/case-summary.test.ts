import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { ContentGraph, ContentText, FlowNode } from '../../content/types';
import en from '../../i18n/messages/en.json';
import { createTranslator, type Messages } from '../../i18n/translator';
import { emptySheet } from './case-basics';
import type { CaseRecord } from './case-model';
import { caseSummary } from './case-summary';

const messages = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, parse(value)])) as unknown as Messages;
const t = createTranslator('en', messages);

const node = (id: string, answers: FlowNode['answers']): FlowNode => ({
  id,
  kind: answers.length === 0 ? 'resolution' : 'question',
  sources: [],
  links: [],
  procedures: [],
  codes: [],
  steps: [],
  answers,
});

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
