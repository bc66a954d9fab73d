import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMessages } from './check-messages.ts';

const MESSAGES = fileURLToPath(new URL('../i18n/messages', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkMessages', () => {
  it('accepts the real catalogues', () => {
    expect(checkMessages(MESSAGES, ['en', 'ro', 'nl'])).toEqual([]);
  });

  it('reports missing, unknown, broken and mismatched messages', () => {
    const en = JSON.parse(readFileSync(join(MESSAGES, 'en.json'), 'utf8')) as Record<string, string>;
    writeFileSync(join(dir, 'en.json'), JSON.stringify(en));
    const ro = JSON.parse(readFileSync(join(MESSAGES, 'ro.json'), 'utf8')) as Record<string, string>;
    delete ro['nav.home'];
    ro['nav.extra'] = 'x';
    ro['error.unknownFlow'] = 'Nu există {flw}.';
    ro['path.answerCount'] = '{count, plural, one {# răspuns}';
    writeFileSync(join(dir, 'ro.json'), JSON.stringify(ro));
    const messages = checkMessages(dir, ['en', 'ro']).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toContain('nav.home: message is missing');
    expect(messages).toContain('nav.extra: there is no message "nav.extra" in en.json');
    expect(messages).toContain('error.unknownFlow: placeholders differ from en.json (missing: flow; unknown: flw)');
    expect(messages.some((m) => m.startsWith('path.answerCount: not valid ICU'))).toBe(true);
  });
});
