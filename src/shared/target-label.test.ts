import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../build/load-content';
import en from '../i18n/messages/en.json';
import nl from '../i18n/messages/nl.json';
import ro from '../i18n/messages/ro.json';
import { createTranslator, type Messages } from '../i18n/translator';
import { openTargetLabel } from './target-label';

const compiled = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, parse(value)])) as unknown as Messages;

describe('a link to a target says where it goes', () => {
  const loaded = () => {
    const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
    if (!result.ok) throw new Error('content does not load');
    return result;
  };

  it('every target the log analyzer leads to is named by its title, in each language', () => {
    const { logCatalogue: catalogue, texts } = loaded();
    const sign = catalogue.signIn;
    const targets = new Set([
      ...catalogue.findings.map((f) => f.target),
      ...catalogue.blocks.map((b) => b.target),
      catalogue.bridge.ip.target,
      ...Object.values(catalogue.bridge.statuses).map((s) => s.target),
      sign.target,
      sign.stopped,
      ...sign.steps.flatMap((s) => [s.refused, s.requires?.target].filter((x) => x !== undefined)),
    ]);
    for (const [locale, messages] of [
      ['en', en],
      ['ro', ro],
      ['nl', nl],
    ] as const) {
      const t = createTranslator(locale, compiled(messages));
      const text = texts[locale];
      for (const target of targets) {
        const label = openTargetLabel(target, text, t, 'FALLBACK');
        const [kind, rest = ''] = target.split(':', 2);
        const [flowId = '', nodeId = ''] = rest.split('/');
        const title = kind === 'flow' ? text.flows[flowId]?.nodeTitles[nodeId] : text.procedures[rest]?.title;
        expect(title, target).toBeDefined();
        expect(label, `${locale} ${target}`).toContain(title ?? '');
      }
    }
  });

  it('names the step and its diagnosis, the procedure, or the code, and falls back only for what has no title', () => {
    const { texts } = loaded();
    const t = createTranslator('en', compiled(en));
    const text = texts.en;
    expect(openTargetLabel('flow:calling/provision-desktop-device', text, t, 'x')).toBe(
      `Open the step “${text.flows.calling?.nodeTitles['provision-desktop-device'] ?? ''}” (${text.flows.calling?.title ?? ''})`,
    );
    expect(openTargetLabel('procedure:analyze-xsp-sign-in-logs', text, t, 'x')).toBe(
      `Open the procedure “${text.procedures['analyze-xsp-sign-in-logs']?.title ?? ''}”`,
    );
    expect(openTargetLabel('code:200010', text, t, 'x')).toBe('Open error code 200010');
    expect(openTargetLabel('flow:calling/no-such-step', text, t, 'fallback')).toBe('fallback');
    expect(openTargetLabel('procedure:no-such', text, t, 'fallback')).toBe('fallback');
    expect(openTargetLabel('page:codes', text, t, 'fallback')).toBe('fallback');
    expect(openTargetLabel(undefined, text, t, 'fallback')).toBe('fallback');
  });
});
