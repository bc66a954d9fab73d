/**
 * Checks the UI message catalogues (src/i18n/messages/<locale>.json): every
 * locale has exactly the keys of English, every message is valid ICU, and
 * each uses the same placeholders as its English original.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { ContentProblem } from './load-content.ts';

function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    } else if (element.type === TYPE.tag) {
      placeholders(element.children, into);
    }
  }
  return into;
}

function readCatalogue(dir: string, locale: string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  const file = `src/i18n/messages/${locale}.json`;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.push({ file, field: '', message: 'expected a JSON object of messages' });
      return undefined;
    }
    return Object.fromEntries(Object.entries(parsed));
  } catch (error) {
    problems.push({ file, field: '', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

export function checkMessages(dir: string, locales: readonly string[], base = 'en'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reference = readCatalogue(dir, base, problems);
  if (!reference) return problems;
  const expected = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(reference)) {
    if (typeof value !== 'string') {
      problems.push({ file: `src/i18n/messages/${base}.json`, field: key, message: 'expected a string' });
      continue;
    }
    try {
      expected.set(key, placeholders(parse(value)));
    } catch (error) {
      problems.push({ file: `src/i18n/messages/${base}.json`, field: key, message: `not valid ICU: ${String(error)}` });
    }
  }
  for (const locale of locales) {
    if (locale === base) continue;
    const file = `src/i18n/messages/${locale}.json`;
    const catalogue = readCatalogue(dir, locale, problems);
    if (!catalogue) continue;
    for (const key of Object.keys(reference)) {
      if (!(key in catalogue)) problems.push({ file, field: key, message: 'message is missing' });
    }
    for (const [key, value] of Object.entries(catalogue)) {
      const want = expected.get(key);
      if (!(key in reference)) {
        problems.push({ file, field: key, message: `there is no message "${key}" in ${base}.json` });
        continue;
      }
      if (typeof value !== 'string') {
        problems.push({ file, field: key, message: 'expected a string' });
        continue;
      }
      let have: Set<string>;
      try {
        have = placeholders(parse(value));
      } catch (error) {
        problems.push({ file, field: key, message: `not valid ICU: ${String(error)}` });
        continue;
      }
      if (!want) continue;
      const missing = [...want].filter((p) => !have.has(p));
      const extra = [...have].filter((p) => !want.has(p));
      if (missing.length > 0 || extra.length > 0) {
        problems.push({
          file,
          field: key,
          message: `placeholders differ from ${base}.json (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`,
        });
      }
    }
  }
  return problems;
}
