import { describe, expect, it } from 'vitest';
import type { ContentGraph } from '../../content/types';
import { paths } from '../../shared/paths';
import { readStepUrl } from './step-url';
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
