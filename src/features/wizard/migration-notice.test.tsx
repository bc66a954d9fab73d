import { parse } from '@formatjs/icu-messageformat-parser';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import type { ContentGraph, Locale } from '../../content/types';
import { I18nProvider } from '../../i18n/i18n-context';
import en from '../../i18n/messages/en.json';
import nl from '../../i18n/messages/nl.json';
import ro from '../../i18n/messages/ro.json';
import { createTranslator, type Messages } from '../../i18n/translator';
import { MigrationNotice } from './migration-notice';
import { readStepUrl } from './step-url';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const messages = { en, ro, nl } as const;

// The real content, as if version 2 had renamed the first question of the
// provisioning diagnosis (`scope`, once called `who`) and removed a question.
const current = loaded.graph;
const graph: ContentGraph = {
  ...current,
  version: current.version + 1,
  changes: [{ version: current.version + 1, renamedNodes: { who: 'scope' } }],
};

function notice(query: string, locale: Locale = 'en'): string {
  const result = readStepUrl(graph, 'provisioning', 'request-target', new URLSearchParams(query));
  if (!result.ok) throw new Error(`link refused: ${result.problem.kind}`);
  const compiled = Object.fromEntries(Object.entries(messages[locale]).map(([k, v]) => [k, parse(v)])) as Messages;
  const t = createTranslator(locale, compiled);
  return renderToStaticMarkup(
    <I18nProvider value={{ locale, t, text: loaded.ok ? loaded.texts[locale] : ({} as never) }}>
      <MigrationNotice state={result.state} />
    </I18nProvider>,
  )
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .filter(Boolean)
    .join(' | ');
}

describe('the notice on an old link', () => {
  it('says which version the link was made for, and opens it under the renamed question', () => {
    const v = current.version;
    expect(notice(`v=${String(v)}&who=not-sure&pslog-capture=status-403`)).toBe(
      `This link was made for an older version of the content (version ${String(v)}); it opened with the current version ${String(v + 1)}.`,
    );
  });

  it('names each answer that no longer exists, with its question where the question is still there', () => {
    const v = String(current.version);
    const text = notice(`v=${v}&who=not-sure&pslog-capture=status-999&gone-question=yes`);
    expect(text).toContain(
      'The answer “status-999” given to “Capture a PSLog and read the provisioning bridge&#x27;s answer” no longer exists',
    );
    expect(text).toContain('An answer from the old link (“yes”) no longer applies and was left out.');
  });

  it('is not shown for a link of the current version', () => {
    const result = readStepUrl(current, 'provisioning', 'scope', new URLSearchParams(`v=${String(current.version)}&scope=not-sure`));
    expect(result.ok && result.state.migratedFrom).toBeUndefined();
    expect(notice(`v=${String(current.version + 1)}&scope=not-sure&pslog-capture=status-403`)).toBe('');
  });

  it.each(['ro', 'nl'] as const)('is written in %s', (locale) => {
    const text = notice(`v=${String(current.version)}&who=not-sure`, locale);
    const template = messages[locale]['notice.migrated'];
    expect(template).not.toBe(en['notice.migrated']);
    expect(text).toBe(template.replace('{from}', String(current.version)).replace('{to}', String(current.version + 1)));
  });
});
