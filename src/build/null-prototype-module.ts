/**
 * The content modules the browser loads (virtual:content/*) are written as
 * object literals without a prototype, `{__proto__: null, ...}`, at every
 * level. A key that comes from outside (a URL path segment, a query
 * parameter, a saved case) then finds nothing but content on them (see
 * src/content/null-prototype.ts), and the browser builds them that way as it
 * runs the module, instead of copying every record once loaded
 * (withoutPrototypes on the graph alone took 35 ms of a cold page on the
 * build machine, 4x that on Lighthouse's throttled phone).
 */

/** A JavaScript expression for the JSON value of `value`, every object in it without a prototype. */
export function nullPrototypeLiteral(value: unknown): string {
  const json: unknown = JSON.parse(JSON.stringify(value));
  const write = (item: unknown, where: string): string => {
    if (Array.isArray(item)) return `[${item.map((entry, index) => write(entry, `${where}[${String(index)}]`)).join(',')}]`;
    if (typeof item !== 'object' || item === null) return JSON.stringify(item);
    const entries = Object.entries(item).map(([key, entry]) => {
      // In a literal, `"__proto__": x` sets the prototype: it cannot be a key of the content.
      if (key === '__proto__') throw new Error(`content: ${where} has a key named __proto__`);
      return `${JSON.stringify(key)}:${write(entry, `${where}.${key}`)}`;
    });
    return `{__proto__:null${entries.map((entry) => `,${entry}`).join('')}}`;
  };
  return write(json, 'the content');
}

/** An ES module whose default export is `value`, every object in it without a prototype. */
export function nullPrototypeModule(value: unknown): string {
  return `export default ${nullPrototypeLiteral(value)};`;
}
