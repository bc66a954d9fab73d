import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from './load-content.ts';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const temps: string[] = [];

/** A copy of the real content in a temp folder, changed by `edit`. */
function contentWith(edit: (root: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temps.push(dir);
  const root = join(dir, 'content');
  cpSync(CONTENT, root, { recursive: true });
  edit(root);
  return root;
}

function replaceIn(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
  writeFileSync(path, after);
}

function problemsOf(root: string): string[] {
  const result = loadContent(root);
  return result.ok ? [] : result.problems.map(formatProblem);
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadContent', () => {
  it('accepts the real content, complete in every locale', () => {
    const result = loadContent(CONTENT);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.graph.locales).toEqual(['en', 'ro', 'nl']);
    expect(Object.keys(result.texts)).toEqual(['en', 'ro', 'nl']);
    expect(result.graph.flowOrder).toContain('provisioning');
  });

  it('reports a schema error with file and field', () => {
    const root = contentWith((r) => replaceIn(r, 'flows/provisioning.yaml', 'kind: question', 'kind: quiz'));
    expect(problemsOf(root).join('\n')).toMatch(/content\/flows\/provisioning\.yaml: nodes\.scope\.kind: /);
  });

  it('reports YAML syntax errors with a line number', () => {
    const root = contentWith((r) => replaceIn(r, 'meta.yaml', 'locales: [en, ro, nl]', 'locales: [en, ro, nl'));
    expect(problemsOf(root).join('\n')).toMatch(/content\/meta\.yaml: line \d+, column \d+: not valid YAML/);
  });

  it('reports an answer that leads to a node that does not exist', () => {
    const root = contentWith((r) => replaceIn(r, 'flows/provisioning.yaml', 'next: enterprise-settings', 'next: nowhere'));
    expect(problemsOf(root)).toContain(
      'content/flows/provisioning.yaml: nodes.scope.answers[0].next: points to node "nowhere", which does not exist',
    );
  });

  it('reports links to unknown references, procedures and guide sections', () => {
    const root = contentWith((r) => {
      replaceIn(r, 'flows/provisioning.yaml', 'links: [solution-guide-templates]', 'links: [no-such-document]');
      replaceIn(r, 'flows/provisioning.yaml', 'procedures: [check-user-helpdesk]', 'procedures: [no-such-procedure]');
      replaceIn(r, 'flows/provisioning.yaml', 'sources: [problems.provisioning.bridge-400]', 'sources: [problems.nowhere]');
    });
    const problems = problemsOf(root).join('\n');
    expect(problems).toMatch(/nodes\.enterprise-settings\.links\[0\]: reference "no-such-document" is not in content\/references\.yaml/);
    expect(problems).toMatch(
      /nodes\.email-in-helpdesk\.procedures\[0\]: procedure "no-such-procedure" is not in content\/procedures\.yaml/,
    );
    expect(problems).toMatch(/sources\[0\]: guide section "problems\.nowhere" is not listed in content\/guide\.yaml/);
  });

  it('reports a node that no path from the start reaches', () => {
    const root = contentWith((r) => replaceIn(r, 'flows/provisioning.yaml', '      - id: not-sure\n        next: pslog-capture\n', ''));
    // scope's answers still reach pslog-capture through other branches; make a real orphan:
    const orphan = contentWith((r) => {
      replaceIn(r, 'flows/provisioning.yaml', '      - id: status-other\n        next: subscriber-profile\n', '');
      replaceIn(
        r,
        'flows/provisioning.yaml',
        / {6}- id: other-message\n {8}next: subscriber-profile\n/,
        '      - id: other-message\n        next: escalate-provisioning\n',
      );
    });
    expect(problemsOf(root)).toEqual(
      ['en', 'ro', 'nl'].map(
        (locale) =>
          `content/text/${locale}/flows/provisioning.yaml: nodes.scope.answers.not-sure: there is no answer "not-sure" to put this text on`,
      ),
    );
    expect(problemsOf(orphan).join('\n')).toMatch(/nodes\.subscriber-profile: no path from the start node "scope" reaches this node/);
  });

  it('reports a dead end: a procedure without a way forward', () => {
    const root = contentWith((r) =>
      replaceIn(
        r,
        'flows/provisioning.yaml',
        / {4}answers:\n {6}- id: user-appeared\n {8}next: provisioned-async\n(?: {6}#.*\n)? {6}- id: user-missing\n {8}next: escalate-provisioning\n/,
        '',
      ),
    );
    // Only the rule itself: the flow cannot be read, so nothing pointing into it is reported again.
    expect(problemsOf(root)).toEqual([
      'content/flows/provisioning.yaml: nodes.wait-for-user.answers: a procedure leads somewhere: give it at least one answer',
    ]);
  });

  it('reports an answer id used twice in one node', () => {
    // The second "mismatch" leads to the same node and has the same text key: only the duplicate check can see it.
    const root = contentWith((r) =>
      replaceIn(
        r,
        'flows/provisioning.yaml',
        '      - id: mismatch\n',
        '      - id: mismatch\n        next: fix-enterprise-settings\n      - id: mismatch\n',
      ),
    );
    expect(problemsOf(root)).toEqual([
      'content/flows/provisioning.yaml: nodes.enterprise-settings.answers: answer id "mismatch" is used twice',
    ]);
  });

  it('reports a cycle', () => {
    const root = contentWith((r) => replaceIn(r, 'flows/provisioning.yaml', 'next: fix-email-domain', 'next: message-400'));
    expect(problemsOf(root).join('\n')).toMatch(/is part of a cycle: .*message-400 -> new-org-expected -> message-400/);
  });

  it('reports text missing in one locale, and text for nothing', () => {
    const root = contentWith((r) => {
      replaceIn(r, 'text/nl/flows/provisioning.yaml', /\n {6}not-sure: [^\n]+/, '');
      replaceIn(r, 'text/ro/references.yaml', /\n {2}help-desk: [^\n]+/, '\n  help-desks: Help Desk');
    });
    const problems = problemsOf(root);
    expect(problems).toContain(
      'content/text/nl/flows/provisioning.yaml: nodes.scope.answers.not-sure: text for answer "not-sure" is missing',
    );
    expect(problems).toContain('content/text/ro/references.yaml: references.help-desk: text for reference "help-desk" is missing');
    expect(problems).toContain(
      'content/text/ro/references.yaml: references.help-desks: there is no reference "help-desks" to put this text on',
    );
  });

  it('reports a missing locale file', () => {
    const root = contentWith((r) => rmSync(join(r, 'text/ro/guide.yaml')));
    expect(problemsOf(root)).toContain('content/text/ro/guide.yaml: file is missing');
  });

  it('rejects a reserved or malformed id', () => {
    const root = contentWith((r) => replaceIn(r, 'flows/provisioning.yaml', '      - id: mismatch\n', '      - id: Mismatch!\n'));
    expect(problemsOf(root).join('\n')).toMatch(/nodes\.enterprise-settings\.answers\[0\]\.id: expected a kebab-case id/);
  });
});

