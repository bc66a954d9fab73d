import { describe, expect, it } from 'vitest';
import type { ContentGraph } from '../../content/types';
import { paths } from '../../shared/paths';
import { withoutPrototypes } from '../../content/null-prototype';
import { answersTo } from '../../content/graph-paths';
import { formatOrigin } from '../../content/handover';
import { checklistSteps, locationFor, originLocation, readStepUrl } from './step-url';
import { realContent } from '../../build/real-content';

const content = realContent();
const read = (stepId: string, query: string, graph: ContentGraph = content, flowId = 'provisioning') =>
  readStepUrl(graph, flowId, stepId, new URLSearchParams(query));

describe('readStepUrl', () => {
  it('reads a step and its answers, in path order', () => {
    const result = read('request-target', 'v=1&scope=not-sure&pslog-capture=status-403');
    expect(result.ok && result.state.stepId).toBe('request-target');
    expect(result.ok && result.state.location.answers).toEqual([
      ['scope', 'not-sure'],
      ['pslog-capture', 'status-403'],
    ]);
  });

  it('opens an earlier step with later answers kept', () => {
    const result = read('scope', 'v=1&scope=not-sure&pslog-capture=status-403');
    expect(result.ok && result.state.answers).toEqual({ scope: 'not-sure', 'pslog-capture': 'status-403' });
  });

  it('round-trips through the URL builder', () => {
    const result = read('request-target', 'pslog-capture=status-403&scope=not-sure');
    if (!result.ok) throw new Error('expected ok');
    expect(paths.step('ro', result.state.location)).toBe(
      '/ro/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403',
    );
  });

  it('leaves out answers that are off the path', () => {
    const result = read('scope', 'v=1&scope=not-sure&user-errors=no-error');
    expect(result.ok && result.state.answers).toEqual({ scope: 'not-sure' });
  });

  it.each([
    ['unknown flow', 'scope', 'v=1', 'nope', 'unknown-flow'],
    ['unknown step', 'no-such-step', 'v=1&scope=not-sure', 'provisioning', 'unknown-step'],
    ['step off the path', 'apply-patch', 'v=1&scope=not-sure', 'provisioning', 'unreachable-step'],
    ['unknown question', 'scope', 'v=1&bogus=yes', 'provisioning', 'unknown-question'],
    ['unknown answer', 'scope', 'v=1&scope=maybe', 'provisioning', 'unknown-answer'],
    ['newer version', 'scope', 'v=99', 'provisioning', 'newer-version'],
    ['bad version', 'scope', 'v=abc', 'provisioning', 'malformed-query'],
    ['duplicate parameter', 'scope', 'v=1&scope=not-sure&scope=some-users', 'provisioning', 'malformed-query'],
    ['bad parameter name', 'scope', 'v=1&<script>=1', 'provisioning', 'malformed-query'],
    ['bad value', 'scope', 'v=1&scope=%00%FF', 'provisioning', 'malformed-query'],
  ])('reports %s', (_name, stepId, query, flowId, kind) => {
    const result = read(stepId, query, content, flowId);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe(kind);
  });

  it('points a bad link to the furthest valid step', () => {
    const result = read('apply-patch', 'v=1&scope=not-sure&pslog-capture=status-403');
    expect(!result.ok && 'nearest' in result.problem && result.problem.nearest.stepId).toBe('request-target');
  });

  it('opens a link of an older content version, renaming and dropping what changed', () => {
    // A content history where version 2 renamed the answer "not-sure" and
    // version 3 (the current one) is the real graph.
    const graph: ContentGraph = {
      ...content,
      version: 3,
      changes: [{ version: 2, renamedAnswers: { scope: { unsure: 'not-sure' } } }],
    };
    const result = read('request-target', 'v=1&scope=unsure&pslog-capture=status-999', graph);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.migratedFrom).toBe(1);
    expect(result.state.dropped).toEqual([{ nodeId: 'pslog-capture', answerId: 'status-999' }]);
    expect(result.state.stepId).toBe('pslog-capture');
    expect(result.state.location.version).toBe(3);
  });

  it("reads answers ticked together, in the node's order, in a short readable link", () => {
    const result = read('enable-calling', 'v=1&check-client=no-icon&should-register=wrong-behavior.no-connector', content, 'calling');
    if (!result.ok) throw new Error('expected ok');
    expect(result.state.answers).toEqual({ 'check-client': 'no-icon', 'should-register': 'no-connector.wrong-behavior' });
    expect(paths.step('en', result.state.location)).toBe(
      '/en/diagnose/calling/enable-calling?v=1&check-client=no-icon&should-register=no-connector.wrong-behavior',
    );
    // The fix of the second ticked fault is on the path once the first did not help.
    const on = read(
      'fix-calling-behavior',
      'v=1&check-client=no-icon&should-register=no-connector.wrong-behavior&enable-calling=not-fixed',
      content,
      'calling',
    );
    expect(on.ok && on.state.stepId).toBe('fix-calling-behavior');
  });

  it('still opens a link made when the node took one answer', () => {
    const result = read('enable-calling', 'v=1&check-client=no-icon&should-register=no-connector', content, 'calling');
    expect(result.ok && result.state.answers).toEqual({ 'check-client': 'no-icon', 'should-register': 'no-connector' });
  });

  it.each([
    [
      'an answer given alone mixed into the set',
      'calling',
      'should-register',
      'check-client=no-icon&should-register=no-connector.all-correct',
    ],
    ['the same answer twice', 'calling', 'should-register', 'check-client=no-icon&should-register=no-connector.no-connector'],
    ['several answers on a node that takes one', 'provisioning', 'scope', 'scope=some-users.not-sure'],
  ])('refuses %s', (_name, flowId, stepId, query) => {
    const result = read(stepId, `v=1&${query}`, content, flowId);
    expect(!result.ok && result.problem.kind).toBe('unknown-answer');
  });

  it('renames each ticked answer of an older link on its own', () => {
    const graph: ContentGraph = {
      ...content,
      version: 3,
      changes: [{ version: 2, renamedAnswers: { 'should-register': { 'no-entitlement': 'no-connector' } } }],
    };
    const result = read('enable-calling', 'v=1&check-client=no-icon&should-register=wrong-behavior.no-entitlement', graph, 'calling');
    expect(result.ok && result.state.answers['should-register']).toBe('no-connector.wrong-behavior');
  });

  it('never throws, whatever the query', () => {
    const samples = [
      '',
      '&&&',
      '=',
      'v=',
      'v=0',
      'v=1e3',
      '%',
      'a=b=c',
      'x'.repeat(5000),
      Array.from({ length: 500 }, (_, i) => `p${String(i)}=a`).join('&'),
    ];
    for (const query of samples) expect(() => read('scope', query)).not.toThrow();
  });
});

