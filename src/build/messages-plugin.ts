/**
 * Serves the UI message catalogues precompiled: virtual:messages/<locale>
 * is the catalogue with every ICU message already parsed into its AST, so
 * the browser needs no ICU parser (vite.config.ts aliases it away in app
 * builds), only the formatter of src/i18n/translator.ts. A message with an
 * element that formatter does not know (a number, date or time format, a
 * tag) stops the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { FORMATTED_TYPES } from '../i18n/message-elements.ts';

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
          const elements = parse(value);
          const unknown = unformatted(elements);
          if (unknown !== undefined) throw new Error(`${file}: ${key}: the app does not format ICU ${TYPE[unknown]} elements`);
          return [key, elements];
        }),
      );
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}

/** The first element type, however deep, that src/i18n/translator.ts does not format. */
export function unformatted(elements: readonly MessageFormatElement[]): TYPE | undefined {
  for (const element of elements) {
    if (!FORMATTED_TYPES.includes(element.type)) return element.type;
    // A number as the locale writes it; a style (percent, currency, a skeleton) is not formatted.
    if (element.type === TYPE.number && element.style !== null && element.style !== undefined) return element.type;
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const branch of Object.values(element.options)) {
        const inner = unformatted(branch.value);
        if (inner !== undefined) return inner;
      }
    }
  }
  return undefined;
}
