/**
 * Content records are looked up with keys that come from outside (URL path
 * segments, query parameters, saved cases). On a plain object, a key such as
 * "valueOf" or "constructor" finds Object.prototype's member; on an object
 * without a prototype it finds nothing. The content the browser loads is
 * built that way (src/build/null-prototype-module.ts); the build's own
 * loader (src/build/load-content.ts) rebuilds its records with this.
 */
export function withoutPrototypes<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutPrototypes(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = withoutPrototypes(item);
  return copy as T;
}
