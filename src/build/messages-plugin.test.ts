import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { messagesPlugin } from './messages-plugin.ts';

const dir = mkdtempSync(join(tmpdir(), 'messages-plugin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hook = (this: unknown, id: string) => unknown;
const plugin = messagesPlugin(dir);
const resolveId = plugin.resolveId as Hook;
const watched: string[] = [];
const load = (id: string) => (plugin.load as Hook).call({ addWatchFile: (file: string) => watched.push(file) }, id);

/** Runs the module the plugin serves and returns its default export. */
async function run(code: unknown): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(String(code)).toString('base64')}`)) as { default: unknown };
  return module.default;
}

describe('messagesPlugin', () => {
  it('resolves virtual:messages/<locale> and nothing else', () => {
    expect(resolveId.call({}, 'virtual:messages/ro')).toBe('\0virtual:messages/ro');
    expect(resolveId.call({}, 'virtual:content/graph')).toBeUndefined();
    expect(load('\0virtual:content/graph')).toBeUndefined();
  });

  it('serves the catalogue with every message parsed, and watches its file', async () => {
    writeFileSync(join(dir, 'ro.json'), JSON.stringify({ a: 'Salut {name}', b: '{n, plural, one {# x} other {# y}}' }));
    watched.length = 0;
    expect(await run(load('\0virtual:messages/ro'))).toEqual({
      a: parse('Salut {name}'),
      b: parse('{n, plural, one {# x} other {# y}}'),
    });
    expect(watched).toEqual([`${dir}/ro.json`]);
  });

  it('fails the build on a bad module name, a catalogue that is not an object, or a message that is not a string', () => {
    expect(() => load('\0virtual:messages/../x')).toThrow('unknown messages module \0virtual:messages/../x');
    writeFileSync(join(dir, 'nl.json'), 'null');
    expect(() => load('\0virtual:messages/nl')).toThrow(`${dir}/nl.json: expected an object of messages`);
    writeFileSync(join(dir, 'nl.json'), JSON.stringify({ a: 'Hallo', b: 2 }));
    expect(() => load('\0virtual:messages/nl')).toThrow(`${dir}/nl.json: b: expected a string`);
  });

  it('fails the build on an element the app does not format, however deep', () => {
    for (const [message, type] of [
      ['{n, number, percent}', 'number'],
      ['{n, number, ::currency/EUR}', 'number'],
      ['{d, date, short}', 'date'],
      ['{n, plural, one {# at {t, time}} other {#}}', 'time'],
      ['{k, select, a {<b>x</b>} other {y}}', 'tag'],
    ]) {
      writeFileSync(join(dir, 'nl.json'), JSON.stringify({ a: 'Hallo', b: message }));
      expect(() => load('\0virtual:messages/nl'), message).toThrow(`${dir}/nl.json: b: the app does not format ICU ${type} elements`);
    }
    writeFileSync(
      join(dir, 'nl.json'),
      JSON.stringify({
        a: '{k, select, a {{n, plural, =0 {geen} one {# x} other {# y}}} other {{k}}}',
        b: 'in de eerste {n, number} tekens',
      }),
    );
    expect(() => load('\0virtual:messages/nl')).not.toThrow();
  });
});