describe('coverage and signatures', () => {
  it('reports a guide section that nothing encodes, and a target that does not exist', () => {
    const root = contentWith((r) => {
      replaceIn(r, 'coverage.yaml', /\n {2}resources\.known-issues: [^\n]+/, '');
      replaceIn(r, 'coverage.yaml', 'flow:provisioning/user-in-ci]', 'flow:provisioning/no-such-node]');
    });
    const problems = problemsOf(root).join('\n');
    expect(problems).toMatch(/content\/coverage\.yaml: sections\.resources\.known-issues: this guide section is not mapped/);
    expect(problems).toMatch(
      /content\/coverage\.yaml: sections\.problems\.provisioning\.bridge-409\[0\]: node "no-such-node" of flow "provisioning" does not exist/,
    );
  });

  it('reports a signature that is not a valid pattern', () => {
    const root = contentWith((r) => replaceIn(r, 'signatures.yaml', 'pattern: broadworksTeamsClient', 'pattern: "broadworks(TeamsClient"'));
    expect(problemsOf(root).join('\n')).toMatch(/content\/signatures\.yaml: signatures\[\d+\]\.pattern: not a valid regular expression/);
  });

  it('reports a signature that points nowhere', () => {
    const root = contentWith((r) =>
      replaceIn(r, 'signatures.yaml', 'target: procedure:reset-webex-database', 'target: procedure:no-such-procedure'),
    );
    expect(problemsOf(root).join('\n')).toMatch(
      /content\/signatures\.yaml: signatures\[\d+\]\.target: procedure "no-such-procedure" does not exist/,
    );
  });

  it('reports an unknown error code on a node and an end-user code without an action', () => {
    const root = contentWith((r) => {
      replaceIn(r, 'flows/sign-in.yaml', '    codes:\n      - "100006"', '    codes:\n      - "999999"');
      replaceIn(r, 'text/en/codes.yaml', /(\n {2}"200010":\n {4}meaning: [^\n]+)\n {4}action: [^\n]+/, '$1');
    });
    const problems = problemsOf(root).join('\n');
    expect(problems).toMatch(
      /content\/flows\/sign-in\.yaml: nodes\.[a-z-]+\.codes\[0\]: error code "999999" is not in content\/codes\.yaml/,
    );
    expect(problems).toMatch(/content\/text\/en\/codes\.yaml: codes\.200010\.action: every end-user code gives the suggested action/);
  });
});
