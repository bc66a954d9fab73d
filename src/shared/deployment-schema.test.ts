import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeploymentConfig } from './deployment-schema';

/** The README's example: the first JSON block of its config.json section. */
function readmeExample(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Your own settings: `config.json`'));
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no config.json example');
  return block;
}

const valid = () => ({
  organization: { name: 'Example Telecom', banner: 'Internal use only' },
  contacts: [{ role: 'tier2', name: 'Voice tier 2', email: 'tier2@example.net', phone: '+31 20 555 0100', hours: '24/7' }],
  ticket: { url: 'https://tickets.example.net/new?t={flowTitle}&u={ciUser}' },
  feedback: { email: 'content@example.net' },
});

function problemsOf(data: unknown): string[] {
  const parsed = parseDeploymentConfig(JSON.stringify(data));
  return parsed.ok ? [] : parsed.problems;
}

describe('config.json', () => {
  it("accepts the README's example as it stands", () => {
    const parsed = parseDeploymentConfig(readmeExample());
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.config.organization?.name).toBe('Example Telecom');
    expect(parsed.config.contacts?.map((contact) => contact.role)).toEqual(['tier2', 'noc']);
    expect(parsed.config.ticket?.url).toMatch(/^https:\/\/tickets\.example\.net\/new\?/);
    expect(parsed.config.feedback?.email).toBe('troubleshooter-content@example.net');
  });

  it('accepts a full config and an empty one', () => {
    expect(parseDeploymentConfig(JSON.stringify(valid()))).toEqual({ ok: true, config: valid() });
    expect(parseDeploymentConfig('{}')).toEqual({ ok: true, config: {} });
  });

  it('says when the file is not JSON, or not an object', () => {
    const parsed = parseDeploymentConfig('{"organization": {"name": "A",}}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^\(the whole file\): is not valid JSON \(/);
    expect(problemsOf([1, 2])).toEqual(['(the whole file): must be a JSON object such as {"organization": {"name": "…"}}']);
  });

  it('names each unknown field with its path', () => {
    const data = { ...valid(), contact: [], organization: { name: 'A', banr: 'x' } };
    expect(problemsOf(data)).toEqual([
      'organization.banr: is not a known field (check its spelling; see the README)',
      'contact: is not a known field (check its spelling; see the README)',
    ]);
  });

  it('names the field and the problem for each kind of broken value', () => {
    const contact = (change: object) => ({ contacts: [{ role: 'noc', name: 'NOC', phone: '+1 555 0100', ...change }] });
    expect(problemsOf(contact({ email: 'not-an-address' }))).toEqual([
      'contacts[0].email: is not an e-mail address such as tier2@example.net',
    ]);
    expect(problemsOf(contact({ phone: 'call us' }))).toEqual(['contacts[0].phone: is not a phone number such as +31 20 123 4567']);
    expect(problemsOf(contact({ role: 'tier3' }))).toEqual(['contacts[0].role: must be "tier2" or "noc"']);
    expect(problemsOf(contact({ name: '  ' }))).toEqual(['contacts[0].name: must not be empty']);
    expect(problemsOf(contact({ name: 42 }))).toEqual(['contacts[0].name: must be a text (a JSON string)']);
    expect(problemsOf(contact({ hours: 'x'.repeat(101) }))).toEqual(['contacts[0].hours: must be at most 100 characters long']);
    expect(problemsOf({ contacts: [{ role: 'noc', phone: '+1 555 0100' }] })).toEqual(['contacts[0].name: is missing']);
    expect(problemsOf({ contacts: [{ role: 'noc', name: 'NOC' }] })).toEqual([
      'contacts[0]: needs an "email" or a "phone" (or both), or nobody can reach it',
    ]);
    expect(problemsOf({ contacts: { role: 'noc' } })).toEqual(['contacts: must be a list (a JSON array) of contacts']);
    expect(problemsOf({ organization: { name: 'A', banner: 'b'.repeat(201) } })).toEqual([
      'organization.banner: must be at most 200 characters long',
    ]);
    expect(problemsOf({ organization: {} })).toEqual(['organization.name: is missing']);
    expect(problemsOf({ feedback: { email: 'content at example.net' } })).toEqual([
      'feedback.email: is not an e-mail address such as tier2@example.net',
    ]);
    expect(problemsOf({ ticket: {} })).toEqual(['ticket.url: is missing']);
  });

  it('reports every problem at once, not only the first', () => {
    expect(problemsOf({ organization: { name: '' }, feedback: { email: 'x' } })).toHaveLength(2);
  });

  it('refuses a ticket link that is not http(s), and says why', () => {
    for (const url of [
      'javascript:alert(1)//{flow}',
      'JAVASCRIPT:alert(document.cookie)',
      'data:text/html,<script>1</script>',
      'mailto:x@example.net',
      '//tickets.example.net/{flow}',
    ])
      expect(problemsOf({ ticket: { url } })).toEqual([
        'ticket.url: must start with https:// or http:// (no other kind of link is opened)',
      ]);
  });

  it('refuses a ticket link with an unknown placeholder, or one in the host', () => {
    expect(problemsOf({ ticket: { url: 'https://t.example.net/new?x={password}' } })[0]).toMatch(
      /^ticket\.url: has unknown placeholder \{password\}; known placeholders are \{flow\}, /,
    );
    expect(problemsOf({ ticket: { url: 'https://{orgId}.example.net/new' } })).toEqual([
      'ticket.url: may use placeholders only after the host name (in the path, query or fragment)',
    ]);
    expect(problemsOf({ ticket: { url: 'https://t.example.net/new?x={flow' } })).toEqual([
      'ticket.url: has a "{" or "}" that does not belong to a placeholder such as {flow}',
    ]);
    expect(problemsOf({ ticket: { url: 'https://user:secret@t.example.net/new' } })).toEqual([
      'ticket.url: must not contain a user name or password',
    ]);
  });
});
