/**
 * Serves the UI message catalogues precompiled: virtual:messages/<locale>
 * is the catalogue with every ICU message already parsed into its AST, so
 * the browser needs intl-messageformat's formatter but not its parser
 * (vite.config.ts aliases the parser away in app builds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:messages/';
const RESOLVED = '\0' + PREFIX;

export function messagesPlugin(dir = fileURLToPath(new URL('../i18n/messages', import.meta.url))): Plugin {
  return {
    name: 'precompiled-messages',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const locale = id.slice(RESOLVED.length);
      if (!/^[a-z]{2}$/.test(locale)) throw new Error(`unknown messages module ${id}`);
      const file = `${dir}/${locale}.json`;
      this.addWatchFile(file);
      const messages: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof messages !== 'object' || messages === null) throw new Error(`${file}: expected an object of messages`);
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, value]) => {
          if (typeof value !== 'string') throw new Error(`${file}: ${key}: expected a string`);
          return [key, parse(value)];
        }),
      );
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}