const provisioning = content.flows.provisioning!;
/** Where a link with no answers opens: the start of the flow. */
const start = { flowId: 'provisioning', stepId: 'scope', answers: [], version: 1, ticks: [] };
/** Where a link that only answered "scope: not sure" opens. */
const afterNotSure = { flowId: 'provisioning', stepId: 'pslog-capture', answers: [['scope', 'not-sure']], version: 1, ticks: [] };

describe('readStepUrl: what a bad link is told', () => {
  it.each([
    ['an unknown flow', 'nope', 'scope', 'v=1', { kind: 'unknown-flow', flowId: 'nope' }],
    [
      'a parameter given twice',
      'provisioning',
      'scope',
      'v=1&scope=not-sure&scope=some-users',
      { kind: 'malformed-query', detail: 'duplicate', param: 'scope', nearest: afterNotSure },
    ],
    [
      'a tick parameter given twice',
      'provisioning',
      'scope',
      't.scope=a&t.scope=b',
      { kind: 'malformed-query', detail: 'duplicate', param: 't.scope', nearest: start },
    ],
    [
      'a shared case given twice',
      'provisioning',
      'scope',
      'case=a&case=b',
      { kind: 'malformed-query', detail: 'duplicate', param: 'case', nearest: start },
    ],
    [
      'version zero',
      'provisioning',
      'scope',
      'scope=not-sure&v=0',
      { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    ],
    [
      'a version with a leading zero',
      'provisioning',
      'scope',
      'v=01',
      { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    ],
    [
      'a version of seven digits',
      'provisioning',
      'scope',
      'v=1000000',
      { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    ],
    [
      'a version after junk',
      'provisioning',
      'scope',
      'v=a1',
      { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    ],
    [
      'a version before junk',
      'provisioning',
      'scope',
      'v=1a',
      { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    ],
    ['an empty version', 'provisioning', 'scope', 'v=', { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start }],
    ['a newer version', 'provisioning', 'scope', 'scope=not-sure&v=2', { kind: 'newer-version', version: 2, nearest: afterNotSure }],
    ['a six-digit newer version', 'provisioning', 'scope', 'v=999999', { kind: 'newer-version', version: 999999, nearest: start }],
    [
      'a name with capitals',
      'provisioning',
      'scope',
      'scope=not-sure&Scope=x',
      { kind: 'malformed-query', detail: 'bad-name', param: 'Scope', nearest: afterNotSure },
    ],
    [
      'a name ending in a dash',
      'provisioning',
      'scope',
      'scope-=x',
      { kind: 'malformed-query', detail: 'bad-name', param: 'scope-', nearest: start },
    ],
    [
      'a name starting with a dash',
      'provisioning',
      'scope',
      '-scope=x',
      { kind: 'malformed-query', detail: 'bad-name', param: '-scope', nearest: start },
    ],
    [
      'a name with a double dash',
      'provisioning',
      'scope',
      'a--b=x',
      { kind: 'malformed-query', detail: 'bad-name', param: 'a--b', nearest: start },
    ],
    [
      'a name of 81 characters',
      'provisioning',
      'scope',
      `${'a'.repeat(81)}=x`,
      { kind: 'malformed-query', detail: 'bad-name', param: 'a'.repeat(81), nearest: start },
    ],
    [
      'a name of 80 characters',
      'provisioning',
      'scope',
      `${'a'.repeat(80)}=x`,
      { kind: 'unknown-question', nodeId: 'a'.repeat(80), nearest: start },
    ],
    [
      'a value with capitals',
      'provisioning',
      'scope',
      'scope=not-sure&pslog-capture=Status-403',
      { kind: 'malformed-query', detail: 'bad-value', param: 'pslog-capture', nearest: afterNotSure },
    ],
    [
      'a value ending in a dash',
      'provisioning',
      'scope',
      'scope=not-',
      { kind: 'malformed-query', detail: 'bad-value', param: 'scope', nearest: start },
    ],
    [
      'a value starting with a dash',
      'provisioning',
      'scope',
      'scope=-not',
      { kind: 'malformed-query', detail: 'bad-value', param: 'scope', nearest: start },
    ],
    [
      'a value of 81 characters',
      'provisioning',
      'scope',
      `scope=${'a'.repeat(81)}`,
      { kind: 'malformed-query', detail: 'bad-value', param: 'scope', nearest: start },
    ],
    [
      'a value of 80 characters',
      'provisioning',
      'scope',
      `scope=${'a'.repeat(80)}`,
      { kind: 'unknown-answer', nodeId: 'scope', answerId: 'a'.repeat(80), nearest: start },
    ],
    [
      'an unknown question',
      'provisioning',
      'scope',
      'scope=not-sure&bogus=yes',
      { kind: 'unknown-question', nodeId: 'bogus', nearest: afterNotSure },
    ],
    [
      'an unknown answer',
      'provisioning',
      'scope',
      'scope=not-sure&pslog-capture=maybe',
      { kind: 'unknown-answer', nodeId: 'pslog-capture', answerId: 'maybe', nearest: afterNotSure },
    ],
    [
      'an unknown step',
      'provisioning',
      'no-such-step',
      'v=1&scope=not-sure',
      { kind: 'unknown-step', stepId: 'no-such-step', nearest: afterNotSure },
    ],
    [
      'a step off the path',
      'provisioning',
      'apply-patch',
      'v=1&scope=not-sure',
      { kind: 'unreachable-step', stepId: 'apply-patch', nearest: afterNotSure },
    ],
  ])('%s', (_name, flowId, stepId, query, problem) => {
    expect(read(stepId, query, content, flowId)).toEqual({ ok: false, problem });
  });

  it('reads at most 200 parameters', () => {
    const ticks = (n: number) => Array.from({ length: n }, (_, i) => `t.n${String(i)}=a`);
    const at200 = read('scope', ticks(200).join('&'));
    expect(at200.ok && at200.state.stepId).toBe('scope');
    expect(read('scope', [...ticks(198), 'scope=not-sure', 'v=x'].join('&'))).toEqual({
      ok: false,
      problem: { kind: 'malformed-query', detail: 'bad-version', param: 'v', nearest: start },
    });
    // Past 200 the link is refused, pointing at the start whatever it answered.
    expect(read('scope', ['scope=not-sure', ...ticks(200)].join('&'))).toEqual({
      ok: false,
      problem: { kind: 'malformed-query', detail: 'too-long', param: 't.n199', nearest: start },
    });
  });
});

describe('readStepUrl: a good link', () => {
  it('gives the state and its canonical location', () => {
    expect(read('pslog-capture', 'v=1&pslog-capture=status-403&scope=not-sure&case=abc')).toEqual({
      ok: true,
      state: {
        flow: provisioning,
        stepId: 'pslog-capture',
        answers: { scope: 'not-sure', 'pslog-capture': 'status-403' },
        assumed: [],
        ticks: {},
        sharedCase: 'abc',
        dropped: [],
        location: {
          flowId: 'provisioning',
          stepId: 'pslog-capture',
          answers: [
            ['scope', 'not-sure'],
            ['pslog-capture', 'status-403'],
          ],
          version: 1,
          ticks: [],
        },
      },
    });
  });

  it('takes a link without a version as one of the current version, with no migration notice', () => {
    const result = read('scope', '');
    expect(result.ok && result.state).toEqual({
      flow: provisioning,
      stepId: 'scope',
      answers: {},
      assumed: [],
      ticks: {},
      dropped: [],
      location: start,
    });
    expect(result.ok && 'migratedFrom' in result.state).toBe(false);
    expect(result.ok && 'sharedCase' in result.state).toBe(false);
  });

  it('keeps an empty shared case as given', () => {
    const result = read('scope', 'case=');
    expect(result.ok && result.state.sharedCase).toBe('');
  });

  it('keeps the ticks of checklists on the path, in checklist order, the lists in path order', () => {
    const result = read(
      'wait-for-user',
      'v=1&scope=not-sure&pslog-capture=status-200' +
        '&t.wait-for-user.check-user-helpdesk=copy-details.sign-in' +
        '&t.pslog-capture=read-status.no-such-step.test-user' +
        '&t.enterprise-settings=read-system' +
        '&t.wait-for-user.raise-case=x' +
        '&t.wait-for-user=x',
    );
    if (!result.ok) throw new Error(result.problem.kind);
    expect(result.state.ticks).toEqual({
      'pslog-capture': ['test-user', 'read-status'],
      'wait-for-user.check-user-helpdesk': ['sign-in', 'copy-details'],
    });
    expect(result.state.location.ticks).toEqual([
      ['pslog-capture', ['test-user', 'read-status']],
      ['wait-for-user.check-user-helpdesk', ['sign-in', 'copy-details']],
    ]);
    expect(paths.step('en', result.state.location)).toBe(
      '/en/diagnose/provisioning/wait-for-user?v=1&scope=not-sure&pslog-capture=status-200' +
        '&t.pslog-capture=test-user.read-status&t.wait-for-user.check-user-helpdesk=sign-in.copy-details',
    );
  });

  it.each([
    ['a checklist name with capitals', 't.Pslog-capture=test-user'],
    ['a checklist name with two dots', 't.pslog-capture.a.b=test-user'],
    ['an empty checklist name', 't.=test-user'],
    ['a checklist name of 81 characters', `t.pslog-capture.${'a'.repeat(81)}=test-user`],
    ['a step id with capitals', 't.pslog-capture=Test-user'],
    ['an empty step id', 't.pslog-capture=test-user..read-status'],
    ['a trailing dot', 't.pslog-capture=test-user.'],
    ['a step id of 81 characters', `t.pslog-capture=test-user.${'a'.repeat(81)}`],
    ['62 step ids', `t.pslog-capture=test-user${'.a'.repeat(61)}`],
    ['junk after the step ids', 't.pslog-capture=test-user read-status'],
    ['junk before the step ids', 't.pslog-capture= test-user'],
  ])('leaves out ticks with %s, and still opens the step', (_name, tick) => {
    const result = read('pslog-capture', `v=1&scope=not-sure&${tick}`);
    expect(result.ok && result.state.ticks).toEqual({});
    expect(result.ok && result.state.stepId).toBe('pslog-capture');
  });

  it('keeps ticks of up to 61 step ids of 80 characters', () => {
    const result = read('pslog-capture', `v=1&scope=not-sure&t.pslog-capture=test-user${`.${'a'.repeat(80)}`.repeat(60)}`);
    expect(result.ok && result.state.ticks).toEqual({ 'pslog-capture': ['test-user'] });
  });
});

describe('checklistSteps', () => {
  it("lists a node's own steps, or an embedded procedure's", () => {
    expect(checklistSteps(content, provisioning, 'pslog-capture')).toEqual(['test-user', 'assign-imp', 'find-post', 'read-status']);
    expect(checklistSteps(content, provisioning, 'scope')).toEqual([]);
    expect(checklistSteps(content, provisioning, 'wait-for-user.check-user-helpdesk')).toEqual([
      'sign-in',
      'search-user',
      'open-details',
      'copy-details',
    ]);
  });

  it('knows no checklist of an unknown node, or of a procedure the node does not embed or the content lacks', () => {
    expect(checklistSteps(content, provisioning, 'nope')).toBeUndefined();
    expect(checklistSteps(content, provisioning, '')).toBeUndefined();
    expect(checklistSteps(content, provisioning, 'wait-for-user.raise-case')).toBeUndefined();
    expect(checklistSteps(content, provisioning, 'pslog-capture.check-user-helpdesk')).toBeUndefined();
    const lacking: ContentGraph = { ...content, procedures: {} };
    expect(checklistSteps(lacking, provisioning, 'wait-for-user.check-user-helpdesk')).toBeUndefined();
  });
});

describe('locationFor', () => {
  it('lists the answers on the path in path order, without ticks unless given', () => {
    expect(
      locationFor(content, provisioning, 'scope', { 'pslog-capture': 'status-403', scope: 'not-sure', 'user-errors': 'no-error' }),
    ).toEqual({
      flowId: 'provisioning',
      stepId: 'scope',
      answers: [
        ['scope', 'not-sure'],
        ['pslog-capture', 'status-403'],
      ],
      version: 1,
      ticks: [],
    });
  });
});

describe('readStepUrl: a link made for an older content version', () => {
  // Version 1 called two nodes differently ("pslog", "helpdesk-wait") and had
  // a node "old-check" that is gone; version 2 renamed "first" to "second";
  // version 3 renamed "second" to "scope", an answer of the status question,
  // and a step id nobody renamed stays as it was.
  const history = (version: number, changes: ContentGraph['changes']): ContentGraph => withoutPrototypes({ ...content, version, changes });
  const graph = history(3, [
    { version: 2, renamedNodes: { pslog: 'pslog-capture', 'helpdesk-wait': 'wait-for-user', first: 'second' } },
    { version: 3, renamedNodes: { second: 'scope' }, renamedAnswers: { 'pslog-capture': { forbidden: 'status-403', ok: 'status-200' } } },
  ]);
  const readOld = (stepId: string, query: string) => read(stepId, query, graph);
  const okState = (stepId: string, query: string) => {
    const result = readOld(stepId, query);
    if (!result.ok) throw new Error(`expected ok, got ${result.problem.kind}`);
    return result.state;
  };

  it('follows renamed nodes and answers, through every version since the link', () => {
    const state = okState('request-target', 'v=1&first=not-sure&pslog=forbidden');
    expect(state.answers).toEqual({ scope: 'not-sure', 'pslog-capture': 'status-403' });
    expect(state.stepId).toBe('request-target');
    expect(state.dropped).toEqual([]);
    expect(state.migratedFrom).toBe(1);
    expect(state.location).toEqual({
      flowId: 'provisioning',
      stepId: 'request-target',
      answers: [
        ['scope', 'not-sure'],
        ['pslog-capture', 'status-403'],
      ],
      version: 3,
      ticks: [],
    });
  });

  it('applies only the renames made after the version of the link', () => {
    // At version 2 "second" already existed, and "first" no longer did.
    const fromTwo = okState('scope', 'v=2&second=not-sure&pslog-capture=forbidden');
    expect(fromTwo.answers).toEqual({ scope: 'not-sure', 'pslog-capture': 'status-403' });
    expect(fromTwo.migratedFrom).toBe(2);
    const stale = okState('scope', 'v=2&first=not-sure');
    expect(stale.answers).toEqual({});
    expect(stale.dropped).toEqual([{ nodeId: 'first', answerId: 'not-sure' }]);
    // A link of the current version is read as it is: old names are unknown.
    expect(readOld('scope', 'v=3&first=not-sure')).toEqual({
      ok: false,
      problem: { kind: 'unknown-question', nodeId: 'first', nearest: { ...start, version: 3 } },
    });
  });

  it('renames the step of the path itself', () => {
    // "pslog" is on the path but not at its end: a link that lost the rename
    // would open the last step instead.
    const state = okState('pslog', 'v=1&first=not-sure&pslog=forbidden');
    expect(state.stepId).toBe('pslog-capture');
    expect(state.location.stepId).toBe('pslog-capture');
    expect(paths.step('en', state.location)).toBe('/en/diagnose/provisioning/pslog-capture?v=3&scope=not-sure&pslog-capture=status-403');
    const chained = okState('first', 'v=1&first=not-sure');
    expect(chained.stepId).toBe('scope');
    // At version 2 "first" was already gone: not renamed, it gives way to the furthest step.
    expect(okState('first', 'v=2&second=not-sure').stepId).toBe('pslog-capture');
  });

  it('renames the node of ticked checklists, its own and its procedures', () => {
    const state = okState(
      'helpdesk-wait',
      'v=1&first=not-sure&pslog=ok&t.pslog=read-status.test-user&t.helpdesk-wait.check-user-helpdesk=search-user&t.first=x',
    );
    expect(state.stepId).toBe('wait-for-user');
    expect(state.ticks).toEqual({
      'pslog-capture': ['test-user', 'read-status'],
      'wait-for-user.check-user-helpdesk': ['search-user'],
    });
    expect(paths.step('en', state.location)).toBe(
      '/en/diagnose/provisioning/wait-for-user?v=3&scope=not-sure&pslog-capture=status-200' +
        '&t.pslog-capture=test-user.read-status&t.wait-for-user.check-user-helpdesk=search-user',
    );
  });

  it('drops answers of removed nodes and removed answers, and says which', () => {
    const state = okState('old-check', 'v=1&first=not-sure&old-check=yes&pslog=status-999');
    expect(state.dropped).toEqual([
      { nodeId: 'old-check', answerId: 'yes' },
      { nodeId: 'pslog-capture', answerId: 'status-999' },
    ]);
    expect(state.answers).toEqual({ scope: 'not-sure' });
    // The removed step itself gives way to the furthest step that remains.
    expect(state.stepId).toBe('pslog-capture');
    expect(state.migratedFrom).toBe(1);
    expect(state.location.version).toBe(3);
  });

  it('opens the furthest step when the old step is off the new path', () => {
    const state = okState('apply-patch', 'v=2&second=not-sure');
    expect(state.stepId).toBe('pslog-capture');
    expect(state.dropped).toEqual([]);
  });

  it('gives a link that reads back as the same step, without a notice', () => {
    const state = okState('pslog', 'v=1&first=not-sure&pslog=ok&t.pslog=test-user');
    const again = readOld(state.stepId, new URL(paths.step('en', state.location), 'http://x').search.slice(1));
    expect(again.ok && again.state.location).toEqual(state.location);
    expect(again.ok && 'migratedFrom' in again.state).toBe(false);
  });

  it('still refuses a malformed old link', () => {
    expect(readOld('scope', 'v=1&First=not-sure')).toEqual({
      ok: false,
      problem: { kind: 'malformed-query', detail: 'bad-name', param: 'First', nearest: { ...start, version: 3 } },
    });
  });
});

describe('"Did this fix it?" in the link', () => {
  const to18215 = 'scope=some-users&user-errors=error-18215-18211&primary-number=missing';

  it('carries "not fixed" like any answer, and opens the next untried cause', () => {
    const result = read('email-in-helpdesk', `v=1&${to18215}&assign-primary-number=not-fixed`);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.state.location.answers.at(-1)).toEqual(['assign-primary-number', 'not-fixed']);
    expect(paths.step('en', result.state.location)).toBe(
      `/en/diagnose/provisioning/email-in-helpdesk?v=1&${to18215}&assign-primary-number=not-fixed`,
    );
  });

  it('carries "fixed" on the fix itself, which stays the last step of the path', () => {
    const result = read('assign-primary-number', `v=1&${to18215}&assign-primary-number=fixed`);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.state.answers['assign-primary-number']).toBe('fixed');
    // The untried cause is not on a resolved path.
    expect(read('email-in-helpdesk', `v=1&${to18215}&assign-primary-number=fixed`)).toMatchObject({
      ok: false,
      problem: { kind: 'unreachable-step', stepId: 'email-in-helpdesk' },
    });
  });

  it('still opens a link made before fixes asked anything, at the same fix', () => {
    const result = read('assign-primary-number', `v=1&${to18215}`);
    expect(result.ok && result.state.stepId).toBe('assign-primary-number');
    expect(result.ok && result.state.dropped).toEqual([]);
  });

  it('refuses an answer a fix does not have', () => {
    expect(read('assign-primary-number', `v=1&${to18215}&assign-primary-number=maybe`)).toMatchObject({
      ok: false,
      problem: { kind: 'unknown-answer', nodeId: 'assign-primary-number', answerId: 'maybe' },
    });
  });
});

describe('a link across a hand-over', () => {
  /** Every hand-over of the content: the origin's answers up to and including it, and where it leads. */
  function handOvers() {
    const found: { flowId: string; nodeId: string; answerId: string; target: { flow: string; step: string }; pairs: [string, string][] }[] =
      [];
    for (const flow of Object.values(content.flows)) {
      for (const node of Object.values(flow.nodes)) {
        for (const answer of node.answers) {
          if (!answer.handover) continue;
          const before = answersTo(flow, node.id) ?? [];
          found.push({
            flowId: flow.id,
            nodeId: node.id,
            answerId: answer.id,
            target: answer.handover,
            pairs: [...before.map(([n, a]) => [n, a] as [string, string]), [node.id, answer.id]],
          });
        }
      }
    }
    return found;
  }

  it('opens the other diagnosis at the step handed over to, and keeps the origin in its canonical link', () => {
    const all = handOvers();
    expect(all.length).toBe(5);
    for (const h of all) {
      const from = formatOrigin({ flowId: h.flowId, answers: h.pairs });
      const result = readStepUrl(content, h.target.flow, h.target.step, new URLSearchParams({ v: '1', from }));
      if (!result.ok) throw new Error(`${h.flowId}/${h.nodeId}: ${JSON.stringify(result.problem)}`);
      expect(result.state.flow.start).toBe(h.target.step);
      expect(result.state.flow.origin?.flowId).toBe(h.flowId);
      expect(paths.step('en', result.state.location)).toBe(
        `/en/diagnose/${h.target.flow}/${h.target.step}?${new URLSearchParams({ v: '1', from }).toString()}`,
      );
    }
  });

  it('returns with Back from the first step of every hand-over to the step that handed over, its answer kept', () => {
    for (const h of handOvers()) {
      const from = formatOrigin({ flowId: h.flowId, answers: h.pairs });
      const entered = readStepUrl(content, h.target.flow, h.target.step, new URLSearchParams({ v: '1', from }));
      if (!entered.ok) throw new Error('expected ok');
      const back = originLocation(content, entered.state.flow);
      expect(back, `${h.flowId}/${h.nodeId}`).toBeDefined();
      const url = new URL(paths.step('en', back!), 'https://x.test');
      const returned = readStepUrl(content, h.flowId, h.nodeId, url.searchParams);
      if (!returned.ok) throw new Error(`${h.flowId}/${h.nodeId}: ${JSON.stringify(returned.problem)}`);
      expect(url.pathname).toBe(`/en/diagnose/${h.flowId}/${h.nodeId}`);
      expect(returned.state.stepId).toBe(h.nodeId);
      expect(returned.state.answers[h.nodeId]).toBe(h.answerId);
      // The other diagnosis's later steps go on from there: its own Back works as usual.
      expect(originLocation(content, returned.state.flow)).toBeUndefined();
    }
  });

  it('goes on in the other diagnosis with its own answers, the origin kept, and Back inside it as usual', () => {
    const from =
      'sign-in~symptom.sso-failed~device-types.assigned~auth-mode.broadworks~web-access-password.web-access~sign-in-id.typed-user-id~letter-case.exact~xsp-logs.no-token';
    const result = readStepUrl(
      content,
      'calling',
      'mtls-certificate',
      new URLSearchParams({ v: '1', from, 'auth-service': 'all-correct' }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.state.flow.start).toBe('auth-service');
    expect(result.state.location.answers).toEqual([['auth-service', 'all-correct']]);
    expect(result.state.location.from?.answers.at(-1)).toEqual(['xsp-logs', 'no-token']);
  });

  it('drops an origin that is malformed or does not end in a hand-over to this step', () => {
    for (const from of ['nonsense', 'webview~symptom.link-missing', 'sign-in~symptom.sso-failed']) {
      const result = readStepUrl(content, 'calling', 'check-client', new URLSearchParams({ v: '1', from }));
      expect(result.ok && result.state.flow.origin, from).toBeUndefined();
      expect(result.ok && result.state.location.from, from).toBeUndefined();
    }
    // Handed over to another step than the link names: a middle step of calling is then unreachable.
    const wrong = readStepUrl(
      content,
      'calling',
      'auth-service',
      new URLSearchParams({
        v: '1',
        from: 'webview~symptom.link-missing~check-template.template-right~check-calling.not-registered~fix-calling.open-calling',
      }),
    );
    expect(wrong).toMatchObject({ ok: false, problem: { kind: 'unreachable-step' } });
  });
});
