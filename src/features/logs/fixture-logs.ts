/**
 * For tests: the fixture logs (.log, .txt), those of the day sets in folders
 * too (not the sets' plans and expectations), in a stable order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The text of every fixture log under `dir`. */
export function fixtureLogs(dir = FIXTURES): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory()
        ? fixtureLogs(join(dir, name))
        : /\.(?:log|txt)$/.test(name)
          ? [readFileSync(join(dir, name), 'utf8')]
          : [],
    );
}
