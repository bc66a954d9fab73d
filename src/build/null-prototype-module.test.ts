import { describe, expect, it } from 'vitest';
import graph from 'virtual:content/graph';
import maps from 'virtual:content/maps';
import { content, loadContentText, loadFlowDetail } from '../content/content';
import { nullPrototypeLiteral, nullPrototypeModule } from './null-prototype-module';

/** Every object in `value`, however deep, that has a prototype: their paths. */
function withPrototype(value: unknown, where = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => withPrototype(item, `${where}[${String(index)}]`));
  if (typeof value !== 'object' || value === null) return [];
  const own = Object.getPrototypeOf(value) === null ? [] : [where];
  return [...own, ...Object.entries(value).flatMap(([key, item]) => withPrototype(item, `${where}.${key}`))];
}

/** Runs the module and returns its default export. */
async function run(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return module.default;
}

describe('content modules without prototypes', () => {
  it('write the JSON value of the content, every object without a prototype', async () => {
    const value = { a: [1, 'two', { b: null, c: true }], 'd-e': { f: 'a "quoted" \u2028 line' }, g: undefined, valueOf: 3 };
    const built = await run(nullPrototypeModule(value));
    expect(JSON.stringify(built)).toBe(JSON.stringify(value));
    expect(withPrototype(built)).toEqual([]);
    expect('constructor' in (built as object)).toBe(false);
    expect(Object.entries(built as object)).toContainEqual(['valueOf', 3]);
    expect(nullPrototypeModule([{}])).toBe('export default [{__proto__:null}];');
  });

  it('refuse a key named __proto__, which a literal would take for the prototype', () => {
    const value: unknown = JSON.parse('{"flows": {"x": {"__proto__": {"id": "y"}}}}');
    expect(() => nullPrototypeLiteral(value)).toThrow('content: the content.flows.x has a key named __proto__');
  });

  it('are what the app loads: the graph, a locale’s text, a diagnosis’s steps and its map', async () => {
    expect(withPrototype(graph)).toEqual([]);
    expect(content).toBe(graph);
    expect(withPrototype(await loadContentText.ro())).toEqual([]);
    expect(withPrototype(await loadFlowDetail('nl', 'calling'))).toEqual([]);
    expect(withPrototype((await maps.en?.['domain-claim']?.())?.default)).toEqual([]);
    expect('constructor' in content.flows).toBe(false);
  });
});
